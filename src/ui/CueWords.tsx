import { useEffect, useRef, type RefObject } from 'react';
import { nextWordChangeAt, wordIndexAt } from '../core/locate';
import type { Word } from '../core/transcript';
import { useTandem } from '../state/store';
import { usePlayerTime } from './use-player-time';

/** Between two timed words, a space unless one of them brings its own. */
const needsSpace = (word: Word, next: Word | undefined): boolean =>
  next !== undefined && !/\s$/.test(word.text) && !/^\s/.test(next.text);

/**
 * A line's timed words: a click on a word plays from it, and in the current line the word being
 * spoken is marked, frame by frame, by a class on its span rather than by React renders.
 */
export function CueWords({
  id,
  words,
  isCurrent,
}: {
  id: string;
  words: readonly Word[];
  isCurrent: boolean;
}) {
  const playFrom = useTandem((s) => s.playFrom);
  const textRef = useRef<HTMLParagraphElement>(null);
  return (
    <p id={id} ref={textRef} className="cue-text has-words" dir="auto">
      {words.map((word, i) => (
        <span key={i}>
          <span
            className="word"
            data-word={i}
            onClick={(event) => {
              // The word, not the line: start exactly there.
              event.stopPropagation();
              playFrom(word.start);
            }}
          >
            {word.text}
          </span>
          {needsSpace(word, words[i + 1]) && ' '}
        </span>
      ))}
      {isCurrent && <SpokenWordMarker words={words} textRef={textRef} />}
    </p>
  );
}

/** Moves the "is-spoken" class to the word at the current time; renders nothing itself. */
function SpokenWordMarker({
  words,
  textRef,
}: {
  words: readonly Word[];
  textRef: RefObject<HTMLParagraphElement | null>;
}) {
  const marked = useRef(-1);
  useEffect(() => {
    const text = textRef.current;
    // When the line stops being current, no word in it is being spoken.
    return () => text?.querySelector('.is-spoken')?.classList.remove('is-spoken');
  }, [textRef]);
  usePlayerTime(
    (time) => {
      const index = wordIndexAt(words, time);
      if (index === marked.current || !textRef.current) return;
      textRef.current
        .querySelector(`[data-word="${marked.current}"]`)
        ?.classList.remove('is-spoken');
      textRef.current.querySelector(`[data-word="${index}"]`)?.classList.add('is-spoken');
      marked.current = index;
    },
    (time) => nextWordChangeAt(words, time),
  );
  return null;
}
