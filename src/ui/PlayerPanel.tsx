import { useEffect, useRef } from 'react';
import { createPlayer } from '../media/player';
import type { LoadedEpisode } from '../state/load-episode';
import { connectPlayer } from '../state/sync';
import { PlayButton } from './PlayButton';
import { SeekWaveform } from './SeekWaveform';
import { TimeReadout } from './TimeReadout';

/** Waveform colours come from the theme's CSS custom properties. */
function themeColors(element: HTMLElement): { wave: string; progress: string; cursor: string } {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string): string =>
    style.getPropertyValue(name).trim() || fallback;
  return {
    wave: read('--wave', '#8a94a6'),
    progress: read('--wave-progress', '#2b59c3'),
    cursor: read('--wave-cursor', '#111111'),
  };
}

/** The audio element, the waveform and the transport controls; owns the player's lifetime. */
export function PlayerPanel({ loaded }: { loaded: LoadedEpisode }) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const waveformRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const media = audioRef.current;
    const container = waveformRef.current;
    if (!media || !container) return undefined;
    const player = createPlayer({
      media,
      container,
      url: loaded.audioUrl,
      // Without peaks, draw a flat line rather than download and decode the whole file.
      peaks: loaded.peaks?.peaks ?? [[0, 0]],
      duration: loaded.peaks?.duration ?? 0,
      fileLabel: loaded.meta.audio,
      colors: themeColors(container),
    });
    const disconnect = connectPlayer(player);
    return () => {
      disconnect();
      player.destroy();
    };
  }, [loaded]);

  return (
    <section className="player" aria-label="Player">
      <audio ref={audioRef} preload="metadata" />
      <SeekWaveform containerRef={waveformRef} />
      <div className="controls">
        <PlayButton />
        <TimeReadout />
      </div>
    </section>
  );
}
