import { useEffect, useState } from 'react';
import { sortFiles, type EpisodeSource } from '../state/episode-source';
import { useT } from '../i18n/react';

const hasFiles = (event: DragEvent): boolean =>
  event.dataTransfer?.types.includes('Files') ?? false;

/** Files dropped anywhere on the page open as the episode. */
export function FileDropZone({ onOpen }: { onOpen: (source: EpisodeSource) => void }) {
  const [isDragging, setDragging] = useState(false);
  const t = useT();
  useEffect(() => {
    let depth = 0;
    const onEnter = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (): void => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent): void => {
      // Without this the browser would open the file itself, leaving the app.
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) onOpen({ kind: 'files', ...sortFiles(files) });
    };
    const targets: Array<[string, (event: DragEvent) => void]> = [
      ['dragenter', onEnter],
      ['dragleave', onLeave],
      ['dragover', onOver],
      ['drop', onDrop],
    ];
    targets.forEach(([type, handler]) => window.addEventListener(type, handler as EventListener));
    return () =>
      targets.forEach(([type, handler]) =>
        window.removeEventListener(type, handler as EventListener),
      );
  }, [onOpen]);

  return isDragging ? (
    <div className="drop-zone" role="status">
      {t('tools.dropFiles')}
    </div>
  ) : null;
}
