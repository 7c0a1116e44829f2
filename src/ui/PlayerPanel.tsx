import { useEffect, useRef } from 'react';
import type { LoadedEpisode } from '../state/load-episode';
import { startPlayerSession } from '../state/player-session';
import { useTandem } from '../state/store';
import { PlaybackOptions } from './PlaybackOptions';
import { RangeBar } from './RangeBar';
import { SeekWaveform } from './SeekWaveform';
import { TimeReadout } from './TimeReadout';
import { TransportControls } from './TransportControls';

/** The audio element, the waveform and the controls; the player session lives as long as it. */
export function PlayerPanel({ episode }: { episode: LoadedEpisode & { audioUrl: string } }) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const waveformRef = useRef<HTMLDivElement>(null);
  const waveform = useTandem((s) => s.waveform);
  const isWaitingForNetwork = useTandem((s) => s.playback.isWaitingForNetwork);

  useEffect(() => {
    const media = audioRef.current;
    const container = waveformRef.current;
    if (!media || !container) return undefined;
    return startPlayerSession({ media, container, episode });
  }, [episode]);

  return (
    <section className="player" aria-label="Player">
      <audio ref={audioRef} preload="metadata" />
      <SeekWaveform containerRef={waveformRef} />
      {waveform.progress !== null && (
        <p className="peaks-progress">
          <label>
            Drawing the waveform… {Math.round(waveform.progress * 100)}%{' '}
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
        {isWaitingForNetwork ? 'Waiting for the network…' : ''}
      </p>
      <RangeBar />
    </section>
  );
}
