/** Lines a transcript places after its audio has ended: they can be read, not played. */
import type { Cue } from './transcript';

/** How many cues start at or after `duration` seconds (none when the length is unknown). */
export function countCuesPastEnd(cues: readonly Cue[], duration: number): number {
  if (!(duration > 0) || !Number.isFinite(duration)) return 0;
  let count = 0;
  for (const cue of cues) if (cue.start >= duration) count++;
  return count;
}
