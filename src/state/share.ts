/**
 * Passing a moment on: links and quotes go to the system share sheet where there is one (phones),
 * else to the clipboard, and a notice says what happened.
 */
import { linkToTime } from '../core/fragment';
import { formatQuote, type QuoteSource } from '../core/quote';
import { formatClock } from '../core/time';
import type { TandemActions, TandemStore } from './store';
import { t } from '../i18n/i18n';

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** Shares `text` (or `url` alone, for a link) on a share sheet if asked and present, else copies it. */
export async function shareOrCopy(
  { title, text, url }: { title: string; text: string; url: string },
  { preferShareSheet = false }: { preferShareSheet?: boolean } = {},
): Promise<ShareOutcome> {
  if (preferShareSheet && typeof navigator.share === 'function') {
    const data = text === url ? { title, url } : { title, text };
    if (!navigator.canShare || navigator.canShare(data)) {
      try {
        await navigator.share(data);
        return 'shared';
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
        // Any other refusal falls through to the clipboard.
      }
    }
  }
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** Phones and tablets: where a share sheet is the natural way to pass a link on. */
export function hasShareSheet(): boolean {
  return (
    typeof navigator.share === 'function' &&
    (window.matchMedia?.('(pointer: coarse)').matches ?? false)
  );
}

export type ShareActions = Pick<
  TandemActions,
  'copyLinkToNow' | 'copyLineLink' | 'copyLineQuote' | 'shareSelection' | 'copyChapterLink'
>;

/** The store's sharing actions. */
export function createShareActions(get: () => TandemStore): ShareActions {
  /** Shares or copies, then says so; when neither works, the notice shows the link itself. */
  const shareWithNotice = async (
    text: string,
    link: string,
    what: string,
    preferShareSheet = false,
  ): Promise<void> => {
    const title = get().episode?.title ?? document.title;
    const outcome = await shareOrCopy({ title, text, url: link }, { preferShareSheet });
    const { showNotice } = get();
    if (outcome === 'copied') showNotice(t('share.copied', { what }));
    else if (outcome === 'shared') showNotice(t('share.shared', { what }));
    else if (outcome === 'failed') showNotice(t('share.failed', { link }));
  };
  /** A quote of some words of this episode, with its show and title. */
  const quote = (
    words: Pick<QuoteSource, 'text' | 'speaker' | 'start' | 'end' | 'link'>,
  ): string => {
    const { episode, transcript } = get();
    return formatQuote({
      ...words,
      show: episode?.show ?? 'Tandem',
      episodeTitle: episode?.title ?? transcript?.title ?? 'this episode',
    });
  };
  const here = (): string => window.location.href;

  return {
    copyLinkToNow: async () => {
      const time = get().player?.currentTime() ?? 0;
      const link = linkToTime(here(), { start: time });
      await shareWithNotice(
        link,
        link,
        t('share.linkToTime', { time: formatClock(time) }),
        hasShareSheet(),
      );
    },
    copyLineLink: async (index) => {
      const cue = get().transcript?.cues[index];
      if (!cue) return;
      const link = linkToTime(here(), { start: cue.start });
      await shareWithNotice(link, link, t('share.lineLink', { time: formatClock(cue.start) }));
    },
    copyChapterLink: async (index) => {
      const chapter = get().chapters[index];
      if (!chapter) return;
      const link = linkToTime(here(), { start: chapter.start });
      const what = chapter.title
        ? t('share.chapterLink', { title: chapter.title })
        : t('share.chapterAtLink', { time: formatClock(chapter.start) });
      await shareWithNotice(link, link, what);
    },
    copyLineQuote: async (index) => {
      const cue = get().transcript?.cues[index];
      if (!cue) return;
      const link = linkToTime(here(), { start: cue.start });
      await shareWithNotice(
        quote({ text: cue.text, speaker: cue.speaker, start: cue.start, link }),
        link,
        t('share.quote'),
      );
    },
    shareSelection: async (first, last, text) => {
      const cues = get().transcript?.cues;
      const from = cues?.[first];
      const to = cues?.[last];
      if (!from || !to) return;
      // The range covers exactly the selected lines: from the first's start to the last's end.
      const target = { start: from.start, end: Math.max(to.end, from.start + 1) };
      const link = linkToTime(here(), target);
      const speaker =
        from.speaker !== undefined && from.speaker === to.speaker ? from.speaker : undefined;
      await shareWithNotice(
        quote({ text, speaker, ...target, link }),
        link,
        t('share.quoteAndLink'),
        hasShareSheet(),
      );
    },
  };
}
