import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitToDuration,
  formatTimeFragment,
  linkToTime,
  parseNptRange,
  readTimeFragment,
  type TimeFragment,
} from '../../src/core/fragment';
import { hasConformance, readConformance } from '../helpers/files';

const read = (address: string): TimeFragment => {
  const url = new URL(address, 'https://tandem.example/');
  return readTimeFragment({ hash: url.hash, search: url.search });
};

describe('readTimeFragment', () => {
  it.each([
    ['/#t=757', { start: 757 }],
    ['/#t=12:37', { start: 757 }],
    ['/#t=1:02:03.5', { start: 3723.5 }],
    ['/#t=12:37,13:05', { start: 757, end: 785 }],
    ['/#t=,13:05', { start: 0, end: 785 }],
    ['/#t=npt:3,7', { start: 3, end: 7 }],
    ['/#t=2:37', { start: 157 }],
    ['/#t=3.', { start: 3 }],
    ['/#foo=1&t=10', { start: 10 }],
    ['/#%74=3', { start: 3 }],
    ['/#t=3%2C7', { start: 3, end: 7 }],
    ['/#t=7&t=3', { start: 3 }],
    ['/#t=3,7&t=foo', { start: 3, end: 7 }],
  ])('%s opens at %j (fragment)', (address, target) => {
    expect(read(address)).toEqual({ kind: 'time', source: 'hash', ...target });
  });

  it.each([
    ['/?t=757', 757],
    ['/?t=757s', 757],
    ['/?t=12m37s', 757],
    ['/?t=1h2m3s', 3723],
    ['/?t=1h', 3600],
    ['/?t=2m', 120],
    ['/?t=12:37', 757],
    ['/?audio=https%3A%2F%2Fa.example%2Fx.mp3&t=90&transcript=y', 90],
  ])('%s opens at %d s (query)', (address, start) => {
    expect(read(address)).toEqual({ kind: 'time', source: 'query', start });
  });

  it('prefers the fragment to the query', () => {
    expect(read('/?t=100#t=200')).toMatchObject({ source: 'hash', start: 200 });
    expect(read('/?t=100#t=nonsense')).toMatchObject({ source: 'query', start: 100 });
  });

  it('is "none" without a t', () => {
    expect(read('/')).toEqual({ kind: 'none' });
    expect(read('/?audio=x#foo')).toEqual({ kind: 'none' });
  });

  it.each([
    ['/#t=abc', 'abc'],
    ['/#t=-1,3', '-1,3'],
    ['/#t=3,', '3,'],
    ['/#t=3,3', '3,3'],
    ['/#t=7,3', '7,3'],
    ['/#t=0:00:60', '0:00:60'],
    ['/#t=0:0:0', '0:0:0'],
    ['/#t=1e-1', '1e-1'],
    ['/#t=', ''],
    ['/?t=-5', '-5'],
    ['/?t=12x', '12x'],
    ['/?t=%E0%A4%A', undefined],
  ])('%s is invalid, never an exception', (address, text) => {
    const result = read(address);
    if (text === undefined) expect(result).toEqual({ kind: 'none' });
    else expect(result).toEqual({ kind: 'invalid', text });
  });

  it('never throws, whatever the address', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (hash, search) => {
        const result = readTimeFragment({ hash, search });
        expect(['none', 'time', 'invalid']).toContain(result.kind);
        if (result.kind === 'time') {
          expect(result.start).toBeGreaterThanOrEqual(0);
          if (result.end !== undefined) expect(result.end).toBeGreaterThan(result.start);
        }
      }),
    );
  });
});

