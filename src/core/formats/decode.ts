/** File bytes to text: UTF-8 unless a byte order mark says UTF-16. */

/** The encoding a byte order mark at the start of `bytes` names; UTF-8 without one. */
function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  const [a, b] = bytes;
  return a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
}

/**
 * A decoder for `bytes`' encoding that keeps the byte order mark in the text: the parsers drop
 * exactly one, so a second one (which makes a file not WebVTT) is still seen.
 */
export function createDecoder(bytes: Uint8Array): TextDecoder {
  return new TextDecoder(encodingOf(bytes), { ignoreBOM: true });
}

/** Decodes a file's bytes, honouring a UTF-8 or UTF-16 byte order mark (kept in the text). */
export function decodeText(bytes: Uint8Array): string {
  // Malformed bytes become U+FFFD rather than an error.
  return createDecoder(bytes).decode(bytes);
}
