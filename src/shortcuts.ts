/**
 * The one table of keyboard shortcuts. The keydown handler reads it, and so do the help dialog
 * and the controls' aria-keyshortcuts.
 */

/** What a shortcut does; the store's actions carry them out. */
export type ShortcutAction = 'togglePlay' | 'backToCurrentLine';

export interface Shortcut {
  action: ShortcutAction;
  /** KeyboardEvent.key values, as typed (" " is Space). */
  keys: readonly string[];
  description: string;
  group: 'Playback' | 'Transcript';
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'togglePlay', keys: [' ', 'k', 'K'], description: 'Play or pause', group: 'Playback' },
  {
    action: 'backToCurrentLine',
    keys: ['Escape'],
    description: 'Back to the current line',
    group: 'Transcript',
  },
];

/** The subset of a keyboard event the matcher needs. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element the key was pressed on. */
  target: EventTarget | null;
}

const TYPING_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

/** Whether the key went to a place where typing text (or pressing a button) owns the key. */
function isOwnedByTarget(key: string, target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true;
  const role = target.getAttribute('role');
  if (role !== null && TYPING_ROLES.has(role)) return true;
  // Space on a focused button presses that button, and nothing else.
  return (
    key === ' ' && target.closest('button, a[href], [role="button"], [role="slider"]') !== null
  );
}

/** The action a key press asks for, or undefined if it is not ours to handle. */
export function matchShortcut(
  press: KeyPress,
  table: readonly Shortcut[] = SHORTCUTS,
): ShortcutAction | undefined {
  // Ctrl/Cmd/Alt combinations belong to the browser (Ctrl+R, Ctrl+L, …).
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  if (isOwnedByTarget(press.key, press.target)) return undefined;
  return table.find((shortcut) => shortcut.keys.includes(press.key))?.action;
}
