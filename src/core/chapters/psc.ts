/**
 * Podlove Simple Chapters: `<psc:chapters><psc:chapter start="00:01:02.500" title href image/>`,
 * inside a feed's item or in a file of their own. `start` is Normal Play Time: "0", "01" (1 s),
 * "01:02" (62 s), "01:02:03", any with a fraction.
 */
import { parseClock } from '../time';
import { createSkipLog } from '../formats/skip-log';
import { childrenOf, findAll, NS, parseXml, XmlSyntaxError, type XmlElement } from '../xml';
import { ChapterFileError, cleanTitle, sortChapters, webAddress, type Chapter } from './chapter';
import type { ChapterList } from './json';

/** The chapters of one `<psc:chapters>` element; `base` resolves relative links. */
export function readPscChapters(element: XmlElement, base?: string): ChapterList {
  const skipped = createSkipLog();
  const chapters: Chapter[] = [];
  childrenOf(element, NS.psc, 'chapter').forEach((node, i) => {
    const start = parseClock(node.attrs.start ?? '');
    if (start === undefined) {
      return skipped.add(
        undefined,
        `chapter ${i + 1} has start "${node.attrs.start ?? ''}"; expected a time like 01:02:03.5.`,
      );
    }
    const url = webAddress(node.attrs.href, base);
    const img = webAddress(node.attrs.image, base);
    chapters.push({
      start,
      title: cleanTitle(node.attrs.title ?? ''),
      ...(url ? { url } : {}),
      ...(img ? { img } : {}),
    });
  });
  const result = skipped.result();
  return { chapters: sortChapters(chapters), ...(result ? { skipped: result } : {}) };
}

/** A standalone Podlove chapters file (or any XML holding a `<psc:chapters>`). */
export function parsePscFile(text: string, file: string, base?: string): ChapterList {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new ChapterFileError(file, `is not well-formed XML (${error.message}).`, {
        cause: error,
      });
    }
    throw error;
  }
  const element =
    root.local === 'chapters' && NS.psc.matches(root.ns ?? '')
      ? root
      : findAll(root, NS.psc, 'chapters')[0];
  if (!element) {
    throw new ChapterFileError(file, 'expected Podlove Simple Chapters (<psc:chapters>).');
  }
  return readPscChapters(element, base);
}
