import { useId, useState } from 'react';
import { embedAddress, embedCode } from '../core/embed';
import { formatClock } from '../core/time';
import { useTandem } from '../state/store';
import { Modal } from './Modal';

/** "Embed": the <iframe> code for this episode (optionally at this moment), with a preview. */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const episode = useTandem((s) => s.episode);
  const showNotice = useTandem((s) => s.showNotice);
  // The moment is taken once, when the dialog opens: the code does not change under the reader.
  const [now] = useState(() => Math.floor(useTandem.getState().player?.currentTime() ?? 0));
  const [isAtNow, setAtNow] = useState(false);
  const codeId = useId();
  const title = `Tandem: ${episode?.title ?? 'episode'}`;
  const time = isAtNow ? now : undefined;
  const href = window.location.href;
  const code = embedCode({ href, title, ...(time !== undefined ? { time } : {}) });
  const isLocal = episode?.id.startsWith('file:') ?? false;

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(code);
      showNotice('Embed code copied');
    } catch {
      showNotice('Could not copy: select the code and copy it yourself.');
    }
  };

  return (
    <Modal isOpen onClose={onClose} title="Embed" className="embed-dialog">
      {isLocal ? (
        <p>
          An episode opened from files on this device cannot be shown on another site: put its files
          online and open them by their addresses first.
        </p>
      ) : (
        <>
          <p className="dialog-note">
            Paste this code into a page of your site to show this episode there, with its
            transcript. The README describes how the page can control it.
          </p>
          {now > 0 && (
            <label className="embed-at-now">
              <input
                type="checkbox"
                checked={isAtNow}
                onChange={(event) => setAtNow(event.target.checked)}
              />{' '}
              Start at {formatClock(now)}
            </label>
          )}
          <label htmlFor={codeId} className="embed-code-label">
            Embed code
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
            Copy embed code
          </button>
          <h3>Preview</h3>
          <iframe
            className="embed-preview"
            src={embedAddress(href, time)}
            title={`Preview: ${title}`}
            loading="lazy"
          />
        </>
      )}
      <button type="button" className="dialog-close" onClick={onClose}>
        Close
      </button>
    </Modal>
  );
}
