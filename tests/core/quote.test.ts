import { describe, expect, it } from 'vitest';
import { formatQuote } from '../../src/core/quote';

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
