/** The transcript model every format parses into. */

/** One timed word inside a cue (from formats that carry word timings). */
export interface Word {
  start: number;
  end: number;
  text: string;
}

/** One line of the transcript: shown as a row, highlighted while `start <= now < end`. */
export interface Cue {
  start: number;
  end: number;
  text: string;
  speaker?: string;
  words?: Word[];
}

/**
 * Lines a parser left out: how many, and the first few places (the 1-based line, absent in JSON
 * files, and what was expected there).
 */
export interface SkippedLines {
  count: number;
  first: Array<{ line?: number; detail: string }>;
}

/**
 * A parsed transcript: cues in file order, the title if the file names one, and what could not be
 * read (absent when everything was).
 */
export interface Transcript {
  title?: string;
  cues: Cue[];
  skipped?: SkippedLines;
}

/**
 * Gives every cue a usable end. A cue without a finite end lasts until the next cue in file order
 * that starts later than it (so duplicate stamps and stamps that go backwards still get a real
 * span), and the last ones until `duration` when the audio's length is known. Ends never go past
 * `duration`, and never before the cue's own start.
 */
export function closeCueEnds(cues: readonly Cue[], duration = Number.POSITIVE_INFINITY): Cue[] {
  const nextLaterStart = new Float64Array(cues.length).fill(duration);
  // Next-greater-element with a monotonic stack: O(n) even for long runs of equal stamps.
  const waiting: number[] = [];
  cues.forEach((cue, i) => {
    while (
      waiting.length > 0 &&
      (cues[waiting[waiting.length - 1] as number] as Cue).start < cue.start
    ) {
      nextLaterStart[waiting.pop() as number] = cue.start;
    }
    waiting.push(i);
  });
  return cues.map((cue, i) => {
    const openEnd = Number.isFinite(cue.end) ? cue.end : (nextLaterStart[i] as number);
    const end = Math.max(cue.start, Math.min(openEnd, duration));
    return end === cue.end ? cue : { ...cue, end };
  });
}
