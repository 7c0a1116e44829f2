import { useTandem } from '../state/store';
import { PageTools } from './PageTools';

/** Title, show and where the original lives; says plainly when the audio is a stand-in. */
export function EpisodeHeader() {
  const episode = useTandem((s) => s.episode);
  const fallbackTitle = useTandem((s) => s.transcript?.title);
  return (
    <header className="episode-header">
      <div className="topbar">
        <p className="brand">Tandem</p>
        <PageTools />
      </div>
      <h1>{episode?.title ?? fallbackTitle ?? 'Loading episode…'}</h1>
      {episode && (
        <p className="episode-meta">
          {episode.show}
          {episode.episodeNumber !== undefined && ` · Episode ${episode.episodeNumber}`}
          {episode.link && (
            <>
              {' · '}
              <a href={episode.link} target="_blank" rel="noreferrer">
                Original episode
              </a>
            </>
          )}
        </p>
      )}
      {episode?.audioNote && <p className="audio-note">{episode.audioNote}</p>}
    </header>
  );
}
