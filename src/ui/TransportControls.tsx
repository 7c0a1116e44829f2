import { ariaKeyShortcuts } from '../shortcuts';
import { useTandem } from '../state/store';
import { Icon } from './Icon';
import { PlayButton } from './PlayButton';

/** Back 10 s, previous line, Play/Pause, next line, forward 10 s. */
export function TransportControls() {
  const skip = useTandem((s) => s.skip);
  const stepLine = useTandem((s) => s.stepLine);
  const canPlay = useTandem((s) => s.playback.canPlay);
  return (
    <div className="transport" role="group" aria-label="Transport">
      <button
        type="button"
        className="icon-button"
        disabled={!canPlay}
        onClick={() => skip(-10)}
        aria-keyshortcuts={ariaKeyShortcuts('back10')}
      >
        <Icon name="back10" />
        <span className="label">Back 10 seconds</span>
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={!canPlay}
        onClick={() => stepLine(-1)}
        aria-keyshortcuts={ariaKeyShortcuts('previousLine')}
      >
        <Icon name="previous" />
        <span className="label">Previous line</span>
      </button>
      <PlayButton />
      <button
        type="button"
        className="icon-button"
        disabled={!canPlay}
        onClick={() => stepLine(1)}
        aria-keyshortcuts={ariaKeyShortcuts('nextLine')}
      >
        <Icon name="next" />
        <span className="label">Next line</span>
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={!canPlay}
        onClick={() => skip(10)}
        aria-keyshortcuts={ariaKeyShortcuts('forward10')}
      >
        <Icon name="forward10" />
        <span className="label">Forward 10 seconds</span>
      </button>
    </div>
  );
}
