import { useEffect } from 'react';
import { matchShortcut, type ShortcutAction } from '../shortcuts';
import { useSettings } from '../state/settings';
import { useTandem } from '../state/store';

const nudgeOffset = (delta: number): void => {
  const { transcriptOffset, setTranscriptOffset } = useTandem.getState();
  setTranscriptOffset(transcriptOffset + delta);
};

const perform: Record<ShortcutAction, (key: string) => void> = {
  togglePlay: () => useTandem.getState().togglePlay(),
  back10: () => useTandem.getState().skip(-10),
  forward10: () => useTandem.getState().skip(10),
  back5: () => useTandem.getState().skip(-5),
  forward5: () => useTandem.getState().skip(5),
  previousLine: () => useTandem.getState().stepLine(-1),
  nextLine: () => useTandem.getState().stepLine(1),
  previousChapter: () => useTandem.getState().stepChapter(-1),
  nextChapter: () => useTandem.getState().stepChapter(1),
  offsetEarlier: () => nudgeOffset(-0.1),
  offsetLater: () => nudgeOffset(0.1),
  slower: () => useSettings.getState().stepRate(-1),
  faster: () => useSettings.getState().stepRate(1),
  toggleMute: () => useSettings.getState().setMuted(!useSettings.getState().isMuted),
  jumpToPercent: (key) => useTandem.getState().jumpToFraction(Number(key) / 10),
  search: () => useTandem.getState().focusSearch(),
  toggleFollow: () => useTandem.getState().toggleFollow(),
  escape: () => useTandem.getState().escape(),
  copyLink: () => void useTandem.getState().copyLinkToNow(),
  toggleRepeat: () => useTandem.getState().toggleRepeat(),
  showHelp: () => useTandem.getState().setHelpOpen(true),
};

/** Listens for the shortcut table's keys on the whole page. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const match = matchShortcut(event);
      if (!match) return;
      event.preventDefault();
      perform[match.action](match.key);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
