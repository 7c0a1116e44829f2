/**
 * The app's state, in one zustand store. Only what changes at human speed lives here: the
 * current cue *index*, not the current time (which moves every frame and goes through refs).
 */
import { create } from 'zustand';
import { createCueIndex, type CueIndex } from '../core/locate';
import type { EpisodeMeta } from '../core/episode';
import type { Transcript } from '../core/transcript';
import type { PlaybackState, Player } from '../media/player';

export interface TandemState {
  episode: EpisodeMeta | null;
  transcript: Transcript | null;
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
  player: Player | null;
}

export interface TandemActions {
  setEpisode(episode: EpisodeMeta): void;
  setTranscript(transcript: Transcript): void;
  setPlayer(player: Player | null): void;
  setPlayback(playback: PlaybackState): void;
  setCurrentIndex(index: number): void;
  setFollowing(isFollowing: boolean): void;
  markRowsRendered(): void;
  addError(message: string): void;
  togglePlay(): void;
  seek(time: number): void;
  /** Seeks to a cue's start, starts playing and follows again: what a click on a line does. */
  playFromCue(index: number): void;
}

export type TandemStore = TandemState & TandemActions;

const initialPlayback: PlaybackState = {
  isPlaying: false,
  canPlay: false,
  duration: 0,
  error: null,
  isWaveformDrawn: false,
};

/** The state a fresh page starts with; tests reset to it between cases. */
export const initialState: TandemState = {
  episode: null,
  transcript: null,
  cueIndex: null,
  playback: initialPlayback,
  currentIndex: -1,
  isFollowing: true,
  hasRenderedRows: false,
  errors: [],
  player: null,
};

export const useTandem = create<TandemStore>()((set, get) => ({
  ...initialState,
  setEpisode: (episode) => set({ episode }),
  setTranscript: (transcript) =>
    set({ transcript, cueIndex: createCueIndex(transcript.cues), currentIndex: -1 }),
  setPlayer: (player) => set({ player }),
  setPlayback: (playback) => set({ playback }),
  setCurrentIndex: (currentIndex) => {
    if (currentIndex !== get().currentIndex) set({ currentIndex });
  },
  setFollowing: (isFollowing) => set({ isFollowing }),
  markRowsRendered: () => {
    if (!get().hasRenderedRows) set({ hasRenderedRows: true });
  },
  addError: (message) =>
    set((s) => ({ errors: s.errors.includes(message) ? s.errors : [...s.errors, message] })),
  togglePlay: () => void get().player?.togglePlay(),
  seek: (time) => get().player?.seek(time),
  playFromCue: (index) => {
    const { player, transcript } = get();
    const cue = transcript?.cues[index];
    if (!player || !cue) return;
    set({ isFollowing: true });
    player.seek(cue.start);
    void player.play();
  },
}));
