import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuote, QUOTE_MAX_CHARS, shortenAtWord, snapToWords } from '../../src/core/quote';

const base = {
  show: 'Talk Python to Me',
  episodeTitle: 'Flask web framework and much, much more',
  link: 'https://tandem.example/#t=12:37',
};

describe('formatQuote', () => {
  it('quotes one line with its time and link', () => {
    expect(formatQuote({ ...base, text: 'Flask is a micro framework.', start: 757.4 })).toBe(
      '“Flask is a micro framework.”\n— Talk Python to Me: “Flask web framework and much, much more” at 12:37\nhttps://tandem.example/#t=12:37',
    );
  });

  it('names the speaker and gives a range, on one line of words', () => {
    expect(
      formatQuote({
        ...base,
        text: 'First line.\n  Second   line.',
        speaker: 'Armin Ronacher',
        start: 757,
        end: 784.2,
      }),
    ).toBe(
      '“First line. Second line.”\n— Armin Ronacher, Talk Python to Me: “Flask web framework and much, much more” at 12:37–13:05\nhttps://tandem.example/#t=12:37',
    );
  });
});

describe('whole words, in any script', () => {
  it('widens a selection that starts or ends inside a word, with spaces', () => {
    const text = 'Flask is a micro framework for Python.';
    // "sk is a mic" → "Flask is a micro"
    expect(snapToWords(text, 3, 14)).toEqual({ start: 0, end: 16 });
    // Already on boundaries: unchanged; spaces and punctuation are not widened into.
    expect(snapToWords(text, 6, 16)).toEqual({ start: 6, end: 16 });
  });

  it('widens by the words of Japanese and Chinese, written without spaces', () => {
    const japanese = '今日はとても良い天気ですね。';
    const { start, end } = snapToWords(japanese, 1, 4, 'ja');
    // From inside 今日 to inside とても: the whole of both.
    expect(japanese.slice(start, end)).toBe('今日はとても');
    const chinese = '我们今天讨论网络框架';
    const cut = snapToWords(chinese, 3, 5, 'zh');
    expect(chinese.slice(cut.start, cut.end)).toBe('今天讨论');
  });

  it('widens Arabic words, diacritics and all', () => {
    const arabic = 'مَرْحَبًا بِكُمْ في البودكاست';
    const { start, end } = snapToWords(arabic, 2, 12, 'ar');
    expect(arabic.slice(start, end)).toBe('مَرْحَبًا بِكُمْ');
  });

  it('cuts a long quote at the end of a word, in any script, and says so with …', () => {
    expect(shortenAtWord('one two three four', 12)).toBe('one two…');
    expect(shortenAtWord('short', 12)).toBe('short');
    expect(shortenAtWord('今日はとても良い天気ですね', 8, 'ja')).toBe('今日はとても…');
    // One word longer than the limit is cut inside it rather than dropped.
    expect(shortenAtWord('Donaudampfschifffahrt', 8)).toBe('Donauda…');
  });

  it('property: the snapped selection contains the original and stays inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.nat(60), fc.nat(60), (text, a, b) => {
        const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
        const { start, end } = snapToWords(text, from, to);
        expect(start).toBeLessThanOrEqual(from);
        expect(end).toBeGreaterThanOrEqual(to);
        expect(end).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it('a quote past the limit is cut at a word; the link and the credit stay whole', () => {
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const quote = formatQuote({
      text: long,
      start: 1,
      show: 'Show',
      episodeTitle: 'Title',
      link: 'https://t.example/#t=0:01',
    });
    const [words, credit, link] = quote.split('\n');
    expect([...(words ?? '')].length).toBeLessThanOrEqual(QUOTE_MAX_CHARS + 2);
    expect(words).toMatch(/ word\d+…”$/);
    expect(credit).toBe('— Show: “Title” at 0:01');
    expect(link).toBe('https://t.example/#t=0:01');
  });
});
