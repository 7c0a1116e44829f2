import { formatSpan } from '../core/time';
import { useTandem } from '../state/store';
import { IconButton } from './IconButton';

/** The range a link opened: what it is, playing it (again), and letting it go. */
export function RangeBar() {
  const range = useTandem((s) => s.range);
  const isDone = useTandem((s) => s.isRangeDone);
  const playRange = useTandem((s) => s.playRange);
  const setRange = useTandem((s) => s.setRange);
  if (!range || range.end === undefined) return null;
  return (
    <div className="range-bar" role="group" aria-label="Linked range">
      <span>Range {formatSpan(range.start, range.end)}</span>
      {isDone && (
        <button type="button" className="text-button" onClick={playRange}>
          Play range again
        </button>
      )}
      <IconButton icon="close" label="Clear range" onClick={() => setRange(null)} />
    </div>
  );
}
