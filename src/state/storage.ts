/**
 * The one door to the browser's local storage. Storage can be blocked (a private window, a
 * browser setting), full, or hold an older version's data: reads and writes here never throw.
 * When storage will not work, the page keeps what it would have saved in memory for this visit
 * and says once, in plain words, that it cannot remember.
 */
import { t } from '../i18n/i18n';

/** What the page says once when it cannot save anything. */
export const cannotRemember = (): string => t('notice.cannotRemember');

let onTrouble: ((message: string) => void) | null = null;
let hasTroubled = false;
let pendingTrouble = false;

/** Who says the message (the store, once it exists); a trouble before that is said then. */
export function onStorageTrouble(listener: (message: string) => void): void {
  onTrouble = listener;
  if (pendingTrouble) {
    pendingTrouble = false;
    listener(cannotRemember());
  }
}

function reportTrouble(): void {
  if (hasTroubled) return;
  hasTroubled = true;
  if (onTrouble) onTrouble(cannotRemember());
  else pendingTrouble = true;
}

/**
 * A Storage that never throws: the real one while it works; what it refused to keep (blocked, or
 * full) is kept in memory for this visit instead.
 */
export function createSafeStorage(open: () => Storage): Storage {
  const unsaved = new Map<string, string>();
  let real: Storage | null | undefined;
  const storage = (): Storage | null => {
    if (real === undefined) {
      try {
        real = open();
      } catch {
        real = null;
        reportTrouble();
      }
    }
    return real;
  };
  /** `act` on the real storage; false (and said once) when it is not there or refuses. */
  const attempt = (act: (s: Storage) => void): boolean => {
    const target = storage();
    if (!target) return false;
    try {
      act(target);
      return true;
    } catch {
      reportTrouble();
      return false;
    }
  };
  return {
    getItem(key) {
      if (unsaved.has(key)) return unsaved.get(key) ?? null;
      let value: string | null = null;
      attempt((s) => (value = s.getItem(key)));
      return value;
    },
    setItem(key, value) {
      if (attempt((s) => s.setItem(key, value))) unsaved.delete(key);
      else unsaved.set(key, value);
    },
    removeItem(key) {
      unsaved.delete(key);
      attempt((s) => s.removeItem(key));
    },
    clear() {
      unsaved.clear();
      attempt((s) => s.clear());
    },
    key(index) {
      let key: string | null = null;
      attempt((s) => (key = s.key(index)));
      return key ?? [...unsaved.keys()][index] ?? null;
    },
    get length() {
      let length = 0;
      attempt((s) => (length = s.length));
      return length + unsaved.size;
    },
  };
}

/** The page's storage. */
export const appStorage: Storage = createSafeStorage(() => window.localStorage);
