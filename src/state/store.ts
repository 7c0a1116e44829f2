/**
 * The app's state, in one zustand store. Only what changes at human speed lives here: the
 * current cue *index*, not the current time (which moves every frame and goes through refs).
 * The UI sends requests (play, seek, step a line) as actions; the player carries them out.
 */
import { create } from 'zustand';
import { chapterIndexAt, chapterStepTarget, type Chapter } from '../core/chapters/chapter';
import type { EpisodeMeta } from '../core/episode';
import type { EpisodeFile } from '../core/offline';
import type { TimeTarget } from '../core/fragment';
import { createCueIndex, cueIndexAt, type CueIndex } from '../core/locate';
import type { SearchIndex, SearchMatch } from '../core/search';
import { normalizeOffset, shiftTranscript } from '../core/offset';
import type { Transcript } from '../core/transcript';
import type { PlaybackState, Player } from '../media/player';
import { readSavedOffset, saveOffset } from './offset';
import { createSearch, noSearch } from './store-search';
import { onStorageTrouble } from './storage';

/** A search in progress: the query, its matches, and which one is shown (-1: none yet). */
export interface SearchState {
  query: string;
  matches: SearchMatch[];
  isCapped: boolean;
  active: number;
}

/** A waveform computed from the audio: how far along (null when not computing), and why not. */
export interface WaveformStatus {
  progress: number | null;
  /** Why there is no waveform from the audio, in plain words; null when there is nothing to say. */
  note: string | null;
}

/** A short message that goes away by itself ("Link copied"). */
export interface Notice {
  id: number;
  text: string;
}

export interface TandemState {
  /** Reloads the page into the new version of the app that is ready; null when there is none. */
  applyUpdate: (() => void) | null;
  episode: EpisodeMeta | null;
  /** The files on the web the episode is made of (what "Keep for offline" stores). */
  episodeFiles: readonly EpisodeFile[];
  /** The transcript as heard: its file's times shifted by `transcriptOffset`. */
  transcript: Transcript | null;
  /** The transcript as its file has it (no offset). */
  baseTranscript: Transcript | null;
  /** Seconds the transcript is shifted against the audio (+30: a line stamped 1:00 plays at 1:30). */
  transcriptOffset: number;
  /** The offset the audio suggests, while it is offered; null when there is none to offer. */
  offsetSuggestion: number | null;
  /**
   * Checking the transcript against the audio: running; it fits at the offset in use; or the
   * audio gave no clear answer (null: not checked, e.g. its bytes cannot be read).
   */
  offsetCheck: 'running' | 'fits' | 'unclear' | null;
  /** The episode's chapters in time order (hidden ones included), in audio time. */
  chapters: Chapter[];
  /** Index in `chapters` of the one playing, -1 before the first. */
  currentChapter: number;
  /** A transcript still downloading and being read: bytes so far and in all (0 if unknown). */
  transcriptLoad: { loaded: number; total: number } | null;
  cueIndex: CueIndex | null;
  playback: PlaybackState;
  /** Index of the cue being spoken, -1 before the first. */
  currentIndex: number;
  /** The transcript keeps the current line in view; false once the listener scrolls away. */
  isFollowing: boolean;
  /** The transcript list has rendered its first rows. */
  hasRenderedRows: boolean;
  /** Messages the user must see: which file, where, what went wrong. */
  errors: string[];
  waveform: WaveformStatus;
  notice: Notice | null;
  player: Player | null;
  /** The line being repeated (an A–B loop over that cue), or null. */
  repeatIndex: number | null;
  search: SearchState;
  /**
   * The transcript line that holds the keyboard tab stop (-1: the current line), and a counter
   * that asks the list to move DOM focus there.
   */
  focusIndex: number;
  focusRequest: number;
  /** Incremented to ask the search box to take focus. */
  searchFocusRequest: number;
  isHelpOpen: boolean;
  isOpenDialogOpen: boolean;
  /** Where playback resumed from a saved position, while that notice shows. */
  resumedAt: number | null;
  /** A range opened from a link (#t=12:37,13:05): playback stops at its end. */
  range: TimeTarget | null;
  /** The range has played to its end: "Play range again" is offered. */
  isRangeDone: boolean;
}

