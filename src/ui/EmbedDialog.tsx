import { useId, useState } from 'react';
import { embedAddress, embedCode } from '../core/embed';
import { formatClock } from '../core/time';
import { useTandem } from '../state/store';
import { Modal } from './Modal';
import { useT } from '../i18n/react';

/** "Embed": the <iframe> code for this episode (optionally at this moment), with a preview. */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const episode = useTandem((s) => s.episode);
  const showNotice = useTandem((s) => s.showNotice);
  // The moment is taken once, when the dialog opens: the code does not change under the reader.
  const [now] = useState(() => Math.floor(useTandem.getState().player?.currentTime() ?? 0));
  const [isAtNow, setAtNow] = useState(false);
  const codeId = useId();
  const t = useT();
  const title = t('embed.frameTitle', { title: episode?.title ?? '' });
  const time = isAtNow ? now : undefined;
  const href = window.location.href;
  const code = embedCode({ href, title, ...(time !== undefined ? { time } : {}) });
  const isLocal = episode?.id.startsWith('file:') ?? false;

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(code);
      showNotice(t('embed.copied'));
    } catch {
      showNotice(t('embed.copyFailed'));
    }
  };

  return (
    <Modal isOpen onClose={onClose} title={t('tools.embed')} className="embed-dialog">
      {isLocal ? (
        <p>{t('embed.local')}</p>
      ) : (
        <>
          <p className="dialog-note">{t('embed.intro')}</p>
          {now > 0 && (
            <label className="embed-at-now">
              <input
                type="checkbox"
                checked={isAtNow}
                onChange={(event) => setAtNow(event.target.checked)}
              />{' '}
              {t('embed.startAt', { time: formatClock(now) })}
            </label>
          )}
          <label htmlFor={codeId} className="embed-code-label">
            {t('embed.code')}
          </label>
          <textarea
            id={codeId}
            className="embed-code"
            readOnly
            rows={4}
            value={code}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" onClick={() => void copy()}>
            {t('embed.copy')}
          </button>
          <h3>{t('embed.preview')}</h3>
          <iframe
            className="embed-preview"
            src={embedAddress(href, time)}
            title={t('embed.previewTitle', { title })}
            loading="lazy"
          />
        </>
      )}
      <button type="button" className="dialog-close" onClick={onClose}>
        {t('common.close')}
      </button>
    </Modal>
  );
}
