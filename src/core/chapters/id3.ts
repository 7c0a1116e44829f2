/**
 * Chapters inside an MP3's ID3v2 tag: `CHAP` frames (element id, start and end in ms, byte
 * offsets, then sub-frames: `TIT2` title, `WXXX` link). The tag sits at the file's start and its
 * 10-byte header gives its size, so the first bytes of the file are enough. Versions 2.3 (plain
 * frame sizes) and 2.4 (syncsafe sizes) are read, with or without an extended header. Chapters
 * come from the CHAP frames themselves, in time order: a `CTOC` that is missing, not flagged
 * top-level or listed after them changes nothing.
 */
import { cleanTitle, sortChapters, webAddress, type Chapter } from './chapter';

const syncsafe = (b: Uint8Array, at: number): number =>
  ((b[at] as number) << 21) |
  ((b[at + 1] as number) << 14) |
  ((b[at + 2] as number) << 7) |
  (b[at + 3] as number);

const uint32 = (b: Uint8Array, at: number): number =>
  (((b[at] as number) << 24) >>> 0) +
  ((b[at + 1] as number) << 16) +
  ((b[at + 2] as number) << 8) +
  (b[at + 3] as number);

/** The whole tag's length in bytes (header and footer included), or 0 when `head` has no tag. */
export function id3Size(head: Uint8Array): number {
  if (head.length < 10 || head[0] !== 0x49 || head[1] !== 0x44 || head[2] !== 0x33) return 0;
  return 10 + syncsafe(head, 6) + ((head[5] as number) & 0x10 ? 10 : 0);
}

const DECODERS = ['iso-8859-1', 'utf-16', 'utf-16be', 'utf-8'] as const;

/** Text in ID3 encoding `encoding` (0 Latin-1, 1 UTF-16 with BOM, 2 UTF-16BE, 3 UTF-8). */
function decode(bytes: Uint8Array, encoding: number): string {
  const label = DECODERS[encoding] ?? 'iso-8859-1';
  return new TextDecoder(label).decode(bytes);
}

/** Where a NUL terminator (one byte, or two aligned for UTF-16) ends, from `at`. */
function terminator(bytes: Uint8Array, at: number, encoding: number): number {
  const wide = encoding === 1 || encoding === 2;
  for (let i = at; i < bytes.length; i += wide ? 2 : 1) {
    if (bytes[i] === 0 && (!wide || bytes[i + 1] === 0)) return i;
  }
  return bytes.length;
}

/** A text frame's first string. */
function textFrame(body: Uint8Array): string {
  const encoding = body[0] ?? 0;
  const end = terminator(body, 1, encoding);
  return decode(body.subarray(1, end), encoding);
}

/** A WXXX frame's link (after its description). */
function linkFrame(body: Uint8Array): string {
  const encoding = body[0] ?? 0;
  const afterDescription =
    terminator(body, 1, encoding) + (encoding === 1 || encoding === 2 ? 2 : 1);
  const end = terminator(body, afterDescription, 0);
  return decode(body.subarray(afterDescription, end), 0);
}

interface Frame {
  id: string;
  body: Uint8Array;
}

/** The frames in `bytes` from `at`, until padding or the end. */
function* frames(bytes: Uint8Array, at: number, version: number): Generator<Frame> {
  let offset = at;
  while (offset + 10 <= bytes.length) {
    const id = String.fromCharCode(...bytes.subarray(offset, offset + 4));
    if (!/^[A-Z0-9]{4}$/.test(id)) return;
    const size = version >= 4 ? syncsafe(bytes, offset + 4) : uint32(bytes, offset + 4);
    const end = offset + 10 + size;
    if (size <= 0 || end > bytes.length) return;
    yield { id, body: bytes.subarray(offset + 10, end) };
    offset = end;
  }
}

/** One CHAP frame as a chapter, or undefined when it is cut short. */
function readChap(body: Uint8Array, version: number): Chapter | undefined {
  const idEnd = terminator(body, 0, 0);
  const times = idEnd + 1;
  if (times + 16 > body.length) return undefined;
  const start = uint32(body, times) / 1000;
  const end = uint32(body, times + 4) / 1000;
  let title = '';
  let url: string | undefined;
  for (const frame of frames(body, times + 16, version)) {
    if (frame.id === 'TIT2' && title === '') title = cleanTitle(textFrame(frame.body));
    else if (frame.id === 'WXXX' && !url) url = webAddress(linkFrame(frame.body), undefined);
  }
  return { start, ...(end > start ? { end } : {}), title, ...(url ? { url } : {}) };
}

/**
 * The chapters in an ID3v2 tag at the start of `bytes` (which must hold the whole tag: see
 * id3Size); an empty list when there is no tag or it has no chapters.
 */
export function readId3Chapters(bytes: Uint8Array): Chapter[] {
  const size = id3Size(bytes);
  if (size === 0) return [];
  const version = bytes[3] as number;
  if (version < 3 || version > 4) return [];
  const flags = bytes[5] as number;
  // Unsynchronisation rewrites the frames' bytes; chapter-writing tools do not use it.
  if (flags & 0x80) return [];
  const tag = bytes.subarray(0, Math.min(bytes.length, size));
  let first = 10;
  if (flags & 0x40) {
    // v2.4 counts the extended header's own size field; v2.3 does not.
    first += version >= 4 ? syncsafe(tag, 10) : uint32(tag, 10) + 4;
  }
  const chapters: Chapter[] = [];
  for (const frame of frames(tag, first, version)) {
    if (frame.id !== 'CHAP') continue;
    const chapter = readChap(frame.body, version);
    if (chapter) chapters.push(chapter);
  }
  return sortChapters(chapters);
}
