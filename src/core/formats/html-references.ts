/**
 * HTML character references (`&amp;`, `&eacute;`, `&#8217;`), as WebVTT cue text and HTML
 * transcripts carry them, decoded by the `entities` library. Its table of named references is a
 * third of the page's first script and takes milliseconds to build, and most transcripts hold no
 * reference at all: it is loaded only once a transcript's bytes hold an "&", before they are
 * parsed (`loadReferenceDecoder`).
 */

let decode: ((text: string) => string) | null = null;
let loading: Promise<void> | null = null;

/** Loads the decoder (once: again only if loading failed); text with a reference waits for it. */
export function loadReferenceDecoder(): Promise<void> {
  loading ??= import('entities').then(
    ({ decodeHTML }) => {
      decode = decodeHTML;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * Whether these bytes of a transcript may hold a reference. An "&" is the byte 0x26 in every
 * encoding a transcript is read in (UTF-8, UTF-16, the single-byte ones); a false alarm only
 * loads the decoder.
 */
export const mayHoldReferences = (bytes: Uint8Array): boolean => bytes.includes(0x26);

/** `text` with its character references decoded (text without an "&" has none). */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  if (!decode) {
    throw new Error(
      'a character reference was read before its decoder was loaded: call loadReferenceDecoder() first',
    );
  }
  return decode(text);
}
