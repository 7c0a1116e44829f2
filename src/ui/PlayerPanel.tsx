import { useEffect, useRef, useState } from 'react';
import { createPlayer, type Player } from '../media/player';
import type { LoadedEpisode } from '../state/load-episode';
import { useSettings, type Settings } from '../state/settings';
import { startEpisodeAt } from '../state/start-position';
import { useTandem } from '../state/store';
import { connectPlayer } from '../state/sync';
import { PlaybackOptions } from './PlaybackOptions';
import { RangeBar } from './RangeBar';
import { SeekWaveform } from './SeekWaveform';
import { TimeReadout } from './TimeReadout';
import { TransportControls } from './TransportControls';
import { readThemeColors } from './theme-colors';

const ARTWORK_URL = `${import.meta.env.BASE_URL}artwork-512.png`;

function applySettings(player: Player, settings: Settings): void {
  player.setRate(settings.rate);
  player.setVolume(settings.volume);
  player.setMuted(settings.isMuted);
}

/** The audio element, the waveform and the controls; owns the player's lifetime. */
export function PlayerPanel({ loaded }: { loaded: LoadedEpisode & { audioUrl: string } }) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const waveformRef = useRef<HTMLDivElement>(null);
  // The panel is mounted once per episode (keyed by it), so this starts right for each.
  const [peaksProgress, setPeaksProgress] = useState<number | null>(loaded.peaks ? null : 0);

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
      colors: readThemeColors(container),
    });
    applySettings(player, useSettings.getState());
    let isMounted = true;
    const disconnects = [
      () => (isMounted = false),
      useSettings.subscribe((settings) => applySettings(player, settings)),
      connectPlayer(player),
      startEpisodeAt(player, loaded.meta.id),
      // Theme changes restyle the waveform.
      subscribeToThemeChanges(() => player.setColors(readThemeColors(container))),
    ];
    // Not needed for the first paint, so these load as chunks of their own.
    void import('../media/media-session').then(({ connectMediaSession, setMediaSessionInfo }) => {
      if (!isMounted) return;
      // The title can come later, from inside the transcript.
      const info = () => ({
        title: useTandem.getState().episode?.title ?? loaded.meta.title,
        show: loaded.meta.show,
        artworkUrl: new URL(ARTWORK_URL, window.location.href).href,
      });
      disconnects.push(
        connectMediaSession(player, media, info(), {
          previousLine: () => useTandem.getState().stepLine(-1),
          nextLine: () => useTandem.getState().stepLine(1),
        }),
        useTandem.subscribe((state, previous) => {
          if (state.episode?.title !== previous.episode?.title) setMediaSessionInfo(info());
        }),
      );
    });
    // Audio without precomputed peaks: compute them off the main thread, drawing flat meanwhile.
    if (!loaded.peaks)
      void import('../media/peaks').then(({ computePeaks }) => {
        if (!isMounted) return;
        const job = computePeaks(loaded.audioUrl, `peaks:${loaded.meta.id}`, setPeaksProgress);
        job.result.then(
          (peaks) => {
            player.setPeaks(peaks.peaks, peaks.duration);
            setPeaksProgress(null);
          },
          (error: unknown) => {
            setPeaksProgress(null);
            if (!(error instanceof DOMException && error.name === 'AbortError')) {
              useTandem
                .getState()
                .addError(
                  `Could not draw the waveform of ${loaded.meta.audio}: ${error instanceof Error ? error.message : String(error)}. Playback still works.`,
                );
            }
          },
        );
        disconnects.push(() => job.cancel());
      });
    return () => {
      disconnects.forEach((disconnect) => disconnect());
      player.destroy();
    };
  }, [loaded]);

  return (
    <section className="player" aria-label="Player">
      <audio ref={audioRef} preload="metadata" />
      <SeekWaveform containerRef={waveformRef} />
      {peaksProgress !== null && (
        <p className="peaks-progress">
          <label>
            Drawing the waveform… {Math.round(peaksProgress * 100)}%{' '}
            <progress max={1} value={peaksProgress} />
          </label>
        </p>
      )}
      <div className="controls">
        <TransportControls />
        <TimeReadout />
        <PlaybackOptions />
      </div>
      <RangeBar />
    </section>
  );
}

/** Calls back when the page theme changes: the system's, or the listener's choice. */
function subscribeToThemeChanges(onChange: () => void): () => void {
  const system = window.matchMedia?.('(prefers-color-scheme: dark)');
  system?.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    system?.removeEventListener('change', onChange);
    observer.disconnect();
  };
}
