import { memo, useState, type FocusEvent, type MouseEvent, type RefCallback } from 'react';
import { formatClock } from '../core/time';
import type { Cue } from '../core/transcript';
import {
  ROW_IN_RANGE,
  ROW_IS_CURRENT,
  ROW_IS_TAB_STOP,
  useActiveOccurrence,
  useRowFlags,
} from '../state/selectors';
import { useTandem } from '../state/store';
import { CueText } from './CueText';
import { CueWords } from './CueWords';
import { IconButton } from './IconButton';
import type { Translate } from '../i18n/react';

interface TranscriptRowProps {
  index: number;
  cue: Cue;
  /** Measures the row's height (and lets go of it when the row leaves the page). */
  measure: RefCallback<HTMLDivElement>;
  /** The colour (0–7) of the speaker whose turn this line starts; undefined inside a turn. */
  turnColor: number | undefined;
  /** The title of the chapter that starts at this line, shown as a heading above it. */
  chapterTitle?: string | undefined;
  /** The search query, whose occurrences the text marks (the same for every row). */
  query: string;
  /** The page language's message function (the same for every row). */
  t: Translate;
}

/**
 * One transcript line: its time (the line's keyboard handle) and its text. A fast scroll mounts
 * every row it passes, so a row subscribes only to what is its own (its flags, its search hit);
 * what all rows share comes from the list, and the actions are read when used.
 */
export const TranscriptRow = memo(function TranscriptRow({
  index,
  cue,
  measure,
  turnColor,
  chapterTitle,
  query,
  t,
}: TranscriptRowProps) {
  const flags = useRowFlags(index);
  const activeOccurrence = useActiveOccurrence(index);
  // The line's actions exist only where they can be seen (they are hidden elsewhere, from
  // screen readers too): on the current line, under the pointer, around the keyboard focus. The
  // hundreds of rows a fast scroll passes through each frame are lighter without them.
  const [isHovered, setHovered] = useState(false);
  const [hasFocus, setHasFocus] = useState(false);
  const isCurrent = (flags & ROW_IS_CURRENT) !== 0;
  const tabIndex = flags & ROW_IS_TAB_STOP ? 0 : -1;
  const className = ['cue', isCurrent && 'is-current', flags & ROW_IN_RANGE && 'in-range']
    .filter(Boolean)
    .join(' ');
  const time = formatClock(cue.start);
  const textId = `cue-text-${index}`;

  const onClick = (event: MouseEvent<HTMLDivElement>): void => {
    // Selecting words to copy them is not a request to jump there.
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed && event.currentTarget.contains(selection.anchorNode))
      return;
    // The line's own action buttons do their own thing.
    if (event.target instanceof Element && event.target.closest('.cue-actions')) return;
    useTandem.getState().playFrom(cue.start);
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>): void => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)))
      setHasFocus(false);
  };

  return (
    <div
      ref={measure}
      role="listitem"
      data-cue-index={index}
      className={className}
      aria-current={isCurrent ? 'true' : undefined}
      onClick={onClick}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setHasFocus(true)}
      onBlur={onBlur}
    >
      <button
        type="button"
        className="cue-time"
        tabIndex={tabIndex}
        aria-label={t('row.goTo', { time })}
        aria-describedby={textId}
      >
        {time}
      </button>
      <div className="cue-body">
        {chapterTitle !== undefined && (
          <p className="chapter-heading" role="heading" aria-level={2}>
            {chapterTitle}
          </p>
        )}
        {turnColor !== undefined && (
          <span className={`speaker speaker-${turnColor}`}>{cue.speaker}</span>
        )}
        {cue.words && query === '' ? (
          <CueWords id={textId} words={cue.words} isCurrent={isCurrent} />
        ) : (
          <CueText id={textId} text={cue.text} query={query} activeOccurrence={activeOccurrence} />
        )}
      </div>
      {(isCurrent || isHovered || hasFocus) && (
        <div className="cue-actions">
          <IconButton
            icon="link"
            label={t('row.copyLink')}
            tabIndex={tabIndex}
            onClick={() => void useTandem.getState().copyLineLink(index)}
          />
          <IconButton
            icon="quote"
            label={t('row.copyQuote')}
            tabIndex={tabIndex}
            onClick={() => void useTandem.getState().copyLineQuote(index)}
          />
        </div>
      )}
    </div>
  );
});
