/**
 * What a file that was meant to be a transcript really is, from its first bytes: so a 40 MB audio
 * file or an error page is refused at once, in plain words, instead of being read to the end.
 */

const startsWith = (bytes: Uint8Array, at: number, signature: readonly number[]): boolean =>
  signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: ReadonlyArray<{ at: number; bytes: readonly number[]; kind: string }> = [
  { at: 0, bytes: ascii('ID3'), kind: 'an audio file (MP3)' },
  { at: 0, bytes: [0xff, 0xfb], kind: 'an audio file (MP3)' },
  { at: 0, bytes: [0xff, 0xf3], kind: 'an audio file (MP3)' },
  { at: 0, bytes: [0xff, 0xf1], kind: 'an audio file (AAC)' },
  { at: 0, bytes: ascii('RIFF'), kind: 'an audio file (WAV)' },
  { at: 0, bytes: ascii('OggS'), kind: 'an audio file (Ogg)' },
  { at: 0, bytes: ascii('fLaC'), kind: 'an audio file (FLAC)' },
  { at: 4, bytes: ascii('ftyp'), kind: 'an audio or video file (MP4/M4A)' },
  { at: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3], kind: 'an audio or video file (WebM)' },
  { at: 0, bytes: ascii('%PDF'), kind: 'a PDF document' },
  { at: 0, bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'an image (PNG)' },
  { at: 0, bytes: [0xff, 0xd8, 0xff], kind: 'an image (JPEG)' },
  { at: 0, bytes: ascii('GIF8'), kind: 'an image (GIF)' },
  { at: 0, bytes: ascii('PK'), kind: 'a compressed archive (ZIP)' },
];

/** How many first bytes are enough to tell. */
export const SNIFF_BYTES = 1024;

/**
 * The kind of file `head` (its first bytes) starts, when it is certainly not text: "an audio file
 * (MP3)", "binary data"; undefined for anything that may be a transcript.
 */
export function sniffNonText(head: Uint8Array): string | undefined {
  const isUtf16 = startsWith(head, 0, [0xff, 0xfe]) || startsWith(head, 0, [0xfe, 0xff]);
  if (isUtf16) return undefined;
  const known = SIGNATURES.find((s) => startsWith(head, s.at, s.bytes));
  if (known) return known.kind;
  // Text has no NUL bytes; UTF-16 without a byte order mark is not a transcript we read anyway.
  if (head.subarray(0, SNIFF_BYTES).includes(0)) return 'binary data, not text';
  return undefined;
}

/** Whether `text` is a web page (an error page, a login page) rather than a transcript. */
export function isWebPage(text: string): boolean {
  return /^\uFEFF?\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text);
}
