/**
 * The languages Tandem speaks, and which one a listener gets: the one the address asks for
 * (`?lang=de`), else the one they chose before, else the first of the browser's that we have,
 * else English. Pure: no DOM, no storage; the caller passes what it knows.
 */

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ja', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the "Language" menu. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
  ar: 'العربية',
};

/** Scripts written right to left, by the language subtags that use them by default. */
const RIGHT_TO_LEFT = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ku',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/** The one of ours a BCP 47 tag asks for ("de-AT" is German), or undefined. */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : undefined;
}

/** The language to use: asked for in the address, chosen before, the browser's, or English. */
export function chooseLanguage({
  asked,
  chosen,
  preferred,
}: {
  asked?: string | null | undefined;
  chosen?: string | null | undefined;
  preferred: readonly string[];
}): Language {
  return (
    matchLanguage(asked) ??
    matchLanguage(chosen) ??
    preferred.map(matchLanguage).find((language) => language !== undefined) ??
    'en'
  );
}

/** Which way a language's text runs, by its tag; a script subtag wins ("az-Arab" is rtl). */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const parts = tag.toLowerCase().split(/[-_]/);
  const script = parts.find((part) => part.length === 4);
  if (script)
    return ['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg'].includes(script)
      ? 'rtl'
      : 'ltr';
  return RIGHT_TO_LEFT.has(parts[0] ?? '') ? 'rtl' : 'ltr';
}
