import { memo, type MouseEvent } from 'react';
import { formatClock } from '../core/time';
import type { Cue } from '../core/transcript';
import { useIsCurrentCue } from '../state/selectors';
import { useTandem } from '../state/store';

interface TranscriptRowProps {
  index: number;
  cue: Cue;
  measure: (element: HTMLElement | null) => void;
}

/** One transcript line. Its text is untrusted and only ever rendered as text. */
export const TranscriptRow = memo(function TranscriptRow({
  index,
  cue,
  measure,
}: TranscriptRowProps) {
  const isCurrent = useIsCurrentCue(index);
  const playFromCue = useTandem((s) => s.playFromCue);
  const time = formatClock(cue.start);

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
      <button type="button" className="cue-time" aria-label={`Go to ${time}`}>
        {time}
      </button>
      <p className="cue-text">{cue.text}</p>
    </div>
  );
});
