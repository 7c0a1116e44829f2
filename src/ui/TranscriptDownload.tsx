import { useState } from 'react';
import { WRITERS, type WritableFormat } from '../core/formats/write';
import { useTandem } from '../state/store';
import { IconButton } from './IconButton';

/** "Download transcript": WebVTT, SRT or plain text, written from what is on screen. */
export function TranscriptDownload() {
  const transcript = useTandem((s) => s.transcript);
  const title = useTandem((s) => s.episode?.title);
  const [isOpen, setOpen] = useState(false);
  if (!transcript || transcript.cues.length === 0) return null;

  const download = (format: WritableFormat): void => {
    const writer = WRITERS[format];
    const named = transcript.title ?? title;
    const text = writer.write(named === undefined ? transcript : { ...transcript, title: named });
    const url = URL.createObjectURL(new Blob([text], { type: `${writer.mime};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${(title ?? 'transcript').replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'transcript'}.${writer.extension}`;
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
        label="Download transcript"
        aria-expanded={isOpen}
        aria-controls="download-menu"
        onClick={() => setOpen(!isOpen)}
      />
      <div id="download-menu" className="menu" hidden={!isOpen}>
        {(Object.keys(WRITERS) as WritableFormat[]).map((format) => (
          <button key={format} type="button" className="menu-item" onClick={() => download(format)}>
            Download as {WRITERS[format].name}
          </button>
        ))}
      </div>
    </div>
  );
}
