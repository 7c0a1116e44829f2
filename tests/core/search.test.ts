import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, findInText, foldQuery, searchTranscript } from '../../src/core/search';
import type { Cue } from '../../src/core/transcript';

const cues = (...texts: string[]): Cue[] =>
  texts.map((text, i) => ({ start: i, end: i + 1, text }));

describe('searchTranscript', () => {
  const index = createSearchIndex(
    cues(
      'Flask is a micro framework.',
      'Armin wrote FLASK and Jinja.',
      'Café crème, naïve résumé',
      'nothing here',
      'flask flask',
    ),
  );

  it('finds every occurrence, in order, ignoring case', () => {
    expect(searchTranscript(index, 'flask').matches).toEqual([
      { cueIndex: 0, occurrence: 0 },
      { cueIndex: 1, occurrence: 0 },
      { cueIndex: 4, occurrence: 0 },
      { cueIndex: 4, occurrence: 1 },
    ]);
  });

  it('ignores accents on either side', () => {
    expect(searchTranscript(index, 'cafe').matches).toEqual([{ cueIndex: 2, occurrence: 0 }]);
    expect(searchTranscript(index, 'RÉSUME').matches).toEqual([{ cueIndex: 2, occurrence: 0 }]);
    expect(searchTranscript(index, 'naive resume').matches).toHaveLength(1);
  });

  it('trims the query and treats a run of spaces as one', () => {
    expect(searchTranscript(index, '  micro    framework ').matches).toEqual([
      { cueIndex: 0, occurrence: 0 },
    ]);
  });

  it('finds nothing for an empty query or across two lines', () => {
    expect(searchTranscript(index, '   ')).toMatchObject({ matches: [], isCapped: false });
    expect(searchTranscript(index, 'jinja. café').matches).toEqual([]);
  });

  it('stops at the limit and says so', () => {
    const many = createSearchIndex(cues(...Array.from({ length: 50 }, () => 'a a a')));
    expect(searchTranscript(many, 'a', 100)).toMatchObject({ isCapped: true });
    expect(searchTranscript(many, 'a', 100).matches).toHaveLength(100);
    expect(searchTranscript(many, 'a', 150).isCapped).toBe(false);
  });

  it('agrees with findInText line by line, for any text and query', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'A', 'b', 'é', 'É', 'e\u0301', ' ', '\n', 'ß', 'ﬁ', 'İ', '.'),
    });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), text, (lines, query) => {
        const result = searchTranscript(createSearchIndex(cues(...lines)), query);
        const perLine = lines.flatMap((line, cueIndex) =>
          findInText(line, query).map((_, occurrence) => ({ cueIndex, occurrence })),
        );
        expect(result.matches).toEqual(perLine);
      }),
    );
  });
});

