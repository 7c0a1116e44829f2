import { feedSearch } from '../state/episode-source';
import { useTandem } from '../state/store';
import { PageTools } from './PageTools';
import { Artwork } from './Artwork';
import { useT } from '../i18n/react';

/** The brand and the page's tools, above an episode or a show. */
export function TopBar() {
  return (
    <div className="topbar">
      <p className="brand">Tandem</p>
      <PageTools />
    </div>
  );
}

/**
 * Title, show and where the original lives; the show's other episodes when it came from a feed;
 * says plainly when the audio is a stand-in.
 */
export function EpisodeHeader({ feedUrl }: { feedUrl?: string | undefined }) {
  const episode = useTandem((s) => s.episode);
  const fallbackTitle = useTandem((s) => s.transcript?.title);
  const t = useT();
  return (
    <header className="episode-header">
      <TopBar />
      <div className="episode-title">
        {episode?.image && <Artwork className="episode-art" src={episode.image} size={64} />}
        <h1 dir="auto">{episode?.title ?? fallbackTitle ?? t('episode.loading')}</h1>
      </div>
      {episode && (
        <p className="episode-meta">
          {feedUrl ? <a href={feedSearch(feedUrl)}>{episode.show}</a> : episode.show}
          {episode.episodeNumber !== undefined &&
            ` · ${t('episode.number', { number: episode.episodeNumber })}`}
          {episode.link && (
            <>
              {' · '}
              <a href={episode.link} target="_blank" rel="noreferrer">
                {t('episode.original')}
              </a>
            </>
          )}
        </p>
      )}
      {episode?.audioNote && (
        <p className="audio-note" dir="auto">
          {episode.audioNote}
        </p>
      )}
    </header>
  );
}
