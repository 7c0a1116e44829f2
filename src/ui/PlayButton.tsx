import { useTandem } from '../state/store';
import { useT } from '../i18n/react';

/** Play/Pause: named for what it will do, disabled until the audio can play. */
export function PlayButton() {
  const isPlaying = useTandem((s) => s.playback.isPlaying);
  const canPlay = useTandem((s) => s.playback.canPlay);
  const togglePlay = useTandem((s) => s.togglePlay);
  const t = useT();
  const label = isPlaying ? t('player.pause') : t('player.play');
  return (
    <button
      type="button"
      className="play-button"
      onClick={togglePlay}
      disabled={!canPlay && !isPlaying}
      aria-keyshortcuts="Space k"
    >
      <span aria-hidden="true" className={isPlaying ? 'icon-pause' : 'icon-play'} />
      <span>{label}</span>
    </button>
  );
}
