import { ariaKeyShortcuts } from '../shortcuts';
import { RATES, useSettings } from '../state/settings';
import { useTandem } from '../state/store';
import { IconButton } from './IconButton';
import { useLanguage, useT } from '../i18n/react';

const formatRate = (rate: number, language: string): string => `${rate.toLocaleString(language)}×`;

/** Repeat line, speed, mute and volume. Speed, volume and mute are remembered. */
export function PlaybackOptions() {
  const isRepeating = useTandem((s) => s.repeatIndex !== null);
  const toggleRepeat = useTandem((s) => s.toggleRepeat);
  const { rate, volume, isMuted, setRate, setVolume, setMuted } = useSettings();
  const t = useT();
  const language = useLanguage();
  return (
    <div className="playback-options" role="group" aria-label={t('options.group')}>
      <IconButton
        icon="repeat"
        label={t('options.repeat')}
        className="toggle"
        aria-pressed={isRepeating}
        onClick={toggleRepeat}
        aria-keyshortcuts={ariaKeyShortcuts('toggleRepeat')}
      />
      <label className="speed">
        <span className="visually-hidden">{t('options.speed')}</span>
        <select
          // Speeds are numbers, written left to right in every language.
          dir="ltr"
          value={rate}
          onChange={(event) => setRate(Number(event.target.value))}
          aria-keyshortcuts="< >"
        >
          {RATES.map((option) => (
            <option key={option} value={option}>
              {formatRate(option, language)}
            </option>
          ))}
        </select>
      </label>
      <IconButton
        icon={isMuted ? 'muted' : 'volume'}
        label={isMuted ? t('options.unmute') : t('options.mute')}
        onClick={() => setMuted(!isMuted)}
        aria-keyshortcuts={ariaKeyShortcuts('toggleMute')}
      />
      <input
        type="range"
        className="volume"
        aria-label={t('options.volume')}
        min={0}
        max={1}
        step={0.05}
        value={isMuted ? 0 : volume}
        aria-valuetext={
          isMuted
            ? t('options.muted')
            : new Intl.NumberFormat(language, { style: 'percent' }).format(volume)
        }
        onChange={(event) => setVolume(Number(event.target.value))}
      />
    </div>
  );
}
