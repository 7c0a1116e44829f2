import { ariaKeyShortcuts } from '../shortcuts';
import { RATES, useSettings } from '../state/settings';
import { useTandem } from '../state/store';
import { IconButton } from './IconButton';

const formatRate = (rate: number): string => `${rate}×`;

/** Repeat line, speed, mute and volume. Speed, volume and mute are remembered. */
export function PlaybackOptions() {
  const isRepeating = useTandem((s) => s.repeatIndex !== null);
  const toggleRepeat = useTandem((s) => s.toggleRepeat);
  const { rate, volume, isMuted, setRate, setVolume, setMuted } = useSettings();
  return (
    <div className="playback-options" role="group" aria-label="Playback options">
      <IconButton
        icon="repeat"
        label="Repeat line"
        className="toggle"
        aria-pressed={isRepeating}
        onClick={toggleRepeat}
        aria-keyshortcuts={ariaKeyShortcuts('toggleRepeat')}
      />
      <label className="speed">
        <span className="visually-hidden">Playback speed</span>
        <select
          value={rate}
          onChange={(event) => setRate(Number(event.target.value))}
          aria-keyshortcuts="< >"
        >
          {RATES.map((option) => (
            <option key={option} value={option}>
              {formatRate(option)}
            </option>
          ))}
        </select>
      </label>
      <IconButton
        icon={isMuted ? 'muted' : 'volume'}
        label={isMuted ? 'Unmute' : 'Mute'}
        onClick={() => setMuted(!isMuted)}
        aria-keyshortcuts={ariaKeyShortcuts('toggleMute')}
      />
      <input
        type="range"
        className="volume"
        aria-label="Volume"
        min={0}
        max={1}
        step={0.05}
        value={isMuted ? 0 : volume}
        aria-valuetext={isMuted ? 'muted' : `${Math.round(volume * 100)}%`}
        onChange={(event) => setVolume(Number(event.target.value))}
      />
    </div>
  );
}
