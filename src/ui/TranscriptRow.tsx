import { memo, type MouseEvent } from 'react';
import { formatClock } from '../core/time';
import type { Cue } from '../core/transcript';
import {
  ROW_IS_CURRENT,
  ROW_IS_TAB_STOP,
  useActiveOccurrence,
  useRowFlags,
} from '../state/selectors';
import { useTandem } from '../state/store';
import { CueText } from './CueText';

interface TranscriptRowProps {
  index: number;
  cue: Cue;
  measure: (element: HTMLElement | null) => void;
}

/** One transcript line: its time (the line's keyboard handle) and its text. */
export const TranscriptRow = memo(function TranscriptRow({
  index,
  cue,
  measure,
}: TranscriptRowProps) {
  const flags = useRowFlags(index);
  const query = useTandem((s) => s.search.query);
  const activeOccurrence = useActiveOccurrence(index);
  const playFromCue = useTandem((s) => s.playFromCue);
  const isCurrent = (flags & ROW_IS_CURRENT) !== 0;
  const time = formatClock(cue.start);
  const textId = `cue-text-${index}`;

  const onClick = (event: MouseEvent<HTMLDivElement>): void => {
    // Selecting words to copy them is not a request to jump there.
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed && event.currentTarget.contains(selection.anchorNode))
      return;
    playFromCue(index);
  };

  return (
    <div
      ref={measure}
      role="listitem"
      data-index={index}
      data-cue-index={index}
      className={isCurrent ? 'cue is-current' : 'cue'}
      aria-current={isCurrent ? 'true' : undefined}
      onClick={onClick}
    >
      <button
        type="button"
        className="cue-time"
        tabIndex={flags & ROW_IS_TAB_STOP ? 0 : -1}
        aria-label={`Go to ${time}`}
        aria-describedby={textId}
      >
        {time}
      </button>
      <CueText id={textId} text={cue.text} query={query} activeOccurrence={activeOccurrence} />
    </div>
  );
});
