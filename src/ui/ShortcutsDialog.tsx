import { describeCombo, SHORTCUTS, type Shortcut } from '../shortcuts';
import { useTandem } from '../state/store';
import { Modal } from './Modal';
import { useT } from '../i18n/react';

const GROUPS: ReadonlyArray<Shortcut['group']> = ['Playback', 'Transcript', 'General'];

/** "Keyboard shortcuts": rendered from the same table the key handler uses. */
export function ShortcutsDialog() {
  const isOpen = useTandem((s) => s.isHelpOpen);
  const setHelpOpen = useTandem((s) => s.setHelpOpen);
  const t = useT();
  return (
    <Modal
      isOpen={isOpen}
      onClose={() => setHelpOpen(false)}
      title={t('shortcuts.title')}
      className="shortcuts-dialog"
    >
      {GROUPS.map((group) => (
        <section key={group} aria-labelledby={`shortcuts-${group}`}>
          <h3 id={`shortcuts-${group}`}>{t(`shortcuts.group.${group}`)}</h3>
          <dl>
            {SHORTCUTS.filter((s) => s.group === group).map((shortcut) => (
              <div key={shortcut.action} className="shortcut">
                <dt>
                  {(shortcut.action === 'jumpToPercent' ? ['0', '9'] : shortcut.keys).map(
                    (combo, i) => (
                      <span key={combo}>
                        {i > 0 && (shortcut.action === 'jumpToPercent' ? '–' : t('shortcuts.or'))}
                        <kbd>{describeCombo(combo)}</kbd>
                      </span>
                    ),
                  )}
                </dt>
                <dd>{t(`shortcut.${shortcut.action}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="dialog-note">{t('shortcuts.note')}</p>
      <button type="button" className="dialog-close" onClick={() => setHelpOpen(false)}>
        {t('common.close')}
      </button>
    </Modal>
  );
}
