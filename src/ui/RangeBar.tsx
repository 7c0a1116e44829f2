import { formatSpan } from '../core/time';
import { useTandem } from '../state/store';
import { IconButton } from './IconButton';
import { useT } from '../i18n/react';

/** The range a link opened: what it is, playing it (again), and letting it go. */
export function RangeBar() {
  const range = useTandem((s) => s.range);
  const isDone = useTandem((s) => s.isRangeDone);
  const playRange = useTandem((s) => s.playRange);
  const setRange = useTandem((s) => s.setRange);
  const t = useT();
  if (!range || range.end === undefined) return null;
  return (
    <div className="range-bar" role="group" aria-label={t('range.group')}>
      <span>{t('range.label', { span: formatSpan(range.start, range.end) })}</span>
      {isDone && (
        <button type="button" className="text-button" onClick={playRange}>
          {t('range.playAgain')}
        </button>
      )}
      <IconButton icon="close" label={t('range.clear')} onClick={() => setRange(null)} />
    </div>
  );
}
