import { beforeEach, describe, expect, it } from 'vitest';
import { useTandem } from '../../src/state/store';
import { connectPlayer } from '../../src/state/sync';
import { appStorage } from '../../src/state/storage';
import { createFakePlayer } from '../helpers/fake-media';
import { resetStore } from '../helpers/store';

const meta = (id: string) => ({ id, title: id, show: 'Show', audio: 'a.mp3', transcript: 't.txt' });
const cues = [0, 10, 20, 30, 40].map((start) => ({ start, end: start + 10, text: `at ${start}` }));
const chapters = [
  { start: 0, title: 'Intro' },
  { start: 15, title: 'Silent', isHidden: true },
  { start: 25, title: 'Middle' },
  { start: 35, title: 'End' },
];

function playerAt(time: number) {
  const { media, clock, player } = createFakePlayer(60);
  connectPlayer(player);
  media.loadMetadata(60);
  const seekTo = (t: number): void => {
    media.currentTime = t;
    media.emit('seeked');
    media.emit('timeupdate');
    clock.runFrame();
  };
  seekTo(time);
  return { media, player, seekTo };
}

describe('the transcript offset in the store', () => {
  beforeEach(() => {
    resetStore();
    window.localStorage.clear();
  });

  it('shifts every line, keeps the file’s own times, and moves the highlight', () => {
    const { setEpisode, setTranscript, setTranscriptOffset } = useTandem.getState();
    setEpisode(meta('ep-1'));
    setTranscript({ cues });
    const { seekTo } = playerAt(22);
    expect(useTandem.getState().currentIndex).toBe(2);
    setTranscriptOffset(5);
    expect(useTandem.getState().transcript?.cues.map((c) => c.start)).toEqual([5, 15, 25, 35, 45]);
    expect(useTandem.getState().baseTranscript?.cues[0]?.start).toBe(0);
    expect(useTandem.getState().currentIndex).toBe(1);
    seekTo(26);
    expect(useTandem.getState().currentIndex).toBe(2);
  });

  it('is remembered per episode and applies to a transcript that arrives later', () => {
    const state = useTandem.getState();
    state.setEpisode(meta('ep-1'));
    state.setTranscriptOffset(-2.36);
    expect(useTandem.getState().transcriptOffset).toBe(-2.4);
    expect(appStorage.getItem('tandem:offset:ep-1')).toBe('-2.4');
    resetStore();
    useTandem.getState().setEpisode(meta('ep-2'));
    expect(useTandem.getState().transcriptOffset).toBe(0);
    resetStore();
    useTandem.getState().setEpisode(meta('ep-1'));
    useTandem.getState().setTranscript({ cues });
    expect(useTandem.getState().transcript?.cues[1]?.start).toBeCloseTo(7.6);
    useTandem.getState().setTranscriptOffset(0);
    expect(appStorage.getItem('tandem:offset:ep-1')).toBeNull();
  });

  it('search results keep their lines when the offset changes', () => {
    const state = useTandem.getState();
    state.setEpisode(meta('ep-1'));
    state.setTranscript({ cues });
    state.setSearchQuery('at 30');
    state.setTranscriptOffset(3);
    expect(useTandem.getState().search.matches.map((m) => m.cueIndex)).toEqual([3]);
  });
});

describe('chapters in the store', () => {
  beforeEach(resetStore);

  it('follows playback to the current chapter, hidden ones included', () => {
    useTandem.getState().setChapters(chapters);
    const { seekTo } = playerAt(16);
    expect(useTandem.getState().currentChapter).toBe(1);
    seekTo(36);
    expect(useTandem.getState().currentChapter).toBe(3);
  });

  it('steps to the previous and next listed chapter, skipping hidden ones', () => {
    useTandem.getState().setChapters(chapters);
    const { media } = playerAt(5);
    useTandem.getState().stepChapter(1);
    expect(media.currentTime).toBe(25);
    expect(media.play).toHaveBeenCalled();
    media.currentTime = 30;
    useTandem.getState().stepChapter(-1);
    // More than 3 s into "Middle": back to its own start.
    expect(media.currentTime).toBe(25);
    media.currentTime = 26;
    useTandem.getState().stepChapter(-1);
    expect(media.currentTime).toBe(0);
  });
});
