/**
 * Wires the player to the store: playback state, the current cue index and chapter per frame,
 * repeat.
 */
import { chapterIndexAt } from '../core/chapters/chapter';
import { cueIndexAt, nextCueChangeAt } from '../core/locate';
import type { Player } from '../media/player';
import { useTandem } from './store';

// A crossing of an end by less than this is playback running on, not a seek.
const RUN_ON_SECONDS = 1;

/** Playback ran on past `end` from inside the span (rather than the listener seeking there). */
const ranPast = (time: number, end: number, wasInside: boolean): boolean =>
  wasInside && time >= end && time - end < RUN_ON_SECONDS;

/**
 * On every time tick, finds the current cue by binary search and writes it to the store only
 * when it changes, so React hears about a cue change, never about a frame. While playing it
 * looks a frame ahead, so a line is on screen within a frame after its start. While a line is
 * repeated, reaching its end goes back to its start; going elsewhere repeats that line instead.
 * A range opened from a link pauses at its end.
 */
export function connectPlayer(player: Player, store = useTandem): () => void {
  const { setPlayer, setPlayback, setCurrentIndex, setRepeatIndex } = store.getState();
  setPlayer(player);
  setPlayback(player.getState());
  let wasInsideRepeat = false;
  let wasInsideRange = false;

  /** A range from a link stops playback at its end, when playback ran into it from inside. */
  const stopAtRangeEnd = (time: number): void => {
    const { range, isRangeDone, finishRange } = store.getState();
    if (!range || range.end === undefined || isRangeDone) {
      wasInsideRange = false;
      return;
    }
    const isInside = time >= range.start && time < range.end;
    if (ranPast(time, range.end, wasInsideRange)) {
      player.pause();
      finishRange();
    }
    wasInsideRange = isInside;
  };

  /** True when the tick was consumed by looping back. */
  const repeat = (time: number): boolean => {
    const { repeatIndex, transcript, cueIndex } = store.getState();
    const cue = repeatIndex === null ? undefined : transcript?.cues[repeatIndex];
    if (!cue || !cueIndex) {
      wasInsideRepeat = false;
      return false;
    }
    const isInside = time >= cue.start && time < cue.end;
    if (ranPast(time, cue.end, wasInsideRepeat)) {
      player.seek(cue.start);
      // At the very end of the audio the media has stopped by itself: keep the loop going.
      if (!player.getState().isPlaying) void player.play();
      return true;
    }
    if (!isInside) setRepeatIndex(Math.max(0, cueIndexAt(cueIndex, time)));
    wasInsideRepeat = isInside || store.getState().repeatIndex !== repeatIndex;
    return false;
  };

  const update = (time: number): void => {
    store.getState().updateChapter(time);
    const { cueIndex, currentIndex } = store.getState();
    if (!cueIndex || repeat(time)) return;
    stopAtRangeEnd(time);
    const next = cueIndexAt(cueIndex, time + player.displayLead());
    if (next !== currentIndex) setCurrentIndex(next);
  };
  /** When anything this shows or does next changes: a line, a chapter, a range's or loop's end. */
  const nextChange = (time: number): number => {
    const { cueIndex, chapters, range, repeatIndex, transcript } = store.getState();
    let next = cueIndex ? nextCueChangeAt(cueIndex, time) : Number.POSITIVE_INFINITY;
    const chapter = chapters[chapterIndexAt(chapters, time) + 1];
    if (chapter) next = Math.min(next, chapter.start);
    if (range?.end !== undefined && range.end > time) next = Math.min(next, range.end);
    const repeated = repeatIndex === null ? undefined : transcript?.cues[repeatIndex];
    if (repeated && repeated.end > time) next = Math.min(next, repeated.end);
    return next;
  };
  const offTime = player.onTime(update, {
    nextChange,
    // Hidden, nothing needs drawing; but a range still stops at its end, a loop still loops.
    isNeededWhileHidden: () => {
      const { range, repeatIndex } = store.getState();
      return repeatIndex !== null || range?.end !== undefined;
    },
  });
  const offState = player.onState(setPlayback);
  const offStore = store.subscribe((state, previous) => {
    // A transcript that arrives after the audio still needs a first highlight.
    if (state.cueIndex !== previous.cueIndex) update(player.currentTime());
    if (state.repeatIndex !== previous.repeatIndex && previous.repeatIndex === null) {
      wasInsideRepeat = true;
    }
  });
  update(player.currentTime());
  return () => {
    offTime();
    offState();
    offStore();
    if (store.getState().player === player) setPlayer(null);
  };
}
