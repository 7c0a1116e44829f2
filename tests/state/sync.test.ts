import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTandem } from '../../src/state/store';
import { connectPlayer } from '../../src/state/sync';
import { createFakePlayer } from '../helpers/fake-media';
import { resetStore } from '../helpers/store';

const setup = () => createFakePlayer(30);

const cue = (start: number) => ({ start, end: Number.NaN, text: `line at ${start}` });

describe('connectPlayer', () => {
  beforeEach(resetStore);

  it('writes the cue index to the store only when it changes, not every frame', async () => {
    const { media, clock, player } = setup();
    useTandem.getState().setTranscript({ cues: [cue(0), cue(5), cue(10)] });
    connectPlayer(player);
    const writes = vi.fn();
    const unsubscribe = useTandem.subscribe((s, prev) => {
      if (s.currentIndex !== prev.currentIndex) writes(s.currentIndex);
    });
    await player.play();
    for (let t = 0; t < 12; t += 1 / 60) {
      media.currentTime = t;
      clock.runFrame();
    }
    unsubscribe();
    expect(writes.mock.calls).toEqual([[1], [2]]);
    expect(useTandem.getState().currentIndex).toBe(2);
  });

  it('while playing, marks a line in the frame nearest its start, not a frame late', async () => {
    const { media, clock, player } = setup();
    useTandem.getState().setTranscript({ cues: [cue(0), cue(5)] });
    connectPlayer(player);
    await player.play();
    media.currentTime = 4.995;
    clock.runFrame(1000);
    expect(useTandem.getState().currentIndex).toBe(1);
    // Paused, the line is the one at the exact time.
    player.pause();
    player.seek(4.995);
    expect(useTandem.getState().currentIndex).toBe(0);
  });

  it('highlights the right line as soon as a transcript arrives after the audio', () => {
    const { media, player } = setup();
    media.currentTime = 7;
    connectPlayer(player);
    expect(useTandem.getState().currentIndex).toBe(-1);
    useTandem.getState().setTranscript({ cues: [cue(0), cue(5), cue(10)] });
    expect(useTandem.getState().currentIndex).toBe(1);
  });

  it('mirrors the playback state and lets go of the player when disconnected', async () => {
    const { media, player } = setup();
    const disconnect = connectPlayer(player);
    expect(useTandem.getState().player).toBe(player);
    media.loadMetadata(29.5);
    await player.play();
    expect(useTandem.getState().playback).toMatchObject({
      isPlaying: true,
      canPlay: true,
      duration: 29.5,
    });
    disconnect();
    expect(useTandem.getState().player).toBeNull();
  });

  it.each([
    ['a line', 10, 2],
    ['a timed word inside a line', 7.5, 1],
  ])('"play from" %s seeks there, plays, and follows again', (_what, time, index) => {
    const { media, player } = setup();
    useTandem.getState().setTranscript({ cues: [cue(0), cue(5), cue(10)] });
    connectPlayer(player);
    useTandem.getState().setFollowing(false);
    useTandem.getState().playFrom(time);
    expect(media.currentTime).toBe(time);
    expect(media.play).toHaveBeenCalled();
    expect(useTandem.getState()).toMatchObject({ isFollowing: true, currentIndex: index });
  });
});
