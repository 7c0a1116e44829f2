import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTandem } from '../../src/state/store';
import { connectPlayer } from '../../src/state/sync';
import { createFakePlayer } from '../helpers/fake-media';
import { resetStore } from '../helpers/store';

const lines = [
  'Flask is small.',
  'Werkzeug and Jinja.',
  'Flask blueprints',
  'Naïve café talk',
  'flask again',
];

function setup(): ReturnType<typeof createFakePlayer> {
  const { media, clock, player } = createFakePlayer(50);
  useTandem.getState().setTranscript({
    cues: lines.map((text, i) => ({ start: i * 10, end: (i + 1) * 10, text })),
  });
  connectPlayer(player);
  return { media, clock, player };
}

describe('store actions', () => {
  beforeEach(resetStore);

  it('steps to the next and previous line; "previous" a few seconds in restarts the line', () => {
    const { media } = setup();
    media.currentTime = 12;
    useTandem.getState().stepLine(1);
    expect(media.currentTime).toBe(20);
    media.currentTime = 25;
    useTandem.getState().stepLine(-1);
    expect(media.currentTime).toBe(20);
    media.currentTime = 21;
    useTandem.getState().stepLine(-1);
    expect(media.currentTime).toBe(10);
    media.currentTime = 1;
    useTandem.getState().stepLine(-1);
    expect(media.currentTime).toBe(0);
    media.currentTime = 45;
    useTandem.getState().stepLine(1);
    expect(media.currentTime).toBe(40);
  });

  it('skips and jumps to a fraction of the episode', () => {
    const { media } = setup();
    useTandem.getState().skip(10);
    expect(media.currentTime).toBe(10);
    useTandem.getState().skip(-30);
    expect(media.currentTime).toBe(0);
    useTandem.getState().setPlayback({ ...useTandem.getState().playback, duration: 50 });
    useTandem.getState().jumpToFraction(0.7);
    expect(media.currentTime).toBe(35);
  });

  it('searches from the current line, steps through matches and wraps', () => {
    const { media } = setup();
    media.currentTime = 25;
    media.emit('seeked');
    useTandem.getState().setSearchQuery('FLASK');
    expect(useTandem.getState().search).toMatchObject({
      matches: [
        { cueIndex: 0, occurrence: 0 },
        { cueIndex: 2, occurrence: 0 },
        { cueIndex: 4, occurrence: 0 },
      ],
      active: 1,
    });
    expect(useTandem.getState().isFollowing).toBe(false);
    useTandem.getState().stepMatch(1);
    expect(useTandem.getState().search.active).toBe(2);
    useTandem.getState().stepMatch(1);
    expect(useTandem.getState().search.active).toBe(0);
    useTandem.getState().stepMatch(-1);
    expect(useTandem.getState().search.active).toBe(2);
  });

  it('a search with more matches than the cap keeps those near the listener, late in a long episode', () => {
    const { media, player } = createFakePlayer(60_000);
    // 12,000 lines of "flask flask": 24,000 matches, more than the 1,000 kept.
    useTandem.getState().setTranscript({
      cues: Array.from({ length: 12_000 }, (_, i) => ({
        start: i * 5,
        end: (i + 1) * 5,
        text: 'flask flask',
      })),
    });
    connectPlayer(player);
    media.currentTime = 50_000;
    media.emit('seeked');
    expect(useTandem.getState().currentIndex).toBe(10_000);
    useTandem.getState().setSearchQuery('flask');
    const { matches, active, isCapped } = useTandem.getState().search;
    expect(isCapped).toBe(true);
    expect(matches[active]).toEqual({ cueIndex: 10_000, occurrence: 0 });
    // "Previous" goes to the match just before the listener's line, not round to the last kept.
    useTandem.getState().stepMatch(-1);
    const { search } = useTandem.getState();
    expect(search.matches[search.active]).toEqual({ cueIndex: 9_999, occurrence: 1 });
  });

  it('a search with no match leaves following as it was', () => {
    setup();
    useTandem.getState().setSearchQuery('zebra');
    expect(useTandem.getState().search).toMatchObject({ matches: [], active: -1 });
    expect(useTandem.getState().isFollowing).toBe(true);
  });

  it('Esc closes the help first, then clears the search, then goes back to the current line', () => {
    setup();
    useTandem.getState().setSearchQuery('flask');
    useTandem.getState().setHelpOpen(true);
    useTandem.getState().escape();
    expect(useTandem.getState()).toMatchObject({ isHelpOpen: false, search: { query: 'flask' } });
    useTandem.getState().escape();
    expect(useTandem.getState()).toMatchObject({ search: { query: '' }, isFollowing: true });
    useTandem.getState().setFollowing(false);
    useTandem.getState().escape();
    expect(useTandem.getState().isFollowing).toBe(true);
  });

  it('moving focus to a line pauses following and remembers the line; following again forgets it', () => {
    setup();
    useTandem.getState().focusLine(99);
    expect(useTandem.getState()).toMatchObject({
      focusIndex: 4,
      isFollowing: false,
      focusRequest: 1,
    });
    useTandem.getState().focusLine(-3);
    expect(useTandem.getState().focusIndex).toBe(0);
    useTandem.getState().setFollowing(true);
    expect(useTandem.getState().focusIndex).toBe(-1);
  });

  it('copies a link to the current time, or shows it when the clipboard is refused', async () => {
    const { media } = setup();
    media.currentTime = 757.6;
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await useTandem.getState().copyLinkToNow();
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/#t=12:37');
    expect(useTandem.getState().notice?.text).toBe('Link to 12:37 copied');
    writeText.mockRejectedValueOnce(new Error('denied'));
    await useTandem.getState().copyLinkToNow();
    expect(useTandem.getState().notice?.text).toBe(
      'Copy this link: http://localhost:3000/#t=12:37',
    );
  });
});

