import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/languages';
import { activateLanguage, t } from '../../src/i18n/i18n';
import { compileCatalog, LATER } from '../../scripts/lib/message-catalogs.mjs';

const DIR = 'src/i18n/locales';
const read = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(DIR, `${language}.json`), 'utf8')) as Record<string, string>;
const english = read('en');

type Token = string | [string, string?, unknown?];

/** The names of the values a compiled message uses, however deep in plurals and selects. */
function argumentsOf(message: Token[], into = new Set<string>()): Set<string> {
  for (const token of message) {
    if (typeof token === 'string') continue;
    const [name, , format] = token;
    if (name !== '#' && name !== '') into.add(name);
    if (format && typeof format === 'object') {
      for (const choice of Object.values(format as Record<string, unknown>)) {
        if (Array.isArray(choice)) argumentsOf(choice as Token[], into);
      }
    }
  }
  return into;
}

describe('the message catalogues', () => {
  it('are one per language, and no more', () => {
    expect(
      readdirSync(DIR)
        .map((file) => file.replace(/\.json$/, ''))
        .sort(),
    ).toEqual([...LANGUAGES].sort());
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language} has every message English has, and none it does not`, () => {
      const catalogue = read(language);
      expect(Object.keys(english).filter((id) => !(id in catalogue))).toEqual([]);
      expect(Object.keys(catalogue).filter((id) => !(id in english))).toEqual([]);
    });

    it(`${language}: every message is valid ICU and fills the same values as English`, () => {
      const compiled = compileCatalog(read(language), language) as Record<string, Token[]>;
      const base = compileCatalog(english, 'en') as Record<string, Token[]>;
      for (const [id, message] of Object.entries(compiled)) {
        expect([...argumentsOf(message)].sort(), id).toEqual(
          [...argumentsOf(base[id] ?? [])].sort(),
        );
      }
    });
  }

  it("every message the code asks for exists; the page's own come with the page", () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.tsx?$/.test(file),
    );
    const codeOf = new Map(
      files.map((file) => [file.replaceAll('\\', '/'), readFileSync(join('src', file), 'utf8')]),
    );
    /** The module a relative specifier in `file` names, as a path under src/. */
    const resolve = (file: string, specifier: string): string | undefined => {
      const base = normalize(join(dirname(file), specifier)).replaceAll('\\', '/');
      return [`${base}.ts`, `${base}.tsx`].find((candidate) => codeOf.has(candidate));
    };
    const staticImporters = new Map<string, string[]>();
    const dynamicImporters = new Map<string, string[]>();
    for (const [file, code] of codeOf) {
      for (const [, specifier] of code.matchAll(/^import (?!type )[^;]*? from '(\.[^']+)'/gms)) {
        const target = resolve(file, specifier as string);
        if (target) staticImporters.set(target, [...(staticImporters.get(target) ?? []), file]);
      }
      for (const [, specifier] of code.matchAll(/\bimport\('(\.[^']+)'\)/g)) {
        const target = resolve(file, specifier as string);
        if (target) dynamicImporters.set(target, [...(dynamicImporters.get(target) ?? []), file]);
      }
    }
    // Loaded with the later messages: the components lazyWithMessages(() => import('./X')…)
    // loads, and the modules only they import.
    const onDemand = new Set(
      [...codeOf.values()].flatMap((code) =>
        [...code.matchAll(/lazyWithMessages\(\(\) =>\s*import\('\.\/(\w+)'\)/g)].map(
          ([, name]) => `ui/${name}.tsx`,
        ),
      ),
    );
    for (let grew = true; grew;) {
      grew = false;
      for (const file of codeOf.keys()) {
        const importers = staticImporters.get(file) ?? [];
        if (
          !onDemand.has(file) &&
          importers.length > 0 &&
          importers.every((importer) => onDemand.has(importer)) &&
          (dynamicImporters.get(file) ?? []).every((importer) => onDemand.has(importer))
        ) {
          onDemand.add(file);
          grew = true;
        }
      }
    }
    expect(onDemand).toContain('state/offline.ts');
    expect(onDemand.size).toBeGreaterThanOrEqual(4);
    let asked = 0;
    for (const [file, code] of codeOf) {
      const isOnDemand = onDemand.has(file);
      for (const [, id] of code.matchAll(/\bt\('([\w.]+)'/g)) {
        asked++;
        expect(english, `${file} asks for ${id}`).toHaveProperty([id as string]);
        // Messages loaded later are only for modules that wait for them.
        if (!isOnDemand) expect(LATER.test(id as string), `${file}: ${id}`).toBe(false);
      }
    }
    expect(asked).toBeGreaterThan(100);
  });

  it('a broken message stops the build, naming its file and id', () => {
    expect(() => compileCatalog({ 'a.b': '{count, plural, one {x}' }, 'xx.json')).toThrow(
      /xx\.json: "a\.b" is not a valid ICU message/,
    );
  });
});

describe('activateLanguage', () => {
  it('switches the messages, the plural rules and <html lang dir>', async () => {
    await activateLanguage('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    // Arabic has six plural forms.
    expect([0, 1, 2, 3, 11, 100].map((count) => t('transcript.lines', { count }))).toEqual([
      'لا أسطر',
      'سطر واحد',
      'سطران',
      '3 أسطر',
      '11 سطرًا',
      '100 سطر',
    ]);
    await activateLanguage('de');
    expect(document.documentElement.dir).toBe('ltr');
    expect(t('transcript.lines', { count: 1 })).toBe('1 Zeile');
    expect(t('search.position', { position: 1, count: 12345 })).toBe('1 von 12.345');
    await activateLanguage('en');
    expect(t('search.position', { position: 1, count: 12345 })).toBe('1 of 12,345');
    expect(document.documentElement.lang).toBe('en');
  });
});
