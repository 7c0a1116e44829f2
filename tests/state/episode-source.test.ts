import { describe, expect, it } from 'vitest';
import {
  checkUrl,
  DEMO_EPISODE_URL,
  nameOfUrl,
  sortFiles,
  sourceFromSearch,
} from '../../src/state/episode-source';

const origin = 'http://localhost:3000';

describe('sourceFromSearch', () => {
  it.each([
    ['', { kind: 'folder', url: DEMO_EPISODE_URL }],
    ['?t=12', { kind: 'folder', url: DEMO_EPISODE_URL }],
    ['?episode=episodes/long', { kind: 'folder', url: 'http://localhost:3000/episodes/long/' }],
    [
      '?audio=https%3A%2F%2Fcdn.example%2Fep.mp3&transcript=%2Ffiles%2Fep.vtt',
      {
        kind: 'urls',
        audioUrl: 'https://cdn.example/ep.mp3',
        transcriptUrl: 'http://localhost:3000/files/ep.vtt',
      },
    ],
    [
      '?transcript=https://x.example/t.srt',
      { kind: 'urls', transcriptUrl: 'https://x.example/t.srt' },
    ],
    [
      '?audio=https://x.example/a.mp3&peaks=https://x.example/a.peaks.json',
      {
        kind: 'urls',
        audioUrl: 'https://x.example/a.mp3',
        peaksUrl: 'https://x.example/a.peaks.json',
      },
    ],
  ])('%j opens %j', (search, source) => {
    expect(sourceFromSearch(search, origin)).toEqual({ source, errors: [] });
  });

  it('refuses other schemes with a message, and other sites for folders', () => {
    expect(
      sourceFromSearch('?audio=javascript:alert(1)&transcript=https://x.example/t.vtt', origin),
    ).toEqual({
      source: { kind: 'urls', transcriptUrl: 'https://x.example/t.vtt' },
      errors: [
        'The audio address "javascript:alert(1)" is refused: only http, https or this site\'s own addresses can be opened.',
      ],
    });
    expect(sourceFromSearch('?audio=file:///etc/passwd', origin).errors).toHaveLength(1);
    expect(sourceFromSearch('?episode=https://evil.example/x/', origin)).toEqual({
      source: { kind: 'folder', url: DEMO_EPISODE_URL },
      errors: [
        'The episode folder "https://evil.example/x/" is refused: only folders on this site can be opened.',
      ],
    });
  });
});

describe('checkUrl', () => {
  it('accepts http, https and same-origin; refuses data:, blob:, file:', () => {
    expect(checkUrl('http://a.example/x.mp3', origin)).toEqual({ url: 'http://a.example/x.mp3' });
    expect(checkUrl('x.mp3', origin)).toEqual({ url: 'http://localhost:3000/x.mp3' });
    for (const bad of [
      'data:audio/mp3;base64,AAAA',
      'blob:http://a/1',
      'file:///x.mp3',
      'ftp://a/x',
    ]) {
      expect(checkUrl(bad, origin)).toHaveProperty('error');
    }
  });
});

describe('sortFiles', () => {
  it('tells audio, transcripts and peaks apart by type and name', () => {
    const audio = new File(['x'], 'episode.MP3');
    const typed = new File(['x'], 'recording', { type: 'audio/ogg' });
    const vtt = new File(['x'], 'episode.vtt');
    const peaks = new File(['x'], 'episode.peaks.json');
    expect(sortFiles([vtt, audio, peaks])).toEqual({ audio, transcript: vtt, peaks });
    expect(sortFiles([typed])).toEqual({ audio: typed });
  });
});

describe('nameOfUrl', () => {
  it('is the last path segment, decoded', () => {
    expect(nameOfUrl('https://a.example/pods/My%20Show.mp3?x=1')).toBe('My Show.mp3');
    expect(nameOfUrl('not a url')).toBe('not a url');
  });
});
