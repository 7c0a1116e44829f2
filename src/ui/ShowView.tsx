import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import type { FeedEpisode, Show } from '../core/feed-model';
import { messageOf } from '../core/messages';
import { foldQuery, foldText } from '../core/search';
import { feedSearch } from '../state/episode-source';
import { loadShow } from '../state/feed';
import { rememberShow } from '../state/recent';
import { Artwork } from './Artwork';
import { formatDate, formatDuration } from '../i18n/format';
import { useLanguage, useT, type Translate } from '../i18n/react';

/** How many episodes are listed before "Show more": long-running shows have thousands. */
const PAGE = 100;

/** "12 Mar 2024 · 1 hr, 2 min · transcript · chapters", what a listener looks for in a list. */
function describeEpisode(episode: FeedEpisode, t: Translate, language: string): string {
  return [
    episode.published !== null ? formatDate(episode.published, language) : null,
    episode.duration !== null ? formatDuration(episode.duration, language) : null,
    episode.transcripts.length > 0 ? t('show.transcript') : t('show.noTranscript'),
    episode.chaptersFile || episode.chapters ? t('show.chapters') : null,
    episode.audio ? null : t('show.noAudio'),
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * A show opened by its feed: its title, artwork and author, and its episodes newest first, with a
 * filter box. Each episode is a link to `?feed=…&episode=<guid>`; choosing one opens it here.
 */
export function ShowView({
  feedUrl,
  onChoose,
}: {
  feedUrl: string;
  onChoose: (episodeId: string) => void;
}) {
  const [read, setRead] = useState<{ feedUrl: string; show?: Show; error?: string } | null>(null);
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const t = useT();
  const language = useLanguage();

  useEffect(() => {
    let isCurrent = true;
    loadShow(feedUrl).then(
      (show) => {
        if (!isCurrent) return;
        setRead({ feedUrl, show });
        rememberShow({ feedUrl, title: show.title, ...(show.image ? { image: show.image } : {}) });
      },
      (error: unknown) => isCurrent && setRead({ feedUrl, error: messageOf(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [feedUrl]);

  const show = read?.feedUrl === feedUrl ? read.show : undefined;
  const error = read?.feedUrl === feedUrl ? read.error : undefined;
  const matching = useMemo(() => {
    const episodes = show?.episodes ?? [];
    const query = foldQuery(filter);
    if (query === '') return episodes;
    return episodes.filter((e) =>
      foldText(`${e.title}\n${e.description ?? ''}`).folded.includes(query),
    );
  }, [show, filter]);

  if (error) {
    return (
      <section className="show" aria-label={t('show.region')}>
        <p role="alert" className="error">
          {error}
        </p>
      </section>
    );
  }
  if (!show) {
    return (
      <section className="show" aria-label={t('show.region')}>
        <p role="status">{t('show.reading')}</p>
      </section>
    );
  }

  const open = (event: MouseEvent<HTMLAnchorElement>, episodeId: string): void => {
    // A plain click opens it here; Ctrl/⌘-click and middle-click open a new tab as links do.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    onChoose(episodeId);
  };
  const count = show.episodes.length;
  return (
    <section className="show" aria-labelledby="show-title">
      <div className="show-header">
        {show.image && <Artwork className="show-art" src={show.image} size={96} />}
        <div>
          <h1 id="show-title" dir="auto">
            {show.title}
          </h1>
          {show.author && <p className="show-author">{show.author}</p>}
          {show.link && (
            <a href={show.link} target="_blank" rel="noreferrer noopener">
              {t('show.website')}
            </a>
          )}
        </div>
      </div>
      {show.description && <p className="show-description">{show.description}</p>}
      {show.skippedItems > 0 && (
        <p className="show-note" role="status">
          {t('show.skipped', { count: show.skippedItems })}
        </p>
      )}
      <label className="field show-filter">
        <span>{t('show.filter')}</span>
        <input
          type="search"
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value);
            setLimit(PAGE);
          }}
          autoComplete="off"
        />
      </label>
      <p className="show-count" role="status">
        {filter.trim() === ''
          ? t('show.count', { count })
          : t('show.matching', { matching: matching.length, count })}
      </p>
      <ul className="episode-list" role="list" aria-label={t('show.episodes')}>
        {matching.slice(0, limit).map((episode) => (
          <li key={episode.id}>
            <a
              href={feedSearch(feedUrl, episode.id)}
              onClick={(event) => open(event, episode.id)}
              aria-describedby={`episode-${encodeURIComponent(episode.id)}`}
            >
              {episode.title}
            </a>
            <span id={`episode-${encodeURIComponent(episode.id)}`} className="episode-facts">
              {describeEpisode(episode, t, language)}
            </span>
          </li>
        ))}
      </ul>
      {matching.length > limit && (
        <button type="button" className="text-button" onClick={() => setLimit(limit + PAGE)}>
          {t('show.more', { count: matching.length - limit })}
        </button>
      )}
    </section>
  );
}
