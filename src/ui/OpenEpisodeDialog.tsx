import { useState, type FormEvent } from 'react';
import { formatClock } from '../core/time';
import { checkUrl, feedSearch, sortFiles, type EpisodeSource } from '../state/episode-source';
import { addressOf, listRecent, listRecentShows } from '../state/recent';
import { readSavedPosition } from '../state/resume';
import { useTandem } from '../state/store';
import { Modal } from './Modal';
import { useT } from '../i18n/react';

const FILE_TYPES = 'audio/*,video/*,.mp3,.m4a,.ogg,.opus,.wav,.webm,.flac,.vtt,.srt,.json,.txt';

/** "Open episode": a show's feed, files from this device, or audio and transcript addresses. */
export function OpenEpisodeDialog({ onOpen }: { onOpen: (source: EpisodeSource) => void }) {
  const isOpen = useTandem((s) => s.isOpenDialogOpen);
  const setOpen = useTandem((s) => s.setOpenDialogOpen);
  const [audio, setAudio] = useState('');
  const [transcript, setTranscript] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [feed, setFeed] = useState('');
  const [feedProblem, setFeedProblem] = useState<string | null>(null);
  const t = useT();

  const openFeed = (event: FormEvent): void => {
    event.preventDefault();
    if (feed.trim() === '') return setFeedProblem(t('open.feedMissing'));
    const checked = checkUrl(feed.trim(), window.location.origin);
    if ('error' in checked) return setFeedProblem(checked.error);
    setFeedProblem(null);
    window.history.pushState(null, '', feedSearch(checked.url));
    onOpen({ kind: 'feed', feedUrl: checked.url });
    setOpen(false);
  };

  const openFiles = (files: FileList | null): void => {
    if (!files || files.length === 0) return;
    onOpen({ kind: 'files', ...sortFiles([...files]) });
    setOpen(false);
  };

  const openUrls = (event: FormEvent): void => {
    event.preventDefault();
    const origin = window.location.origin;
    const checked = [audio, transcript].map((value) =>
      value.trim() === '' ? null : checkUrl(value.trim(), origin),
    );
    const refused = checked.find((c) => c !== null && 'error' in c);
    if (refused && 'error' in refused) return setProblem(refused.error);
    const [audioUrl, transcriptUrl] = checked.map((c) => (c && 'url' in c ? c.url : undefined));
    if (!audioUrl && !transcriptUrl) return setProblem(t('open.addressesMissing'));
    setProblem(null);
    const source: EpisodeSource = {
      kind: 'urls',
      ...(audioUrl ? { audioUrl } : {}),
      ...(transcriptUrl ? { transcriptUrl } : {}),
    };
    // The address bar now names what is open, so the page can be shared or bookmarked.
    const params = new URLSearchParams();
    if (audioUrl) params.set('audio', audioUrl);
    if (transcriptUrl) params.set('transcript', transcriptUrl);
    window.history.pushState(null, '', `?${params}`);
    onOpen(source);
    setOpen(false);
  };

  const recent = isOpen ? listRecent() : [];
  const shows = isOpen ? listRecentShows() : [];
  return (
    <Modal
      isOpen={isOpen}
      onClose={() => setOpen(false)}
      title={t('tools.open')}
      className="open-dialog"
    >
      <form className="url-form" onSubmit={openFeed}>
        <label className="field">
          <span>{t('open.feed')}</span>
          <input
            type="url"
            value={feed}
            onChange={(e) => setFeed(e.target.value)}
            placeholder="https://…/feed.xml"
          />
        </label>
        {feedProblem && (
          <p role="alert" className="field-error">
            {feedProblem}
          </p>
        )}
        <button type="submit" className="dialog-close">
          {t('open.openFeed')}
        </button>
      </form>
      <p className="dialog-note">{t('open.filesNote')}</p>
      <label className="field">
        <span>{t('open.files')}</span>
        <input
          type="file"
          multiple
          accept={FILE_TYPES}
          onChange={(event) => openFiles(event.target.files)}
        />
      </label>
      <form className="url-form" onSubmit={openUrls}>
        <label className="field">
          <span>{t('open.audio')}</span>
          <input
            type="url"
            value={audio}
            onChange={(e) => setAudio(e.target.value)}
            placeholder="https://…/episode.mp3"
          />
        </label>
        <label className="field">
          <span>{t('open.transcript')}</span>
          <input
            type="url"
            value={transcript}
            onChange={(e) => setTranscript(e.target.value)}
            placeholder="https://…/episode.vtt"
          />
        </label>
        {problem && (
          <p role="alert" className="field-error">
            {problem}
          </p>
        )}
        <button type="submit" className="dialog-close">
          {t('open.openAddresses')}
        </button>
      </form>
      {shows.length > 0 && (
        <section aria-labelledby="recent-shows-title">
          <h3 id="recent-shows-title">{t('open.recentShows')}</h3>
          <ul className="recent-list">
            {shows.map((show) => (
              <li key={show.feedUrl}>
                <a href={feedSearch(show.feedUrl)}>{show.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {recent.length > 0 && (
        <section aria-labelledby="recent-title">
          <h3 id="recent-title">{t('open.recent')}</h3>
          <ul className="recent-list">
            {recent.map((episode) => {
              const position = readSavedPosition(episode.id, 0);
              return (
                <li key={episode.id}>
                  <a href={addressOf(episode)}>{episode.title}</a>
                  {position !== null && (
                    <span className="recent-position">
                      {' · '}
                      {t('open.recentAt', { time: formatClock(position) })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <button type="button" className="text-button" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
    </Modal>
  );
}
