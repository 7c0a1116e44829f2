/** Listener preferences that outlive the page: speed, volume, mute, theme, language. Saved locally. */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { matchLanguage, type Language } from '../core/languages';
import { appStorage } from './storage';

export const MIN_RATE = 0.5;
export const MAX_RATE = 3;
export const RATE_STEP = 0.25;

/** The speeds offered: 0.5× to 3× in steps of 0.25. */
export const RATES: readonly number[] = Array.from(
  { length: (MAX_RATE - MIN_RATE) / RATE_STEP + 1 },
  (_, i) => MIN_RATE + i * RATE_STEP,
);

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
  rate: number;
  volume: number;
  isMuted: boolean;
  theme: ThemeChoice;
  /** The UI language chosen (in the menu or with ?lang=); null follows the browser. */
  language: Language | null;
  setRate(rate: number): void;
  /** One step slower (-1) or faster (+1), within 0.5×–3×. */
  stepRate(direction: -1 | 1): void;
  setVolume(volume: number): void;
  setMuted(isMuted: boolean): void;
  setTheme(theme: ThemeChoice): void;
  setLanguage(language: Language): void;
}

const clampRate = (rate: number): number =>
  Math.min(MAX_RATE, Math.max(MIN_RATE, Math.round(rate / RATE_STEP) * RATE_STEP));

export const useSettings = create<Settings>()(
  persist(
    (set, get) => ({
      rate: 1,
      volume: 1,
      isMuted: false,
      theme: 'system',
      language: null,
      setRate: (rate) => set({ rate: clampRate(rate) }),
      stepRate: (direction) => set({ rate: clampRate(get().rate + direction * RATE_STEP) }),
      setVolume: (volume) =>
        set({ volume: Math.min(1, Math.max(0, volume)), isMuted: volume <= 0 }),
      setMuted: (isMuted) => set({ isMuted }),
      setTheme: (theme) => set({ theme }),
      setLanguage: (language) => set({ language }),
    }),
    {
      name: 'tandem:settings',
      version: 1,
      storage: createJSONStorage(() => appStorage),
      partialize: ({ rate, volume, isMuted, theme, language }) => ({
        rate,
        volume,
        isMuted,
        theme,
        language,
      }),
      // Whatever a stored value is, it comes back inside its range.
      merge: (stored, current) => {
        const saved = (stored ?? {}) as Partial<Settings>;
        const number = (value: unknown, fallback: number): number =>
          typeof value === 'number' && Number.isFinite(value) ? value : fallback;
        return {
          ...current,
          rate: clampRate(number(saved.rate, current.rate)),
          volume: Math.min(1, Math.max(0, number(saved.volume, current.volume))),
          isMuted: typeof saved.isMuted === 'boolean' ? saved.isMuted : current.isMuted,
          theme: saved.theme === 'light' || saved.theme === 'dark' ? saved.theme : 'system',
          language:
            matchLanguage(typeof saved.language === 'string' ? saved.language : null) ?? null,
        };
      },
    },
  ),
);
