import { beforeEach, describe, expect, it } from 'vitest';
import { readSavedPosition, rememberPosition } from '../../src/state/resume';
import { startEpisodeAt } from '../../src/state/start-position';
import { useTandem } from '../../src/state/store';
import { createFakePlayer } from '../helpers/fake-media';
import { MemoryStorage, resetStore } from '../helpers/store';

const setup = () => createFakePlayer(2989.9);

const saved = (time: number) => JSON.stringify({ time, savedAt: 1 });

describe('saving the position', () => {
  beforeEach(() => localStorage.clear());

  it('saves every few seconds while playing, not every frame, and on pause', async () => {
    const { media, clock, player } = setup();
    let now = 0;
    const storage = new MemoryStorage();
    rememberPosition(player, 'ep', storage, () => now);
    await player.play();
    storage.writes = 0;
    // Ten seconds of frames.
    for (let frame = 1; frame <= 600; frame++) {
      now = frame * (1000 / 60);
      media.currentTime = frame / 60;
      clock.runFrame();
    }
    expect(storage.writes).toBe(2);
    player.pause();
    expect(readSavedPosition('ep', 2989.9, storage)).toBe(10);
  });

  it('saves when the page is hidden or closed', () => {
    const { media, player } = setup();
    rememberPosition(player, 'ep');
    media.currentTime = 321;
    window.dispatchEvent(new Event('pagehide'));
    expect(readSavedPosition('ep', 2989.9)).toBe(321);
  });

  it.each([
    [saved(1390), 1390],
    [saved(3), null],
    [saved(2987), null],
    ['{"time":"x"}', null],
    ['not json', null],
    [null, null],
  ])('reads %j as %j', (value, expected) => {
    if (value !== null) localStorage.setItem('tandem:position:ep', value);
    expect(readSavedPosition('ep', 2989.9)).toBe(expected);
  });
});

describe('startEpisodeAt', () => {
  beforeEach(() => {
    localStorage.clear();
    resetStore();
  });

  it('resumes where the listener left off and says so', () => {
    localStorage.setItem('tandem:position:ep', saved(1390));
    const { media, player } = setup();
    startEpisodeAt(player, 'ep', { hash: '', search: '' });
    expect(media.currentTime).toBe(1390);
    expect(useTandem.getState().resumedAt).toBe(1390);
  });

  it('a time in the address wins over the saved position', () => {
    localStorage.setItem('tandem:position:ep', saved(1390));
    const { media, player } = setup();
    startEpisodeAt(player, 'ep', { hash: '#t=12:37', search: '' });
    expect(media.currentTime).toBe(757);
    expect(useTandem.getState().resumedAt).toBeNull();
  });

  it('ignores a bad or too late time with a quiet notice', () => {
    const { media, player } = setup();
    startEpisodeAt(player, 'ep', { hash: '#t=abc', search: '' });
    expect(media.currentTime).toBe(0);
    expect(useTandem.getState().notice?.text).toBe(
      'Ignored "t=abc" in the address: expected a time like #t=12:37 or ?t=757.',
    );
    startEpisodeAt(player, 'ep', { hash: '', search: '?t=3h' });
    expect(useTandem.getState().notice?.text).toBe(
      "The link's time 3:00:00 is past the end (49:49); starting at 0:00.",
    );
  });

  it('without peaks, waits for the media to tell its length before checking a link', () => {
    const { media, player } = createFakePlayer(0);
    startEpisodeAt(player, 'ep', { hash: '#t=0:45', search: '' });
    expect(useTandem.getState().notice).toBeNull();
    expect(media.currentTime).toBe(0);
    media.loadMetadata(300);
    expect(media.currentTime).toBe(45);
    expect(useTandem.getState().notice).toBeNull();
    // Later metadata events do not start it over.
    media.currentTime = 90;
    media.loadMetadata(300);
    expect(media.currentTime).toBe(90);
  });

  it('without peaks, resumes once the length is known, and ?t= waits too', () => {
    localStorage.setItem('tandem:position:ep', saved(200));
    const first = createFakePlayer(0);
    startEpisodeAt(first.player, 'ep', { hash: '', search: '' });
    first.media.loadMetadata(300);
    expect(first.media.currentTime).toBe(200);
    const second = createFakePlayer(0);
    startEpisodeAt(second.player, 'other', { hash: '', search: '?t=2m' });
    second.media.loadMetadata(300);
    expect(second.media.currentTime).toBe(120);
  });

  it('a live stream (no length) opens at the link time', () => {
    const { media, player } = createFakePlayer(0);
    startEpisodeAt(player, 'live', { hash: '#t=30', search: '' });
    media.loadMetadata(Number.POSITIVE_INFINITY);
    expect(media.currentTime).toBe(30);
  });

  it('seeks when the time in the address changes in an open page, and follows again', () => {
    const { media, player } = setup();
    const disconnect = startEpisodeAt(player, 'ep', { hash: '', search: '' });
    useTandem.getState().setFollowing(false);
    window.location.hash = '#t=1:40';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(media.currentTime).toBe(100);
    expect(useTandem.getState().isFollowing).toBe(true);
    disconnect();
    window.location.hash = '#t=2:00';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(media.currentTime).toBe(100);
    window.location.hash = '';
  });
});
