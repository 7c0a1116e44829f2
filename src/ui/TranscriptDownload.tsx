import { memo, useState } from 'react';
import { WRITABLE_FORMATS, type WritableFormat } from '../core/formats/writable';
import { formatOffset } from '../core/offset';
import { useTandem } from '../state/store';
import { IconButton } from './IconButton';
import { useT } from '../i18n/react';

/**
 * "Download transcript": WebVTT, SRT or plain text, written from what is on screen, with the
 * transcript offset applied (the menu and the file name say so). Memoized: the search bar around
 * it renders on every keystroke.
 */
export const TranscriptDownload = memo(function TranscriptDownload() {
  const transcript = useTandem((s) => s.transcript);
  const title = useTandem((s) => s.episode?.title);
  const offset = useTandem((s) => s.transcriptOffset);
  const t = useT();
  const shifted = offset === 0 ? '' : ` ${t('download.shifted', { offset: formatOffset(offset) })}`;
  const [isOpen, setOpen] = useState(false);
  if (!transcript || transcript.cues.length === 0) return null;

  const download = async (format: WritableFormat): Promise<void> => {
    // The writers are only needed here: they load as a chunk of their own.
    const { WRITERS } = await import('../core/formats/write');
    const writer = WRITABLE_FORMATS[format];
    const named = transcript.title ?? title;
    const text = WRITERS[format](
      named === undefined ? transcript : { ...transcript, title: named },
    );
    const url = URL.createObjectURL(new Blob([text], { type: `${writer.mime};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    const name = `${title ?? 'transcript'}${shifted}`.replace(/[\\/:*?"<>|]+/g, ' ').trim();
    link.download = `${name || 'transcript'}.${writer.extension}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setOpen(false);
  };

  return (
    <div
      className="download-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && isOpen) {
          // Esc closes the menu first, before the page-wide Esc.
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <IconButton
        icon="download"
        label={t('download.menu')}
        aria-expanded={isOpen}
        aria-controls="download-menu"
        onClick={() => setOpen(!isOpen)}
      />
      <div id="download-menu" className="menu" hidden={!isOpen}>
        {(Object.keys(WRITABLE_FORMATS) as WritableFormat[]).map((format) => (
          <button
            key={format}
            type="button"
            className="menu-item"
            onClick={() => void download(format)}
          >
            {t('download.as', {
              format: format === 'text' ? t('download.plainText') : WRITABLE_FORMATS[format].name,
            })}
            {shifted}
          </button>
        ))}
      </div>
    </div>
  );
});
