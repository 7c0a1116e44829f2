import { useEffect, useState } from 'react';
import { DEMO_EPISODE_URL, loadEpisode, type LoadedEpisode } from '../state/load-episode';
import { EpisodeHeader } from './EpisodeHeader';
import { ErrorList } from './ErrorList';
import { Notices } from './Notices';
import { PlayerPanel } from './PlayerPanel';
import { ShortcutsDialog } from './ShortcutsDialog';
import { TranscriptView } from './TranscriptView';
import { useReadyMark } from './use-ready-mark';
import { useShortcuts } from './use-shortcuts';

/** The page: episode header, errors, player, transcript. */
export function App({ episodeUrl = DEMO_EPISODE_URL }: { episodeUrl?: string }) {
  const [loaded, setLoaded] = useState<LoadedEpisode | null>(null);
  useShortcuts();
  useReadyMark();

  useEffect(() => {
    let isCurrent = true;
    void loadEpisode(episodeUrl).then((result) => {
      if (isCurrent) setLoaded(result);
    });
    return () => {
      isCurrent = false;
    };
  }, [episodeUrl]);

  return (
    <div className="app">
      <EpisodeHeader />
      <ErrorList />
      {loaded && <PlayerPanel loaded={loaded} />}
      <Notices />
      <TranscriptView />
      <ShortcutsDialog />
    </div>
  );
}
