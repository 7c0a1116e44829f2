import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseLanguage, directionOf, LANGUAGES, matchLanguage } from '../../src/core/languages';

describe('matchLanguage', () => {
  it('takes the primary subtag of a BCP 47 tag, in any case', () => {
    expect(matchLanguage('de-AT')).toBe('de');
    expect(matchLanguage('PT-br')).toBeUndefined();
    expect(matchLanguage('ja_JP')).toBe('ja');
    expect(matchLanguage('ar-EG')).toBe('ar');
    expect(matchLanguage('')).toBeUndefined();
    expect(matchLanguage(null)).toBeUndefined();
  });

  it('property: whatever the text, one of ours or undefined', () => {
    fc.assert(
      fc.property(fc.string(), (tag) => {
        const language = matchLanguage(tag);
        expect(language === undefined || LANGUAGES.includes(language)).toBe(true);
      }),
    );
  });
});

describe('chooseLanguage', () => {
  it('the address first, then the choice remembered, then the browser, then English', () => {
    const preferred = ['pt-BR', 'fr-CA', 'en'];
    expect(chooseLanguage({ asked: 'ja', chosen: 'de', preferred })).toBe('ja');
    expect(chooseLanguage({ asked: 'xx', chosen: 'de', preferred })).toBe('de');
    expect(chooseLanguage({ chosen: null, preferred })).toBe('fr');
    expect(chooseLanguage({ preferred: ['pt', 'zh'] })).toBe('en');
  });
});

describe('directionOf', () => {
  it('right to left for Arabic, Hebrew, Persian, Urdu; by the script subtag when there is one', () => {
    expect(['ar', 'he', 'fa', 'ur', 'ar-EG'].map(directionOf)).toEqual(Array(5).fill('rtl'));
    expect(['en', 'de', 'ja', 'zh-Hant'].map(directionOf)).toEqual(Array(4).fill('ltr'));
    expect(directionOf('az-Arab')).toBe('rtl');
    expect(directionOf('ar-Latn')).toBe('ltr');
  });
});
