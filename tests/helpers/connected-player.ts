import { act } from '@testing-library/react';
import { useTandem } from '../../src/state/store';
import { connectPlayer } from '../../src/state/sync';
import { createFakePlayer } from './fake-media';

/**
 * A player on a fake media element, connected to the store, with a transcript of `lines`;
 * its metadata loaded (playable) unless `isLoaded` is false.
 */
export function connectFakePlayer(lines: string[] = [], duration = 2989.9, isLoaded = true) {
  const { media, clock, player } = createFakePlayer(duration);
  act(() => {
    if (lines.length > 0) {
      useTandem.getState().setTranscript({
        cues: lines.map((text, i) => ({ start: i * 4, end: (i + 1) * 4, text })),
      });
    }
    connectPlayer(player);
    if (isLoaded) media.loadMetadata(duration);
  });
  return { media, clock, player };
}
