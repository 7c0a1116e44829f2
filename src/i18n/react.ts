import { useMemo, useSyncExternalStore } from 'react';
import { i18n } from './i18n';

export type Translate = (id: string, values?: Record<string, unknown>) => string;

const subscribe = (onChange: () => void): (() => void) => i18n.on('change', onChange);
const getLocale = (): string => i18n.locale;

/** The page's language, for `Intl` formats; a component using it follows a change. */
export function useLanguage(): string {
  return useSyncExternalStore(subscribe, getLocale, getLocale);
}

/**
 * A message function made for one language: a new one per language, so that memoized parts
 * that take it render again when the language changes.
 */
const translatorFor =
  (_language: string): Translate =>
  (id, values) =>
    i18n._(id, values);

/** The message function for the page's language; a component using it follows a change. */
export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => translatorFor(language), [language]);
}
