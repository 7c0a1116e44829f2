import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import {
  DEMO_EPISODE_URL,
  feedSearch,
  sourceFromSearch,
  type EpisodeSource,
} from '../state/episode-source';
import { beginLoad, takeStartedLoad, type LoadedEpisode } from '../state/load-episode';
import { useTandem } from '../state/store';
import { EpisodeHeader, TopBar } from './EpisodeHeader';
import { ErrorList } from './ErrorList';
import { FileDropZone } from './FileDropZone';
import { lazyWithMessages } from './lazy-with-messages';
import { Notices } from './Notices';
import { TranscriptView } from './TranscriptView';
import { useReadyMark } from './use-ready-mark';
import { useShortcuts } from './use-shortcuts';
import { useT } from '../i18n/react';

// The dialogs are not needed for the first paint: each loads the first time it opens.
const ShortcutsDialog = lazyWithMessages(() =>
  import('./ShortcutsDialog').then((m) => m.ShortcutsDialog),
);
// A show's episode list is for feeds only.
const ShowView = lazyWithMessages(() => import('./ShowView').then((m) => m.ShowView));
// The player's controls load once the episode has audio; its place is kept until then.
const PlayerPanel = lazy(() => import('./PlayerPanel').then((m) => ({ default: m.PlayerPanel })));
// Only a page inside another site's frame has this header.
const EmbedHeader = lazy(() => import('./EmbedHeader').then((m) => ({ default: m.EmbedHeader })));
// Most episodes have no chapters: their list loads for those that do.
const ChaptersNav = lazyWithMessages(() => import('./ChaptersNav').then((m) => m.ChaptersNav));
const OpenEpisodeDialog = lazyWithMessages(() =>
  import('./OpenEpisodeDialog').then((m) => m.OpenEpisodeDialog),
);

/** True from the first time `value` is true on. */
function useHasBeenTrue(value: boolean): boolean {
  const [hasBeen, setHasBeen] = useState(value);
  if (value && !hasBeen) setHasBeen(true);
  return hasBeen || value;
}

const DEMO: EpisodeSource = { kind: 'folder', url: DEMO_EPISODE_URL };

/** A feed's episode list (not one of its episodes): nothing to load into the player. */
const showListFeed = (source: EpisodeSource): string | null =>
  source.kind === 'feed' && source.episodeId === undefined ? source.feedUrl : null;

/** What the recent list needs to open this episode again. */
function recentAddress(source: EpisodeSource): Record<string, string> | null {
  if (source.kind === 'urls') {
    const { kind: _kind, ...urls } = source;
    return urls;
  }
  if (source.kind === 'feed' && source.episodeId !== undefined) {
    return { feedUrl: source.feedUrl, episodeId: source.episodeId };
  }
  return null;
}

function revokeBlob(url: string | null): void {
  if (url?.startsWith('blob:')) URL.revokeObjectURL(url);
}