export interface TandemActions {
  /** Shows the episode's metadata; `files` are the files it is made of, once known. */
  setEpisode(episode: EpisodeMeta, files?: readonly EpisodeFile[]): void;
  /** Shows a transcript (a preview of the first lines, or the whole), with its search index. */
  setTranscript(transcript: Transcript, searchIndex?: SearchIndex): void;
  setTranscriptLoad(load: { loaded: number; total: number } | null): void;
  /** Shifts the transcript against the audio (seconds, tenths kept) and remembers it. */
  setTranscriptOffset(seconds: number): void;
  setOffsetSuggestion(seconds: number | null): void;
  setOffsetCheck(check: TandemState['offsetCheck']): void;
  setChapters(chapters: Chapter[]): void;
  /** Follows playback to the chapter at `time`. */
  updateChapter(time: number): void;
  /** Plays from the previous (-1) or next (+1) visible chapter. */
  stepChapter(direction: -1 | 1): void;
  setPlayer(player: Player | null): void;
  setPlayback(playback: PlaybackState): void;
  setCurrentIndex(index: number): void;
  setFollowing(isFollowing: boolean): void;
  toggleFollow(): void;
  markRowsRendered(): void;
  addError(message: string): void;
  setWaveformStatus(patch: Partial<WaveformStatus>): void;
  showNotice(text: string): void;
  /** A new version of the app is ready: `apply` reloads the page into it (null: none). */
  setUpdate(apply: (() => void) | null): void;
  dismissNotice(id: number): void;
  togglePlay(): void;
  seek(time: number): void;
  skip(delta: number): void;
  /** Jumps to a fraction (0–1) of the episode. */
  jumpToFraction(fraction: number): void;
  /** Plays from the previous (-1) or next (+1) line's start. */
  stepLine(direction: -1 | 1): void;
  /**
   * "Play from here", the one way for every such request (a line, a timed word, a range): seeks,
   * plays, and follows again from there.
   */
  playFrom(time: number): void;
  toggleRepeat(): void;
  setRepeatIndex(index: number | null): void;
  /** Builds the search index ahead of the first keystroke (the search box got focus). */
  prepareSearch(): void;
  setSearchQuery(query: string): void;
  /** Shows the next (+1) or previous (-1) match, wrapping around. */
  stepMatch(direction: -1 | 1): void;
  clearSearch(): void;
  focusSearch(): void;
  /** Moves keyboard focus to a transcript line, scrolling it into view. */
  focusLine(index: number): void;
  setHelpOpen(isOpen: boolean): void;
  setOpenDialogOpen(isOpen: boolean): void;
  /** Esc: close a dialog, else clear the search, else go back to the current line. */
  escape(): void;
  copyLinkToNow(): Promise<void>;
  copyLineLink(index: number): Promise<void>;
  copyLineQuote(index: number): Promise<void>;
  /** Copies a link to the start of chapter `index` (in `chapters`). */
  copyChapterLink(index: number): Promise<void>;
  /** Shares lines first–last as a range link with the selected words as the quote. */
  shareSelection(first: number, last: number, text: string): Promise<void>;
  setRange(range: TimeTarget | null): void;
  /** The range reached its end while playing. */
  finishRange(): void;
  playRange(): void;
  setResumedAt(time: number | null): void;
  /** Forgets the episode on screen before another opens (the player goes with its panel). */
  resetEpisode(): void;
}

export type TandemStore = TandemState & TandemActions;

const initialPlayback: PlaybackState = {
  isPlaying: false,
  canPlay: false,
  duration: 0,
  error: null,
  isWaveformDrawn: false,
  isWaitingForNetwork: false,
  hasEnded: false,
};

