import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  embedAddress,
  embedCode,
  embedEvent,
  fullPageAddress,
  parseEmbedCommand,
} from '../../src/core/embed';
import { embedOptions, isEmbedSearch } from '../../src/core/embed-address';

describe('parseEmbedCommand', () => {
  it('reads the three commands', () => {
    expect(parseEmbedCommand({ type: 'tandem:command', command: 'play' })).toEqual({
      type: 'tandem:command',
      command: 'play',
    });
    expect(parseEmbedCommand({ type: 'tandem:command', command: 'pause' })).toEqual({
      type: 'tandem:command',
      command: 'pause',
    });
    expect(parseEmbedCommand({ type: 'tandem:command', command: 'seek', time: 12.5 })).toEqual({
      type: 'tandem:command',
      command: 'seek',
      time: 12.5,
    });
  });

  it('refuses anything else: other types, other commands, bad times, strings of code', () => {
    const refused: unknown[] = [
      null,
      undefined,
      'play',
      '{"type":"tandem:command","command":"play"}',
      42,
      [],
      [{ type: 'tandem:command', command: 'play' }],
      { type: 'tandem:event', command: 'play' },
      { type: 'tandem:command', command: 'eval', code: 'alert(1)' },
      { type: 'tandem:command', command: 'constructor' },
      { type: 'tandem:command', command: '__proto__' },
      { type: 'tandem:command', command: 'seek' },
      { type: 'tandem:command', command: 'seek', time: '12' },
      { type: 'tandem:command', command: 'seek', time: -1 },
      { type: 'tandem:command', command: 'seek', time: Number.NaN },
      { type: 'tandem:command', command: 'seek', time: Number.POSITIVE_INFINITY },
      { type: 'TANDEM:COMMAND', command: 'play' },
    ];
    for (const data of refused) expect(parseEmbedCommand(data)).toBeNull();
  });

  it('keeps nothing from the message but the command and the time', () => {
    const command = parseEmbedCommand({
      type: 'tandem:command',
      command: 'seek',
      time: 3,
      then: 'alert(1)',
    });
    expect(command).toEqual({ type: 'tandem:command', command: 'seek', time: 3 });
  });

  it('property: any value at all is one of the three commands or null, and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            type: fc.oneof(fc.constant('tandem:command'), fc.string()),
            command: fc.oneof(fc.constantFrom('play', 'pause', 'seek'), fc.string()),
            time: fc.oneof(fc.double(), fc.string(), fc.constant(undefined)),
          }),
        ),
        (data) => {
          const command = parseEmbedCommand(data);
          if (command === null) return;
          expect(['play', 'pause', 'seek']).toContain(command.command);
          expect(Object.keys(command).sort()).toEqual(
            command.command === 'seek' ? ['command', 'time', 'type'] : ['command', 'type'],
          );
          if (command.command === 'seek') {
            expect(Number.isFinite(command.time) && command.time >= 0).toBe(true);
          }
        },
      ),
    );
  });
});

describe('embed addresses and code', () => {
  it('?embed=1 asks for the compact player; 0, false or nothing do not', () => {
    expect(isEmbedSearch('?embed=1')).toBe(true);
    expect(isEmbedSearch('?feed=x&embed=1')).toBe(true);
    expect(isEmbedSearch('?embed=0')).toBe(false);
    expect(isEmbedSearch('?embed=false')).toBe(false);
    expect(isEmbedSearch('')).toBe(false);
  });

  it('an origin named in the address is kept only when it is an http(s) origin', () => {
    expect(embedOptions('')).toBeUndefined();
    expect(embedOptions('?embed=1')).toEqual({});
    expect(embedOptions('?embed=1&origin=https%3A%2F%2Fpodcast.example')).toEqual({
      origin: 'https://podcast.example',
    });
    expect(embedOptions('?embed=1&origin=https%3A%2F%2Fpodcast.example%2F')).toEqual({
      origin: 'https://podcast.example',
    });
    for (const bad of ['javascript:alert(1)', 'https://a.example/page', 'null', '*', 'file:///x']) {
      expect(embedOptions(`?embed=1&origin=${encodeURIComponent(bad)}`)).toEqual({});
    }
  });

  it('the compact player keeps the episode and drops the page: time, language', () => {
    const page =
      'https://tandem.example/?audio=https%3A%2F%2Fa.example%2Fx.mp3&t=90&lang=de#t=1:30';
    expect(embedAddress(page)).toBe(
      'https://tandem.example/?audio=https%3A%2F%2Fa.example%2Fx.mp3&embed=1',
    );
    expect(embedAddress(page, 757)).toBe(
      'https://tandem.example/?audio=https%3A%2F%2Fa.example%2Fx.mp3&embed=1#t=12:37',
    );
    expect(embedAddress('https://tandem.example/')).toBe('https://tandem.example/?embed=1');
  });

  it('"Open in Tandem" is the full page for the same episode, at the time given', () => {
    expect(fullPageAddress('https://tandem.example/?feed=f&episode=e&embed=1#t=5', 61)).toBe(
      'https://tandem.example/?feed=f&episode=e#t=1:01',
    );
    expect(fullPageAddress('https://tandem.example/?embed=1')).toBe('https://tandem.example/');
  });

  it('the iframe code escapes the title and the address, so a title cannot open a tag', () => {
    const code = embedCode({
      href: 'https://tandem.example/?feed=a%22b',
      title: 'Tandem: "Q&A" <script>',
      time: 5,
    });
    expect(code).toBe(
      '<iframe src="https://tandem.example/?feed=a%22b&amp;embed=1#t=0:05" ' +
        'title="Tandem: &quot;Q&amp;A&quot; &lt;script&gt;" width="100%" height="420" ' +
        'style="border: 0; max-width: 48rem" allow="autoplay; clipboard-write" loading="lazy"></iframe>',
    );
    fc.assert(
      fc.property(fc.string(), (title) => {
        const html = embedCode({ href: 'https://tandem.example/', title });
        // Exactly one tag opens and one closes, whatever the title holds.
        expect(html.match(/</g)).toHaveLength(2);
        expect(html.match(/"/g)).toHaveLength(14);
      }),
    );
  });

  it('events carry the time to the millisecond, and the line when given', () => {
    expect(embedEvent('timeupdate', 12.34567)).toEqual({
      type: 'tandem:event',
      event: 'timeupdate',
      time: 12.346,
    });
    expect(embedEvent('cuechange', 4, 2)).toEqual({
      type: 'tandem:event',
      event: 'cuechange',
      time: 4,
      cueIndex: 2,
    });
  });
});