describe('searchTranscript, typed a key at a time', () => {
  const strip = ({ matches, isCapped }: { matches: unknown; isCapped: boolean }) => ({
    matches,
    isCapped,
  });

  it('gives exactly what a fresh search gives, for any text, query, cap and starting line', () => {
    // A small alphabet, so that queries repeat and overlap ("aa" in "aaab").
    const text = fc.stringMatching(/^[ab ÁX]{0,12}$/);
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 8 }),
        fc.stringMatching(/^[abáx ]{1,5}$/),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.nat({ max: 8 }), { minLength: 5, maxLength: 5 }),
        (lines, typed, limit, fromCues) => {
          const index = createSearchIndex(cues(...lines));
          let trail;
          for (let end = 1; end <= typed.length; end++) {
            const query = typed.slice(0, end);
            // The listener's line may move between keystrokes (the episode plays on).
            const from = fromCues[end - 1] ?? 0;
            const narrowed = searchTranscript(index, query, limit, trail, from);
            expect(strip(narrowed)).toEqual(
              strip(searchTranscript(index, query, limit, undefined, from)),
            );
            trail = narrowed.trail;
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds the same matches from any starting line when they are fewer than the cap', () => {
    const text = fc.stringMatching(/^[ab ÁX]{0,12}$/);
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 8 }),
        fc.stringMatching(/^[abáx ]{1,3}$/),
        fc.nat({ max: 8 }),
        (lines, query, from) => {
          const index = createSearchIndex(cues(...lines));
          expect(searchTranscript(index, query, 1000, undefined, from)).toMatchObject(
            strip(searchTranscript(index, query, 1000)),
          );
        },
      ),
    );
  });

  it("capped, keeps the matches nearest the listener's line, half on either side", () => {
    const index = createSearchIndex(cues(...Array.from({ length: 10 }, (_, i) => `line ${i} a`)));
    const lines = (from: number) =>
      searchTranscript(index, 'a', 4, undefined, from).matches.map((m) => m.cueIndex);
    expect(lines(5)).toEqual([3, 4, 5, 6]);
    // Fewer on one side leaves more room on the other.
    expect(lines(8)).toEqual([6, 7, 8, 9]);
    expect(lines(0)).toEqual([0, 1, 2, 3]);
    expect(searchTranscript(index, 'a', 4, undefined, 5).isCapped).toBe(true);
  });

  it('keeps, for any text, query, cap and line, the window of all matches around that line', () => {
    const text = fc.stringMatching(/^[ab ÁX]{0,12}$/);
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 10 }),
        fc.stringMatching(/^[abáx ]{1,3}$/),
        fc.integer({ min: 1, max: 7 }),
        fc.nat({ max: 12 }),
        (lines, query, limit, from) => {
          const index = createSearchIndex(cues(...lines));
          const all = searchTranscript(index, query, Number.MAX_SAFE_INTEGER).matches;
          const line = Math.min(from, lines.length - 1);
          // Before: the matches before the listener's line; after: those from it on.
          const split = all.findIndex((m) => m.cueIndex >= line);
          const before = split < 0 ? all.length : split;
          const after = all.length - before;
          const keptBefore = Math.min(before, limit - Math.min(after, Math.ceil(limit / 2)));
          const keptAfter = Math.min(after, limit - keptBefore);
          expect(searchTranscript(index, query, limit, undefined, from)).toMatchObject({
            matches: all.slice(before - keptBefore, before + keptAfter),
            isCapped: keptBefore < before || keptAfter < after,
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('looks only where the shorter query matched, when its matches cannot overlap', () => {
    const index = createSearchIndex(cues('python and pyramids', 'a python', 'happy'));
    const first = searchTranscript(index, 'py');
    expect(first.trail.ahead.positions).toEqual([0, 11, 22, 32]);
    const next = searchTranscript(index, 'pyt', undefined, first.trail);
    expect(next.matches).toEqual([
      { cueIndex: 0, occurrence: 0 },
      { cueIndex: 1, occurrence: 0 },
    ]);
    // Another transcript's trail is never used.
    const other = createSearchIndex(cues('pyt'));
    expect(searchTranscript(other, 'pyt', undefined, first.trail).matches).toEqual([
      { cueIndex: 0, occurrence: 0 },
    ]);
  });
});

describe('searchTranscript in other scripts', () => {
  const index = createSearchIndex(
    cues(
      'ウェブフレームワークについて話しましょう。',
      '我们今天讨论网络框架。',
      'วันนี้เราจะคุยเรื่องเว็บเฟรมเวิร์ก',
      'مَرْحَبًا بِكُمْ فِي الْبُودْكَاسْت',
      'أهلا وسهلا، إطار العمل فلاسك',
      'كتـــاب عن بايثون',
    ),
  );
  const found = (query: string): number[] =>
    searchTranscript(index, query).matches.map((match) => match.cueIndex);

  it('finds words inside text written without spaces: Japanese, Chinese, Thai', () => {
    expect(found('フレームワーク')).toEqual([0]);
    expect(found('框架')).toEqual([1]);
    expect(found('เฟรมเวิร์ก')).toEqual([2]);
  });

  it('ignores Arabic vowel marks, hamza forms and tatweel, on either side', () => {
    // Typed without harakat, found in a line written with them.
    expect(found('مرحبا بكم')).toEqual([3]);
    // Typed with them, found in a line written without.
    expect(found('أَهْلًا')).toEqual([4]);
    // أ and إ fold to ا as é folds to e.
    expect(found('اطار')).toEqual([4]);
    // A word stretched with tatweel is the same word.
    expect(found('كتاب')).toEqual([5]);
  });
});

describe('findInText', () => {
  it.each([
    [
      'Flask is FLASK',
      'flask',
      [
        [0, 5],
        [9, 14],
      ],
    ],
    ['Café crème', 'creme', [[5, 10]]],
    ['Cafe\u0301 noir', 'café', [[0, 5]]],
    ['no match', 'flask', []],
  ])('%j with %j → %j', (text, query, ranges) => {
    expect(findInText(text, query)).toEqual(ranges);
  });

  it('gives ranges that, cut from the text, fold to the query', () => {
    expect(
      findInText('Naïve RÉSUMÉ', 'resume').map(([a, b]) => 'Naïve RÉSUMÉ'.slice(a, b)),
    ).toEqual(['RÉSUMÉ']);
  });
});

describe('foldQuery', () => {
  it('lower-cases and strips accents', () => {
    expect(foldQuery(' Ça  Va ')).toBe('ca va');
  });
});
