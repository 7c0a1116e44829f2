/**
 * The UI's language: @lingui/core with catalogues compiled at build time (see
 * scripts/lib/message-catalogs.mjs). English is part of the page (all but the dialogs' and the
 * show list's messages, which come with them); every other language is a chunk of its own,
 * loaded whole when chosen. Activating a language also sets `<html lang dir>`, so a
 * right-to-left language mirrors the layout.
 */
import { i18n, type Messages } from '@lingui/core';
import en from 'virtual:tandem-messages/en/page';
import { directionOf, type Language } from '../core/languages';

i18n.load('en', en);
i18n.activate('en');

const CATALOGS: Record<Exclude<Language, 'en'>, () => Promise<{ default: Messages }>> = {
  de: () => import('virtual:tandem-messages/de'),
  fr: () => import('virtual:tandem-messages/fr'),
  es: () => import('virtual:tandem-messages/es'),
  ja: () => import('virtual:tandem-messages/ja'),
  ar: () => import('virtual:tandem-messages/ar'),
};

const loaded = new Set<Language>(['en']);

let later: Promise<void> | null = null;
/**
 * The English messages of the dialogs and the show list; their modules wait for them before they
 * first render (other languages come whole).
 */
export function ensureAllMessages(): Promise<void> {
  later ??= import('virtual:tandem-messages/en/later').then(({ default: messages }) =>
    i18n.load('en', messages),
  );
  return later;
}

/** Loads the language's messages (once) and makes it the page's language. */
export async function activateLanguage(language: Language): Promise<void> {
  if (!loaded.has(language) && language !== 'en') {
    i18n.load(language, (await CATALOGS[language]()).default);
    loaded.add(language);
  }
  i18n.activate(language);
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/** The page's language now. */
export const currentLanguage = (): Language => i18n.locale as Language;

/**
 * A message in the page's language, for code outside components (notices, alerts): `values`
 * fill its placeholders, and plurals follow the language's rules.
 */
export function t(id: string, values?: Record<string, unknown>): string {
  return i18n._(id, values);
}

export { i18n };