describe('writing links', () => {
  it.each([
    [{ start: 757 }, '#t=12:37'],
    [{ start: 757.9 }, '#t=12:37'],
    [{ start: 5 }, '#t=0:05'],
    [{ start: 3723.5 }, '#t=1:02:03'],
    [{ start: 757, end: 785 }, '#t=12:37,13:05'],
    [{ start: 757, end: 784.2 }, '#t=12:37,13:05'],
  ])('%j is written %s', (target, fragment) => {
    expect(formatTimeFragment(target)).toBe(fragment);
  });

  it('keeps other query parameters, drops a query t and replaces the fragment', () => {
    expect(
      linkToTime('https://tandem.example/?t=5&audio=https%3A%2F%2Fa.example%2Fx.mp3#t=1', {
        start: 757,
      }),
    ).toBe('https://tandem.example/?audio=https%3A%2F%2Fa.example%2Fx.mp3#t=12:37');
    expect(linkToTime('https://tandem.example/', { start: 1, end: 2 })).toBe(
      'https://tandem.example/#t=0:01,0:02',
    );
  });

  it('round-trips: what we write reads back to the same whole second, for any time and range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200_000, noNaN: true }),
        fc.option(fc.double({ min: 1, max: 20_000, noNaN: true })),
        (start, length) => {
          const target = length === null ? { start } : { start, end: start + length };
          const url = new URL(linkToTime('https://tandem.example/?episode=x', target));
          const back = readTimeFragment({ hash: url.hash, search: url.search });
          // Times within a microsecond of the next second count as that second.
          expect(back).toMatchObject({ kind: 'time', start: Math.floor(start + 1e-6) });
          if (target.end !== undefined) {
            expect((back as { end: number }).end).toBe(Math.ceil(target.end - 1e-6));
          }
        },
      ),
    );
  });
});

describe('fitToDuration', () => {
  it('refuses a start past the end and cuts a range to it', () => {
    expect(fitToDuration({ start: 3000 }, 2989.9)).toBeUndefined();
    expect(fitToDuration({ start: 10, end: 5000 }, 2989.9)).toEqual({ start: 10, end: 2989.9 });
    expect(fitToDuration({ start: 10 }, 2989.9)).toEqual({ start: 10 });
    expect(fitToDuration({ start: 10 }, Number.NaN)).toBeUndefined();
  });
});

describe.skipIf(!hasConformance)('W3C Media Fragments test cases', () => {
  const rows = hasConformance
    ? readConformance('media-fragments/w3c-mf-testcases.tsv.txt')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => line.split('\t'))
    : [];
  // The temporal rows we take a position on: npt ones (other units are not for audio players)
  // and the invalid ones.
  const temporal = rows.filter(
    ([, url = '']) => /#.*(t|%74)(=|%3D)/i.test(url) && !/smpte|clock:/.test(url),
  );

  it('covers the temporal cases', () => {
    expect(temporal.length).toBeGreaterThan(50);
  });

  it.each(temporal.map(([id, url, , expected]) => [id, url, expected] as const))(
    '%s %s',
    (_id, url, expected) => {
      const parsed = JSON.parse(expected ?? '{}') as {
        hash: { t?: Array<{ startNormalized: number | ''; endNormalized: number | '' }> };
      };
      const hash = new URL(url as string).hash;
      const result = parseTimeFromHash(hash);
      const t = parsed.hash.t?.at(-1);
      if (!t) {
        expect(result).toBeUndefined();
      } else {
        expect(result).toEqual({
          start: t.startNormalized === '' ? 0 : t.startNormalized,
          ...(t.endNormalized === '' ? {} : { end: t.endNormalized }),
        });
      }
    },
  );
});

function parseTimeFromHash(hash: string): { start: number; end?: number } | undefined {
  const result = readTimeFragment({ hash, search: '' });
  if (result.kind !== 'time') return undefined;
  return result.end === undefined
    ? { start: result.start }
    : { start: result.start, end: result.end };
}

describe('parseNptRange', () => {
  it('reads ranges and refuses empty or backwards ones', () => {
    expect(parseNptRange('00:00:03,00:00:07')).toEqual({ start: 3, end: 7 });
    expect(parseNptRange('3,00:00:07')).toEqual({ start: 3, end: 7 });
    expect(parseNptRange(',')).toBeUndefined();
    expect(parseNptRange('3,7,9')).toBeUndefined();
  });
});
