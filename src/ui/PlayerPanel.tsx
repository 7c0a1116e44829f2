import { useEffect, useRef } from 'react';
import type { LoadedEpisode } from '../state/load-episode';
import { loadPlayerSession } from '../state/load-episode';
import { useTandem } from '../state/store';
import { PlaybackOptions } from './PlaybackOptions';
import { RangeBar } from './RangeBar';
import { SeekWaveform } from './SeekWaveform';
import { TimeReadout } from './TimeReadout';
import { TransportControls } from './TransportControls';
import { useLanguage, useT } from '../i18n/react';

/** The audio element, the waveform and the controls; the player session lives as long as it. */
export function PlayerPanel({ episode }: { episode: LoadedEpisode & { audioUrl: string } }) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const waveformRef = useRef<HTMLDivElement>(null);
  const waveform = useTandem((s) => s.waveform);
  const isWaitingForNetwork = useTandem((s) => s.playback.isWaitingForNetwork);
  const t = useT();
  const language = useLanguage();

  useEffect(() => {
    const media = audioRef.current;
    const container = waveformRef.current;
    if (!media || !container) return undefined;
    // The player's code is a chunk of its own (asked for early, see prepareToLoad): the first
    // lines of the transcript do not wait for it.
    let stop: (() => void) | null = null;
    let isGone = false;
    void loadPlayerSession().then(({ startPlayerSession }) => {
      if (!isGone) stop = startPlayerSession({ media, container, episode });
    });
    return () => {
      isGone = true;
      stop?.();
    };
  }, [episode]);

  return (
    <section className="player" aria-label={t('player.region')}>
      <audio ref={audioRef} preload="metadata" />
      <SeekWaveform containerRef={waveformRef} />
      {waveform.progress !== null && (
        <p className="peaks-progress">
          <label>
            {t('player.drawing', {
              progress: new Intl.NumberFormat(language, { style: 'percent' }).format(
                waveform.progress,
              ),
            })}{' '}
            <progress max={1} value={waveform.progress} />
          </label>
        </p>
      )}
      {waveform.note !== null && (
        <p className="peaks-note" role="status">
          {waveform.note}
        </p>
      )}
      <div className="controls">
        <TransportControls />
        <TimeReadout />
        <PlaybackOptions />
      </div>
      <p className="network-status" role="status">
        {isWaitingForNetwork ? t('player.waitingForNetwork') : ''}
      </p>
      <RangeBar />
    </section>
  );
}
