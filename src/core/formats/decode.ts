/** File bytes to text: UTF-8 unless a byte order mark says UTF-16. */

/** Decodes a transcript file's bytes, honouring a UTF-8 or UTF-16 byte order mark. */
export function decodeText(bytes: Uint8Array): string {
  const [a, b] = bytes;
  const encoding =
    a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  // The decoder drops the BOM itself; malformed bytes become U+FFFD rather than an error.
  return new TextDecoder(encoding).decode(bytes);
}
