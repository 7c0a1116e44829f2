/**
 * An episode's chapters, from wherever it has them: a chapters file (Podcasting 2.0 JSON, WebVTT,
 * Podlove), Podlove chapters written in its feed, or the ID3 tag at the start of its MP3 (read
 * with a Range request where the host lets other sites read it; from the file itself when local).
 */
import { id3Size, readId3Chapters } from '../core/chapters/id3';
import type { ChapterList } from '../core/chapters/json';
import type { Chapter } from '../core/chapters/chapter';
import { decodeText } from '../core/formats/decode';
import { nameOfUrl } from './episode-source';
import { download, type Fetch } from './remote';
import { t } from '../i18n/i18n';

// Far more than any chapters file or ID3 tag with its images: a larger one is the wrong file.
const MAX_CHAPTER_BYTES = 8 * 2 ** 20;

/** Downloads and reads a chapters file; throws an Error naming it and what is wrong. */
export async function downloadChapters(url: string, fetchImpl: Fetch): Promise<ChapterList> {
  const label = nameOfUrl(url);
  const response = await download(url, label, fetchImpl);
  if (Number(response.headers.get('content-length')) > MAX_CHAPTER_BYTES) {
    void response.body?.cancel();
    throw new Error(t('error.chapters.tooLarge', { file: label }));
  }
  const text = decodeText(new Uint8Array(await response.arrayBuffer()));
  // The chapter readers (and the XML parser Podlove needs) load only when there are chapters.
  const { parseChapterFile } = await import('../core/chapters/detect');
  return parseChapterFile(text, label, url);
}

/** The first `length` bytes of a URL through a Range request; null when the host will not say. */
async function rangeOf(url: string, length: number, fetchImpl: Fetch): Promise<Uint8Array | null> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Range: `bytes=0-${length - 1}` } });
  } catch {
    // Another site that does not let us read its bytes: playing still works, and that is normal.
    return null;
  }
  if (response.status !== 206) {
    // A server that ignores Range would send the whole file: stop it at once.
    void response.body?.cancel();
    return null;
  }
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Chapters from the ID3 tag at the start of an MP3: its 10-byte header first (which gives the
 * tag's size), then the tag alone. An empty list when there is no tag, no chapters, or no way to
 * read the bytes.
 */
export async function readAudioChapters(
  audio: string | File,
  fetchImpl: Fetch,
): Promise<Chapter[]> {
  const head = async (length: number): Promise<Uint8Array | null> =>
    typeof audio === 'string'
      ? rangeOf(audio, length, fetchImpl)
      : new Uint8Array(await audio.slice(0, length).arrayBuffer());
  const header = await head(10);
  const size = header ? id3Size(header) : 0;
  if (size === 0 || size > MAX_CHAPTER_BYTES) return [];
  const tag = await head(size);
  return tag ? readId3Chapters(tag) : [];
}