/** The state a fresh page starts with; tests reset to it between cases. */
export const initialState: TandemState = {
  applyUpdate: null,
  episode: null,
  episodeFiles: [],
  transcript: null,
  baseTranscript: null,
  transcriptOffset: 0,
  offsetSuggestion: null,
  offsetCheck: null,
  chapters: [],
  currentChapter: -1,
  transcriptLoad: null,
  cueIndex: null,
  playback: initialPlayback,
  currentIndex: -1,
  isFollowing: true,
  hasRenderedRows: false,
  errors: [],
  waveform: { progress: null, note: null },
  notice: null,
  player: null,
  repeatIndex: null,
  search: noSearch,
  focusIndex: -1,
  focusRequest: 0,
  searchFocusRequest: 0,
  isHelpOpen: false,
  isOpenDialogOpen: false,
  resumedAt: null,
  range: null,
  isRangeDone: false,
};

let nextNoticeId = 1;

const shareActions = (get: () => TandemStore): Promise<import('./share').ShareActions> =>
  import('./share').then(({ createShareActions }) => createShareActions(get));

export const useTandem = create<TandemStore>()((set, get) => {
  const search = createSearch(set, get);
  return {
    ...initialState,
    ...search.actions,
    setEpisode: (episode, files) => {
      // Each episode has its own offset; its metadata arrives before its transcript.
      if (episode.id !== get().episode?.id) {
        set({
          transcriptOffset: readSavedOffset(episode.id),
          offsetSuggestion: null,
          offsetCheck: null,
        });
      }
      set(files ? { episode, episodeFiles: files } : { episode });
    },
    setTranscript: (baseTranscript, searchIndex) => {
      if (searchIndex) search.keepIndex(baseTranscript, searchIndex);
      const { query } = get().search;
      const transcript = shiftTranscript(baseTranscript, get().transcriptOffset);
      const cueIndex = createCueIndex(transcript.cues);
      set({
        baseTranscript,
        transcript,
        cueIndex,
        // The line at the player's time (the start, before there is a player) is marked from the
        // first rows on, so marking it later does not move the rows below.
        currentIndex: cueIndexAt(cueIndex, get().player?.currentTime() ?? 0),
        search: noSearch,
      });
      // A query typed over the first lines goes on over the whole transcript.
      if (query !== '') get().setSearchQuery(query);
    },
    setTranscriptLoad: (transcriptLoad) => set({ transcriptLoad }),
    setTranscriptOffset: (seconds) => {
      const transcriptOffset = normalizeOffset(seconds);
      const { baseTranscript, episode } = get();
      if (transcriptOffset === get().transcriptOffset) return;
      if (episode) saveOffset(episode.id, transcriptOffset);
      if (!baseTranscript) return set({ transcriptOffset });
      // The current line is found again by the player's sync; search matches keep their lines.
      const transcript = shiftTranscript(baseTranscript, transcriptOffset);
      set({ transcriptOffset, transcript, cueIndex: createCueIndex(transcript.cues) });
    },
    setOffsetSuggestion: (offsetSuggestion) => set({ offsetSuggestion }),
    setOffsetCheck: (offsetCheck) => set({ offsetCheck }),
    setChapters: (chapters) => {
      set({ chapters, currentChapter: -1 });
      const { player } = get();
      if (player) get().updateChapter(player.currentTime());
    },
    updateChapter: (time) => {
      const currentChapter = chapterIndexAt(get().chapters, time);
      if (currentChapter !== get().currentChapter) set({ currentChapter });
    },
    stepChapter: (direction) => {
      const { player, chapters } = get();
      if (!player) return;
      const target = chapterStepTarget(chapters, player.currentTime(), direction);
      if (target !== undefined) get().playFrom(target);
    },
    setPlayer: (player) => set({ player }),
    setPlayback: (playback) => set({ playback }),
    setCurrentIndex: (currentIndex) => {
      if (currentIndex !== get().currentIndex) set({ currentIndex });
    },
    setFollowing: (isFollowing) =>
      set(isFollowing ? { isFollowing, focusIndex: -1 } : { isFollowing }),
    toggleFollow: () => get().setFollowing(!get().isFollowing),
    markRowsRendered: () => {
      if (!get().hasRenderedRows) set({ hasRenderedRows: true });
    },
    addError: (message) =>
      set((s) => ({ errors: s.errors.includes(message) ? s.errors : [...s.errors, message] })),
    setWaveformStatus: (patch) => {
      const waveform = { ...get().waveform, ...patch };
      const { progress, note } = get().waveform;
      if (waveform.progress !== progress || waveform.note !== note) set({ waveform });
    },
    showNotice: (text) => set({ notice: { id: nextNoticeId++, text } }),
    setUpdate: (applyUpdate) => set({ applyUpdate }),
    dismissNotice: (id) => {
      if (get().notice?.id === id) set({ notice: null });
    },
    togglePlay: () => void get().player?.togglePlay(),
    seek: (time) => get().player?.seek(time),
    skip: (delta) => get().player?.skip(delta),
    jumpToFraction: (fraction) => {
      const { player, playback } = get();
      if (player && playback.duration > 0) player.seek(fraction * playback.duration);
    },
    stepLine: (direction) => {
      const { player, transcript, cueIndex } = get();
      if (!player || !transcript || !cueIndex) return;
      const now = cueIndexAt(cueIndex, player.currentTime());
      const cue = transcript.cues[now];
      // "Previous" a few seconds into a line restarts it, as in every media player.
      const target =
        direction < 0 && cue && player.currentTime() - cue.start > 2 ? now : now + direction;
      const clamped = Math.min(transcript.cues.length - 1, Math.max(0, target));
      set({ isFollowing: true });
      player.seek((transcript.cues[clamped] as { start: number }).start);
    },
    playFrom: (time) => {
      const { player } = get();
      if (!player) return;
      set({ isFollowing: true, focusIndex: -1 });
      player.seek(time);
      void player.play();
    },
    toggleRepeat: () => {
      const { repeatIndex, currentIndex } = get();
      set({ repeatIndex: repeatIndex === null ? Math.max(0, currentIndex) : null });
    },
    setRepeatIndex: (repeatIndex) => set({ repeatIndex }),
    focusSearch: () => set((s) => ({ searchFocusRequest: s.searchFocusRequest + 1 })),
    focusLine: (index) => {
      const count = get().transcript?.cues.length ?? 0;
      if (count === 0) return;
      set((s) => ({
        focusIndex: Math.min(count - 1, Math.max(0, index)),
        focusRequest: s.focusRequest + 1,
        isFollowing: false,
      }));
    },
    setHelpOpen: (isHelpOpen) => set({ isHelpOpen }),
    setOpenDialogOpen: (isOpenDialogOpen) => set({ isOpenDialogOpen }),
    escape: () => {
      const { isHelpOpen, isOpenDialogOpen, search } = get();
      if (isHelpOpen || isOpenDialogOpen) set({ isHelpOpen: false, isOpenDialogOpen: false });
      else if (search.query !== '') get().clearSearch();
      else get().setFollowing(true);
    },
    // Sharing's code (the quote format, the share sheet) loads on the first share.
    copyLinkToNow: async () => (await shareActions(get)).copyLinkToNow(),
    copyLineLink: async (index) => (await shareActions(get)).copyLineLink(index),
    copyLineQuote: async (index) => (await shareActions(get)).copyLineQuote(index),
    copyChapterLink: async (index) => (await shareActions(get)).copyChapterLink(index),
    shareSelection: async (first, last, text) =>
      (await shareActions(get)).shareSelection(first, last, text),
    setRange: (range) => set({ range, isRangeDone: false }),
    finishRange: () => set({ isRangeDone: true }),
    playRange: () => {
      const { range } = get();
      if (!range) return;
      set({ isRangeDone: false });
      get().playFrom(range.start);
    },
    setResumedAt: (resumedAt) => set({ resumedAt }),
    resetEpisode: () => {
      // The player, and a new version waiting, outlive the episode.
      const { player: _player, playback: _playback, applyUpdate: _update, ...fresh } = initialState;
      set(fresh);
    },
  };
});

// Storage that will not work is said once, as a notice; the page goes on without it.
onStorageTrouble((message) => useTandem.getState().showNotice(message));
