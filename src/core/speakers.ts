/** Speakers: a stable colour for each, and where a speaker's turn starts. */
import type { Cue } from './transcript';

/** How many speaker colours the theme defines. */
export const SPEAKER_COLORS = 8;

/**
 * A colour (0–7) for each speaker, in the order they first speak: the first eight speakers of
 * an episode never share a colour, and the same transcript always gets the same colours.
 */
export function assignSpeakerColors(cues: readonly Cue[]): Map<string, number> {
  const colors = new Map<string, number>();
  for (const cue of cues) {
    if (cue.speaker !== undefined && !colors.has(cue.speaker))
      colors.set(cue.speaker, colors.size % SPEAKER_COLORS);
  }
  return colors;
}

/** Whether cue `index` starts a turn: it has a speaker, and the line before had another. */
export function isTurnStart(cues: readonly Cue[], index: number): boolean {
  const speaker = cues[index]?.speaker;
  return speaker !== undefined && speaker !== cues[index - 1]?.speaker;
}
