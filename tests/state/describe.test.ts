import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/core/messages';
import { describeNoWaveform } from '../../src/state/describe';

describe('messages', () => {
  it('reads the text of anything thrown', () => {
    expect(messageOf(new Error('boom'))).toBe('boom');
    expect(messageOf('plain')).toBe('plain');
  });

  it.each([
    [
      { reason: 'unreadable' } as const,
      true,
      true,
      'No waveform for ep.mp3: its server lets other sites play the file but not read it. The seek bar is drawn from the transcript instead.',
    ],
    [
      { reason: 'unreadable' } as const,
      false,
      false,
      'No waveform for ep.mp3: the file could not be read (the connection failed). Playback still works.',
    ],
    [
      { reason: 'slow', waitedSeconds: 3 } as const,
      false,
      true,
      'No waveform for ep.mp3: its server did not start sending it within 3 seconds (it may serve one request at a time). The seek bar is drawn from the transcript instead.',
    ],
    [
      { reason: 'status', status: '403 Forbidden' } as const,
      true,
      true,
      'No waveform for ep.mp3: its server answered 403 Forbidden. The seek bar is drawn from the transcript instead.',
    ],
  ])(
    'says why there is no waveform in plain words: %j',
    (problem, isCrossSite, hasTranscript, text) => {
      expect(describeNoWaveform('ep.mp3', problem, { isCrossSite, hasTranscript })).toBe(text);
    },
  );
});
