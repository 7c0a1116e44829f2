import { ariaKeyShortcuts } from '../shortcuts';
import { useTandem } from '../state/store';
import { IconButton } from './IconButton';
import { PlayButton } from './PlayButton';
import { useT } from '../i18n/react';

/** Back 10 s, previous line, Play/Pause, next line, forward 10 s. */
export function TransportControls() {
  const skip = useTandem((s) => s.skip);
  const stepLine = useTandem((s) => s.stepLine);
  const canPlay = useTandem((s) => s.playback.canPlay);
  const t = useT();
  return (
    // Playback controls keep their order in right-to-left languages, as media players do.
    <div className="transport" role="group" dir="ltr" aria-label={t('player.transport')}>
      <IconButton
        icon="back10"
        label={t('player.back10')}
        disabled={!canPlay}
        onClick={() => skip(-10)}
        aria-keyshortcuts={ariaKeyShortcuts('back10')}
      />
      <IconButton
        icon="previous"
        label={t('player.previousLine')}
        disabled={!canPlay}
        onClick={() => stepLine(-1)}
        aria-keyshortcuts={ariaKeyShortcuts('previousLine')}
      />
      <PlayButton />
      <IconButton
        icon="next"
        label={t('player.nextLine')}
        disabled={!canPlay}
        onClick={() => stepLine(1)}
        aria-keyshortcuts={ariaKeyShortcuts('nextLine')}
      />
      <IconButton
        icon="forward10"
        label={t('player.forward10')}
        disabled={!canPlay}
        onClick={() => skip(10)}
        aria-keyshortcuts={ariaKeyShortcuts('forward10')}
      />
    </div>
  );
}
