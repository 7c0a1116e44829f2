/**
 * A transcript offset: the whole transcript shifted against the audio. With +30, a line stamped
 * 1:00 is spoken at 1:30. Every use of a line's time (highlight, click-to-seek, search jumps,
 * links, downloads) works on the shifted transcript, so the offset applies everywhere at once.
 */
import type { Cue, Transcript, Word } from './transcript';

/** The largest shift offered: an hour either way covers any inserted ads. */
export const MAX_OFFSET_SECONDS = 3600;

/** An offset as the control keeps it: tenths of a second, within ±MAX_OFFSET_SECONDS. */
export function normalizeOffset(seconds: number): number {
  if (!Number.isFinite(seconds)) return 0;
  const clamped = Math.min(MAX_OFFSET_SECONDS, Math.max(-MAX_OFFSET_SECONDS, seconds));
  // Math.round(-0.04 * 10) is -0: there is no such offset.
  return Math.round(clamped * 10) / 10 || 0;
}

const shiftTime = (time: number, offset: number): number => Math.max(0, time + offset);

function shiftWord(word: Word, offset: number): Word {
  const start = shiftTime(word.start, offset);
  return { ...word, start, end: Math.max(start, shiftTime(word.end, offset)) };
}

function shiftCue(cue: Cue, offset: number): Cue {
  const start = shiftTime(cue.start, offset);
  // An open end (Infinity) stays open.
  const shifted: Cue = { ...cue, start, end: Math.max(start, shiftTime(cue.end, offset)) };
  if (cue.words) shifted.words = cue.words.map((word) => shiftWord(word, offset));
  return shifted;
}

/**
 * The transcript as heard with `offset` seconds of shift. Times pushed before the audio's start
 * are held at 0. With no offset it is the same object, so nothing downstream redraws.
 */
export function shiftTranscript(transcript: Transcript, offset: number): Transcript {
  if (offset === 0) return transcript;
  return { ...transcript, cues: transcript.cues.map((cue) => shiftCue(cue, offset)) };
}

/** "+30.0 s", "−2.5 s", "0 s": an offset in words for labels and notes. */
export function formatOffset(seconds: number): string {
  if (seconds === 0) return '0 s';
  return `${seconds > 0 ? '+' : '\u2212'}${Math.abs(seconds).toFixed(1)} s`;
}
