/** The one error every transcript parser throws, with enough detail to tell a person what to fix. */

/** Why a transcript could not be read. */
export type ParseErrorCode =
  'empty' | 'no-cues' | 'bad-timestamp' | 'bad-header' | 'bad-json' | 'unknown-format';

/**
 * A transcript that cannot be read. `line` and `column` are 1-based and point at the offending
 * text; the message says what was expected there.
 */
export class TranscriptParseError extends Error {
  override readonly name = 'TranscriptParseError';

  constructor(
    readonly code: ParseErrorCode,
    readonly format: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${format}, line ${line}, column ${column}: ${detail}`);
  }
}
