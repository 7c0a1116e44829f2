/**
 * WebVTT cue text (the W3C cue text parsing rules, reduced to what a transcript needs): the
 * plain text, the speaker of the first voice span, and word timings from inline timestamps.
 */
import { decodeReferences } from './html-references';
import type { Word } from '../transcript';
import { parseVttTimestamp } from './webvtt-timestamp';

export interface CueText {
  text: string;
  speaker?: string;
  /** Present when the text carries inline timestamps ("karaoke" timings). */
  words?: Word[];
}

type Token =
  | { kind: 'text'; value: string }
  | { kind: 'start'; name: string; annotation: string }
  | { kind: 'end' }
  | { kind: 'timestamp'; value: string };

const WHITESPACE = /[\t\n\f ]/;

/** The cue text tokenizer: text runs, start tags (with annotation), end tags, timestamps. */
function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    if (input[i] !== '<') {
      const next = input.indexOf('<', i);
      const end = next < 0 ? input.length : next;
      tokens.push({ kind: 'text', value: decodeReferences(input.slice(i, end)) });
      i = end;
      continue;
    }
    // A tag runs to the next ">" (or the end of the text).
    const close = input.indexOf('>', i + 1);
    const body = input.slice(i + 1, close < 0 ? input.length : close);
    i = close < 0 ? input.length : close + 1;
    if (body.startsWith('/')) tokens.push({ kind: 'end' });
    else if (/^\d/.test(body)) tokens.push({ kind: 'timestamp', value: body });
    else {
      const space = body.search(WHITESPACE);
      const head = space < 0 ? body : body.slice(0, space);
      const annotation =
        space < 0
          ? ''
          : body
              .slice(space + 1)
              .replace(/[\t\n\f ]+/g, ' ')
              .trim();
      tokens.push({
        kind: 'start',
        name: head.split('.')[0] ?? '',
        annotation: decodeReferences(annotation),
      });
    }
  }
  return tokens;
}

/** Reads cue text that starts at `start` and ends at `end` (for the last word's end). */
export function parseCueText(input: string, start: number, end: number): CueText {
  let text = '';
  let speaker: string | undefined;
  const pieces: Array<{ at: number; text: string }> = [{ at: start, text: '' }];
  for (const token of tokenize(input)) {
    if (token.kind === 'text') {
      text += token.value;
      (pieces[pieces.length - 1] as { text: string }).text += token.value;
    } else if (token.kind === 'start' && token.name === 'v' && speaker === undefined) {
      speaker = token.annotation;
    } else if (token.kind === 'timestamp') {
      const at = parseVttTimestamp(token.value);
      // Only a whole, valid timestamp counts; anything else is ignored, as the spec says.
      if (at !== undefined && at.rest === '') pieces.push({ at: at.seconds, text: '' });
    }
  }
  const result: CueText = { text };
  if (speaker) result.speaker = speaker;
  if (pieces.length > 1) {
    result.words = pieces
      .filter((piece) => piece.text !== '')
      .map((piece, i, all) => ({ start: piece.at, end: all[i + 1]?.at ?? end, text: piece.text }));
  }
  return result;
}
