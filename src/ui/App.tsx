import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { DEMO_EPISODE_URL, type EpisodeSource } from '../state/episode-source';
import { loadEpisode, type LoadedEpisode } from '../state/load-episode';
import { rememberRecent } from '../state/recent';
import { useTandem } from '../state/store';
import { EpisodeHeader } from './EpisodeHeader';
import { ErrorList } from './ErrorList';
import { FileDropZone } from './FileDropZone';
import { Notices } from './Notices';
import { PlayerPanel } from './PlayerPanel';
import { TranscriptView } from './TranscriptView';
import { useReadyMark } from './use-ready-mark';
import { useShortcuts } from './use-shortcuts';

// The dialogs are not needed for the first paint: each loads the first time it opens.
const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
);
const OpenEpisodeDialog = lazy(() =>
  import('./OpenEpisodeDialog').then((m) => ({ default: m.OpenEpisodeDialog })),
);

/** True from the first time `value` is true on. */
function useHasBeenTrue(value: boolean): boolean {
  const [hasBeen, setHasBeen] = useState(value);
  if (value && !hasBeen) setHasBeen(true);
  return hasBeen || value;
}

const DEMO: EpisodeSource = { kind: 'folder', url: DEMO_EPISODE_URL };

function revokeBlob(url: string | null): void {
  if (url?.startsWith('blob:')) URL.revokeObjectURL(url);
}

/** The page: episode header, errors, player, transcript; and opening other episodes. */
export function App({
  initialSource = DEMO,
  initialErrors = [],
}: {
  initialSource?: EpisodeSource;
  initialErrors?: string[];
}) {
  const [source, setSource] = useState(initialSource);
  const [loaded, setLoaded] = useState<LoadedEpisode | null>(null);
  useShortcuts();
  useReadyMark();
  const needsHelp = useHasBeenTrue(useTandem((s) => s.isHelpOpen));
  const needsOpenDialog = useHasBeenTrue(useTandem((s) => s.isOpenDialogOpen));

  useEffect(() => {
    initialErrors.forEach((message) => useTandem.getState().addError(message));
  }, [initialErrors]);

  useEffect(() => {
    const loading = new AbortController();
    let audioUrl: string | null = null;
    // The player appears as soon as the audio is known; a long transcript goes on loading.
    const onPlayable = (result: LoadedEpisode): void => {
      audioUrl = result.audioUrl;
      setLoaded(result);
    };
    void loadEpisode(source, { signal: loading.signal, onPlayable }).then((result) => {
      // A file's audio is a blob: URL that holds the file in memory until it is revoked.
      if (loading.signal.aborted) return revokeBlob(result?.audioUrl ?? null);
      if (result && source.kind === 'urls') {
        const { kind: _kind, ...urls } = source;
        rememberRecent({ id: result.meta.id, title: result.meta.title, ...urls });
      }
    });
    return () => {
      loading.abort();
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

  return (
    <main className="app">
      <EpisodeHeader />
      <ErrorList />
      {loaded?.audioUrl && (
        <PlayerPanel
          key={loaded.audioUrl}
          episode={loaded as LoadedEpisode & { audioUrl: string }}
        />
      )}
      {loaded && !loaded.audioUrl && (
        <p className="no-audio">No audio is open: the transcript can be read, not played.</p>
      )}
      <Notices />
      <TranscriptView />
      <Suspense fallback={null}>
        {needsHelp && <ShortcutsDialog />}
        {needsOpenDialog && <OpenEpisodeDialog onOpen={open} />}
      </Suspense>
      <FileDropZone onOpen={open} />
    </main>
  );
}