/** The page: episode header, errors, player, transcript; and opening other episodes. */
export function App({
  initialSource = DEMO,
  initialErrors = [],
  embed,
}: {
  initialSource?: EpisodeSource;
  initialErrors?: string[];
  /** The compact player inside another site's page, and the origin of that page if known. */
  embed?: { origin?: string } | undefined;
}) {
  const [source, setSource] = useState(initialSource);
  const [loaded, setLoaded] = useState<LoadedEpisode | null>(null);
  const t = useT();
  useShortcuts();
  useReadyMark();
  const needsHelp = useHasBeenTrue(useTandem((s) => s.isHelpOpen));
  const needsOpenDialog = useHasBeenTrue(useTandem((s) => s.isOpenDialogOpen));
  const isEpisodeKnown = useTandem((s) => s.episode !== null || s.errors.length > 0);
  const hasChapters = useTandem((s) => s.chapters.length > 0);

  const isEmbed = embed !== undefined;
  const embedOrigin = embed?.origin;
  useEffect(() => {
    if (!isEmbed || window.parent === window) return undefined;
    // Only a page in a frame needs the API: it loads then.
    let stop: (() => void) | null = null;
    let isGone = false;
    void import('../state/embed-api').then(({ connectEmbedApi }) => {
      if (isGone) return;
      stop = connectEmbedApi({
        host: window.parent,
        ...(embedOrigin !== undefined ? { origin: embedOrigin } : {}),
      });
    });
    return () => {
      isGone = true;
      stop?.();
    };
  }, [isEmbed, embedOrigin]);

  useEffect(() => {
    initialErrors.forEach((message) => useTandem.getState().addError(message));
  }, [initialErrors]);

  useEffect(() => {
    if (showListFeed(source) !== null) return undefined;
    // The episode the page opened with began loading before the page's code ran.
    const load = takeStartedLoad(source) ?? beginLoad(source);
    let audioUrl: string | null = null;
    // The player appears as soon as the audio is known; a long transcript goes on loading.
    load.whenPlayable((result) => {
      audioUrl = result.audioUrl;
      setLoaded(result);
    });
    void load.done.then((result) => {
      // A file's audio is a blob: URL that holds the file in memory until it is revoked.
      if (load.signal.aborted) return revokeBlob(result?.audioUrl ?? null);
      const address = recentAddress(source);
      if (result && address) {
        // The recent list's code loads when there is something to remember.
        const { id, title } = result.meta;
        void import('../state/recent').then(({ rememberRecent }) =>
          rememberRecent({ id, title, ...address }),
        );
      }
    });
    return () => {
      load.abort();
      revokeBlob(audioUrl);
    };
  }, [source]);

  /** Opens another episode; files given one by one add to the episode opened from files. */
  const open = useCallback((next: EpisodeSource) => {
    setSource((previous) =>
      next.kind === 'files' && previous.kind === 'files' ? { ...previous, ...next } : next,
    );
    setLoaded(null);
    useTandem.getState().resetEpisode();
  }, []);

  // Back and Forward move between a show's list and its episodes without reloading the page.
  useEffect(() => {
    const onPopState = (): void => open(sourceFromSearch(window.location.search).source);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [open]);

  const dialogs = (
    <Suspense fallback={null}>
      {needsHelp && <ShortcutsDialog />}
      {needsOpenDialog && <OpenEpisodeDialog onOpen={open} />}
    </Suspense>
  );

  const listedFeed = showListFeed(source);
  if (listedFeed !== null) {
    const feedUrl = listedFeed;
    const choose = (episodeId: string): void => {
      // The address names the episode, so "Copy link" and a reload open it again.
      window.history.pushState(null, '', feedSearch(feedUrl, episodeId));
      open({ kind: 'feed', feedUrl, episodeId });
    };
    return (
      <main className="app">
        <header className="episode-header">
          <TopBar />
        </header>
        <ErrorList />
        <Suspense fallback={<p role="status">{t('tools.readingFeed')}</p>}>
          <ShowView feedUrl={feedUrl} onChoose={choose} />
        </Suspense>
        {dialogs}
        <FileDropZone onOpen={open} />
      </main>
    );
  }

  // The player's place, kept while the episode and the player's code load, so nothing below it
  // jumps when the player arrives.
  const playerPlace = <div className="player player-pending" aria-hidden="true" />;

  return (
    <main className={isEmbed ? 'app is-embed' : 'app'}>
      {isEmbed ? (
        <Suspense fallback={<header className="embed-header" />}>
          <EmbedHeader />
        </Suspense>
      ) : (
        <EpisodeHeader feedUrl={source.kind === 'feed' ? source.feedUrl : undefined} />
      )}
      <ErrorList />
      {/* The rest appears once the episode is known, all at once: the title's lines settle
          first, and nothing shown moves when they do. */}
      {isEpisodeKnown && (
        <>
          {loaded?.audioUrl && (
            <Suspense fallback={playerPlace}>
              <PlayerPanel
                key={loaded.audioUrl}
                episode={loaded as LoadedEpisode & { audioUrl: string }}
              />
            </Suspense>
          )}
          {!loaded && playerPlace}
          {loaded && !loaded.audioUrl && <p className="no-audio">{t('episode.noAudio')}</p>}
          {loaded?.audioUrl && hasChapters && (
            <Suspense fallback={null}>
              <ChaptersNav />
            </Suspense>
          )}
          <Notices />
          <TranscriptView />
        </>
      )}
      {dialogs}
      {!isEmbed && <FileDropZone onOpen={open} />}
    </main>
  );
}
