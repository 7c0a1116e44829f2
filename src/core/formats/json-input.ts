/** Shared reading of JSON transcript files: parse with a located error, and typed field access. */
import { messageOf } from '../messages';
import { TranscriptParseError } from './parse-error';

export type JsonRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON.parse, with a syntax error turned into a TranscriptParseError at its line and column. */
export function parseJson(source: string, format: string): unknown {
  try {
    return JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = messageOf(error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : 0;
    const before = source.slice(0, offset).split(/\r\n|\r|\n/);
    throw new TranscriptParseError(
      'bad-json',
      format,
      before.length,
      (before.at(-1)?.length ?? 0) + 1,
      `not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '')}).`,
    );
  }
}

/** A number field (seconds unless said otherwise), or undefined. */
export function numberField(record: JsonRecord, ...names: string[]): number | undefined {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
      return Number(value);
  }
  return undefined;
}

/** A string field, or undefined. */
export function stringField(record: JsonRecord, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

/** Throws the error every JSON format uses for a missing or mistyped field. */
export function shapeError(format: string, detail: string): TranscriptParseError {
  return new TranscriptParseError('no-cues', format, 1, 1, detail);
}
