import type { ReactNode } from 'react';
import { findInText } from '../core/search';

/**
 * A line's text, with the search query's occurrences marked. Always rendered as text: the
 * transcript is untrusted.
 */
export function CueText({
  id,
  text,
  query,
  activeOccurrence,
}: {
  id: string;
  text: string;
  query: string;
  activeOccurrence: number;
}) {
  const ranges = query === '' ? [] : findInText(text, query);
  if (ranges.length === 0) {
    return (
      <p id={id} className="cue-text" dir="auto">
        {text}
      </p>
    );
  }
  const pieces: ReactNode[] = [];
  let from = 0;
  ranges.forEach(([start, end], occurrence) => {
    pieces.push(text.slice(from, start));
    pieces.push(
      <mark key={start} className={occurrence === activeOccurrence ? 'match is-active' : 'match'}>
        {text.slice(start, end)}
      </mark>,
    );
    from = end;
  });
  pieces.push(text.slice(from));
  return (
    <p id={id} className="cue-text" dir="auto">
      {pieces}
    </p>
  );
}
