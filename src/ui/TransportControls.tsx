import { ariaKeyShortcuts } from '../shortcuts';
import { useTandem } from '../state/store';
import { IconButton } from './IconButton';
import { PlayButton } from './PlayButton';

/** Back 10 s, previous line, Play/Pause, next line, forward 10 s. */
export function TransportControls() {
  const skip = useTandem((s) => s.skip);
  const stepLine = useTandem((s) => s.stepLine);
  const canPlay = useTandem((s) => s.playback.canPlay);
  return (
    <div className="transport" role="group" aria-label="Transport">
      <IconButton
        icon="back10"
        label="Back 10 seconds"
        disabled={!canPlay}
        onClick={() => skip(-10)}
        aria-keyshortcuts={ariaKeyShortcuts('back10')}
      />
      <IconButton
        icon="previous"
        label="Previous line"
        disabled={!canPlay}
        onClick={() => stepLine(-1)}
        aria-keyshortcuts={ariaKeyShortcuts('previousLine')}
      />
      <PlayButton />
      <IconButton
        icon="next"
        label="Next line"
        disabled={!canPlay}
        onClick={() => stepLine(1)}
        aria-keyshortcuts={ariaKeyShortcuts('nextLine')}
      />
      <IconButton
        icon="forward10"
        label="Forward 10 seconds"
        disabled={!canPlay}
        onClick={() => skip(10)}
        aria-keyshortcuts={ariaKeyShortcuts('forward10')}
      />
    </div>
  );
}
