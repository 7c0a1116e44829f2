import { act } from '@testing-library/react';
import { createPlayer, type Player } from '../../src/media/player';
import { useTandem } from '../../src/state/store';
import { connectPlayer } from '../../src/state/sync';
import { createFakeWaveform, createFrameClock, FakeMedia } from './fake-media';

/** A player on a fake media element, connected to the store, with a transcript of `lines`. */
export function connectFakePlayer(lines: string[] = [], duration = 2989.9) {
  const media = new FakeMedia();
  const clock = createFrameClock();
  const player: Player = createPlayer({
    media: media.asMedia(),
    container: document.createElement('div'),
    url: 'a.mp3',
    peaks: [[0, 0]],
    duration,
    fileLabel: 'a.mp3',
    createWaveform: createFakeWaveform().create,
    requestFrame: clock.requestFrame,
    cancelFrame: clock.cancelFrame,
  });
  act(() => {
    if (lines.length > 0) {
      useTandem.getState().setTranscript({
        cues: lines.map((text, i) => ({ start: i * 4, end: (i + 1) * 4, text })),
      });
    }
    connectPlayer(player);
    media.loadMetadata(duration);
  });
  return { media, clock, player };
}