describe('repeat line', () => {
  beforeEach(resetStore);

  it('loops the current line from its end back to its start until turned off', async () => {
    const { media, clock, player } = setup();
    player.seek(12);
    useTandem.getState().toggleRepeat();
    expect(useTandem.getState().repeatIndex).toBe(1);
    await player.play();
    for (const t of [15, 19.9, 20.02]) {
      media.currentTime = t;
      clock.runFrame();
    }
    expect(media.currentTime).toBe(10);
    expect(useTandem.getState().currentIndex).toBe(1);
    useTandem.getState().toggleRepeat();
    for (const t of [19.9, 20.02]) {
      media.currentTime = t;
      clock.runFrame();
    }
    expect(media.currentTime).toBe(20.02);
    expect(useTandem.getState().currentIndex).toBe(2);
  });

  it('a jump elsewhere repeats the line jumped to', async () => {
    const { media, clock, player } = setup();
    player.seek(12);
    useTandem.getState().toggleRepeat();
    await player.play();
    useTandem.getState().playFrom(30);
    expect(useTandem.getState().repeatIndex).toBe(3);
    media.currentTime = 39.95;
    clock.runFrame();
    media.currentTime = 40.01;
    clock.runFrame();
    expect(media.currentTime).toBe(30);
  });

  it('keeps looping the last line when the audio ends', async () => {
    const { media, player } = setup();
    player.seek(45);
    useTandem.getState().toggleRepeat();
    await player.play();
    media.play.mockClear();
    media.currentTime = 50;
    media.paused = true;
    media.emit('ended');
    expect(media.currentTime).toBe(40);
    expect(media.play).toHaveBeenCalled();
  });
});

describe('a linked range', () => {
  beforeEach(resetStore);

  it('pauses at the range end when playback runs into it, and can play again', async () => {
    const { media, clock, player } = setup();
    useTandem.getState().setRange({ start: 12, end: 27 });
    player.seek(12);
    await player.play();
    for (const t of [20, 26.99, 27.01]) {
      media.currentTime = t;
      clock.runFrame();
    }
    expect(media.pause).toHaveBeenCalled();
    expect(useTandem.getState().isRangeDone).toBe(true);
    useTandem.getState().playRange();
    expect(media.currentTime).toBe(12);
    expect(useTandem.getState().isRangeDone).toBe(false);
  });

  it('does not stop playback that started outside the range', async () => {
    const { media, clock, player } = setup();
    useTandem.getState().setRange({ start: 12, end: 27 });
    player.seek(30);
    await player.play();
    media.currentTime = 31;
    clock.runFrame();
    expect(media.pause).not.toHaveBeenCalled();
  });

  it('shares a selection as a range over exactly the selected lines, with its words', async () => {
    setup();
    useTandem.getState().setEpisode({
      id: 'ep',
      title: 'An episode',
      show: 'A show',
      audio: 'a.mp3',
      transcript: 't.txt',
    });
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await useTandem.getState().shareSelection(1, 2, 'and Jinja. Flask');
    expect(writeText).toHaveBeenCalledWith(
      '“and Jinja. Flask”\n— A show: “An episode” at 0:10–0:30\nhttp://localhost:3000/#t=0:10,0:30',
    );
    expect(useTandem.getState().notice?.text).toBe('Quote and link copied');
  });
});
