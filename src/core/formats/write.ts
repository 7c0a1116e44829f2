/** Writing a transcript back out: WebVTT, SRT, or Talk Python style plain text. */
import { formatClock } from '../time';
import type { Cue, Transcript } from '../transcript';
import type { WritableFormat } from './writable';

/** "01:02:03.456" (WebVTT, "." before milliseconds) or "01:02:03,456" (SRT, ","). */
function stamp(seconds: number, separator: '.' | ','): string {
  const ms = Math.round(Math.max(0, seconds) * 1000);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms % 1000, 3)}`;
}

/** Text safe inside a cue: no blank lines (they end a cue), one line per line. */
function cueLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

const escapeVtt = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An end for writing: a cue open to the end of the audio gets its start, if nothing better. */
const endOf = (cue: Cue): number => (Number.isFinite(cue.end) ? cue.end : cue.start);

/** WebVTT, with speakers as voice spans. */
export function writeWebVtt(transcript: Transcript): string {
  const header = transcript.title
    ? `WEBVTT - ${transcript.title.replace(/[\r\n]+/g, ' ')}`
    : 'WEBVTT';
  const blocks = transcript.cues.map((cue) => {
    const text = escapeVtt(cueLines(cue.text));
    const voice = cue.speaker ? `<v ${escapeVtt(cue.speaker.replace(/>/g, ''))}>` : '';
    return `${stamp(cue.start, '.')} --> ${stamp(endOf(cue), '.')}\n${voice}${text}`;
  });
  return `${[header, ...blocks].join('\n\n')}\n`;
}

/** SRT, numbered from 1, with speakers in the ">> NAME:" caption convention. */
export function writeSrt(transcript: Transcript): string {
  const blocks = transcript.cues.map((cue, i) => {
    const speaker = cue.speaker ? `>> ${cue.speaker.replace(/:/g, '')}: ` : '';
    return `${i + 1}\n${stamp(cue.start, ',')} --> ${stamp(endOf(cue), ',')}\n${speaker}${cueLines(cue.text)}`;
  });
  return `${blocks.join('\n\n')}\n`;
}

/** Plain text, one "MM:SS text" line per cue after a title line (whole seconds). */
export function writeText(transcript: Transcript): string {
  const lines = transcript.cues.map((cue) => {
    const voice = cue.speaker ? `<v ${cue.speaker.replace(/>/g, '')}>` : '';
    return `${formatClock(cue.start)} ${voice}${cue.text.replace(/\s*[\r\n]+\s*/g, ' ').trim()}`;
  });
  return `${[transcript.title?.replace(/[\r\n]+/g, ' ') ?? 'Transcript', ...lines].join('\n')}\n`;
}

export const WRITERS: Record<WritableFormat, (t: Transcript) => string> = {
  webvtt: writeWebVtt,
  srt: writeSrt,
  text: writeText,
};
