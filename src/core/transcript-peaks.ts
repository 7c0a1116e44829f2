/**
 * A waveform's stand-in drawn from the transcript, for audio whose bytes cannot be read: bars
 * stand where lines are spoken, taller where more words are packed into the time, with a notch
 * where a new speaker takes over. It gives the seek bar a shape the eye can navigate by.
 */
import { isTurnStart } from './speakers';
import type { Cue } from './transcript';

/** Bars for a whole episode: enough for a wide screen, few enough to build in a millisecond. */
export const TRANSCRIPT_PEAK_BARS = 1200;
// Words a second at which a bar reaches full height (brisk speech is about 3).
const FULL_WORDS_PER_SECOND = 3.5;
// The height of a bar that is all speech at the slowest pace, and of a turn's notch.
const FLOOR = 0.3;
const NOTCH = 0.04;

const wordCount = (text: string): number => {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
};

/**
 * One channel of peaks (0–1) over `duration` seconds: each bar is the share of its time covered
 * by lines, scaled by their pace; bars where a speaker's turn starts are notched.
 */
export function peaksFromTranscript(
  cues: readonly Cue[],
  duration: number,
  bars = TRANSCRIPT_PEAK_BARS,
): number[] {
  const peaks = new Array<number>(bars).fill(0);
  const barSeconds = duration / bars;
  // Too short an episode to divide (or none at all): a flat bar.
  if (!(barSeconds > 0) || !Number.isFinite(barSeconds)) return peaks;
  const speech = new Float64Array(bars);
  const words = new Float64Array(bars);
  cues.forEach((cue, index) => {
    const start = Math.max(0, cue.start);
    const end = Math.min(duration, Number.isFinite(cue.end) ? cue.end : start);
    if (!(end > start)) return;
    const perSecond = wordCount(cue.text) / (end - start);
    const first = Math.min(bars - 1, Math.floor(start / barSeconds));
    const last = Math.min(bars - 1, Math.floor((end - 1e-9) / barSeconds));
    for (let bar = first; bar <= last; bar++) {
      const overlap = Math.min(end, (bar + 1) * barSeconds) - Math.max(start, bar * barSeconds);
      if (overlap <= 0) continue;
      speech[bar] = (speech[bar] as number) + overlap;
      words[bar] = (words[bar] as number) + overlap * perSecond;
    }
    if (index > 0 && isTurnStart(cues, index)) speech[first] = -Infinity;
  });
  for (let bar = 0; bar < bars; bar++) {
    const spoken = speech[bar] as number;
    if (spoken === -Infinity) {
      peaks[bar] = NOTCH;
      continue;
    }
    const coverage = Math.min(1, spoken / barSeconds);
    const pace = spoken > 0 ? (words[bar] as number) / spoken / FULL_WORDS_PER_SECOND : 0;
    peaks[bar] = coverage * (FLOOR + (1 - FLOOR) * Math.min(1, pace));
  }
  return peaks;
}
