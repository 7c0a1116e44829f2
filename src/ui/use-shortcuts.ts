import { useEffect } from 'react';
import { matchShortcut, type ShortcutAction } from '../shortcuts';
import { useTandem } from '../state/store';

const perform: Record<ShortcutAction, () => void> = {
  togglePlay: () => useTandem.getState().togglePlay(),
  backToCurrentLine: () => useTandem.getState().setFollowing(true),
};

/** Listens for the shortcut table's keys on the whole page. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      const action = matchShortcut(event);
      if (!action) return;
      event.preventDefault();
      perform[action]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
