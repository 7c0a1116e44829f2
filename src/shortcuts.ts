/**
 * The one table of keyboard shortcuts. The keydown handler, the help dialog and the controls'
 * aria-keyshortcuts all read it.
 */

/** What a shortcut does; `use-shortcuts` maps each to a store action. */
export type ShortcutAction =
  | 'togglePlay'
  | 'back10'
  | 'forward10'
  | 'back5'
  | 'forward5'
  | 'previousLine'
  | 'nextLine'
  | 'previousChapter'
  | 'nextChapter'
  | 'offsetEarlier'
  | 'offsetLater'
  | 'slower'
  | 'faster'
  | 'toggleMute'
  | 'jumpToPercent'
  | 'search'
  | 'toggleFollow'
  | 'escape'
  | 'copyLink'
  | 'toggleRepeat'
  | 'showHelp';

export interface Shortcut {
  action: ShortcutAction;
  /**
   * Key combinations: a KeyboardEvent.key value (" " is Space, letters in lower case), with
   * "Shift+" for a shifted named key and "Mod+" for Ctrl (Cmd on a Mac).
   */
  keys: readonly string[];
  /** What it does is the message `shortcut.<action>` in the catalogues. */
  group: 'Playback' | 'Transcript' | 'General';
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'togglePlay', keys: [' ', 'k'], group: 'Playback' },
  { action: 'back10', keys: ['j'], group: 'Playback' },
  { action: 'forward10', keys: ['l'], group: 'Playback' },
  { action: 'back5', keys: ['ArrowLeft'], group: 'Playback' },
  { action: 'forward5', keys: ['ArrowRight'], group: 'Playback' },
  { action: 'slower', keys: ['<'], group: 'Playback' },
  { action: 'faster', keys: ['>'], group: 'Playback' },
  { action: 'toggleMute', keys: ['m'], group: 'Playback' },
  {
    action: 'jumpToPercent',
    keys: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    group: 'Playback',
  },
  {
    action: 'previousLine',
    keys: ['Shift+ArrowLeft'],
    group: 'Transcript',
  },
  { action: 'nextLine', keys: ['Shift+ArrowRight'], group: 'Transcript' },
  {
    action: 'previousChapter',
    keys: ['Mod+ArrowLeft'],
    group: 'Playback',
  },
  {
    action: 'nextChapter',
    keys: ['Mod+ArrowRight'],
    group: 'Playback',
  },
  {
    action: 'offsetEarlier',
    keys: ['['],
    group: 'Transcript',
  },
  {
    action: 'offsetLater',
    keys: [']'],
    group: 'Transcript',
  },
  {
    action: 'toggleRepeat',
    keys: ['r'],
    group: 'Transcript',
  },
  {
    action: 'toggleFollow',
    keys: ['f'],
    group: 'Transcript',
  },
  {
    action: 'search',
    keys: ['/', 'Mod+f'],
    group: 'Transcript',
  },
  {
    action: 'escape',
    keys: ['Escape'],
    group: 'General',
  },
  {
    action: 'copyLink',
    keys: ['c'],
    group: 'General',
  },
  { action: 'showHelp', keys: ['?'], group: 'General' },
];

/** The subset of a keyboard event the matcher needs. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element the key was pressed on. */
  target: EventTarget | null;
}

/** A matched shortcut, with the key that chose it (the digit, for jumpToPercent). */
export interface ShortcutMatch {
  action: ShortcutAction;
  key: string;
}

const TYPING_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider']);

/** Whether the focused element owns this key: typing, or Space pressing a button. */
function isOwnedByTarget(combo: string, target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  // Search and Esc work from anywhere; Ctrl+← in a text field still moves by a word.
  if (combo === 'Mod+f' || combo === 'Escape') return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true;
  const role = target.getAttribute('role');
  if (role !== null && TYPING_ROLES.has(role)) return true;
  // Space and Enter on a focused button press that button, and nothing else.
  return combo === ' ' && target.closest('button, a[href], summary, [role="button"]') !== null;
}

/** The combination a key press spells, in the table's notation, or undefined for Alt ones. */
export function comboOf(
  press: Pick<KeyPress, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): string | undefined {
  if (press.altKey) return undefined;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (press.ctrlKey || press.metaKey) return `Mod+${key}`;
  // A shifted character is already in `key` ("?", "<"); only named keys carry "Shift+".
  return press.shiftKey && press.key.length > 1 ? `Shift+${key}` : key;
}

/**
 * The action a key press asks for, or undefined when it is not ours: browser combinations
 * (Ctrl+R, Ctrl+L, …) other than our own Mod+F, and keys the focused element owns.
 */
export function matchShortcut(
  press: KeyPress,
  table: readonly Shortcut[] = SHORTCUTS,
): ShortcutMatch | undefined {
  const combo = comboOf(press);
  if (combo === undefined || isOwnedByTarget(combo, press.target)) return undefined;
  const shortcut = table.find((s) => s.keys.includes(combo));
  return shortcut && { action: shortcut.action, key: combo };
}

const KEY_NAMES: Record<string, string> = {
  ' ': 'Space',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
};

/** How a combination is written for people: "Space", "Shift+←", "Ctrl/⌘+F", "K". */
export function describeCombo(combo: string): string {
  const [modifier, key] =
    combo.includes('+') && combo.length > 1 ? (combo.split('+') as [string, string]) : ['', combo];
  const name = KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  if (modifier === 'Mod') return `Ctrl/⌘+${name}`;
  return modifier ? `${modifier}+${name}` : name;
}

/** The aria-keyshortcuts value for an action ("Space K", "Shift+ArrowLeft", "Control+F Meta+F"). */
export function ariaKeyShortcuts(
  action: ShortcutAction,
  table: readonly Shortcut[] = SHORTCUTS,
): string {
  const keys = table.find((s) => s.action === action)?.keys ?? [];
  return keys
    .flatMap((combo) => {
      if (combo.startsWith('Mod+')) {
        const rest = combo.slice(4);
        const key = rest.length === 1 ? rest.toUpperCase() : rest;
        return [`Control+${key}`, `Meta+${key}`];
      }
      if (combo === ' ') return ['Space'];
      return [combo.length === 1 ? combo.toUpperCase() : combo];
    })
    .join(' ');
}
