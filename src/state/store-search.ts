/**
 * The store's search over the transcript: its index (built on the first query, not at load: most
 * visits never search), the trail a query typed further narrows, and the search actions.
 */
import type { StoreApi } from 'zustand';
import {
  createSearchIndex,
  searchTranscript,
  type SearchIndex,
  type SearchTrail,
} from '../core/search';
import type { Transcript } from '../core/transcript';
import type { SearchState, TandemActions, TandemStore } from './store';

export const noSearch: SearchState = { query: '', matches: [], isCapped: false, active: -1 };

type SearchActions = Pick<
  TandemActions,
  'prepareSearch' | 'setSearchQuery' | 'stepMatch' | 'clearSearch'
>;

/** The search actions of one store, and how its transcript's ready-made index is kept. */
export function createSearch(
  set: StoreApi<TandemStore>['setState'],
  get: StoreApi<TandemStore>['getState'],
): { actions: SearchActions; keepIndex(transcript: Transcript, index: SearchIndex): void } {
  let indexFor: { transcript: Transcript; index: SearchIndex } | null = null;
  const indexOf = (transcript: Transcript): SearchIndex => {
    if (indexFor?.transcript !== transcript) {
      indexFor = { transcript, index: createSearchIndex(transcript.cues) };
    }
    return indexFor.index;
  };
  /** The last search's trail: a query typed further looks only where it matched. */
  let trail: SearchTrail | undefined;

  return {
    /** An index built with the transcript (in the reader's worker): no search builds it again. */
    keepIndex(transcript, index) {
      indexFor = { transcript, index };
    },
    actions: {
      prepareSearch: () => {
        const { baseTranscript } = get();
        if (baseTranscript) indexOf(baseTranscript);
      },
      setSearchQuery: (query) => {
        // The index is of the words, which an offset does not change.
        const { baseTranscript } = get();
        if (!baseTranscript || query.trim() === '') {
          set({ search: { ...noSearch, query } });
          return;
        }
        // A query with more matches than the cap keeps those around the current line: what the
        // listener is near.
        const { currentIndex } = get();
        const found = searchTranscript(
          indexOf(baseTranscript),
          query,
          undefined,
          trail,
          Math.max(0, currentIndex),
        );
        trail = found.trail;
        const { matches, isCapped } = found;
        // Start at the first match at or after the current line.
        const from = matches.findIndex((m) => m.cueIndex >= currentIndex);
        const active = matches.length === 0 ? -1 : Math.max(0, from);
        set({
          search: { query, matches, isCapped, active },
          isFollowing: matches.length === 0 && get().isFollowing,
        });
      },
      stepMatch: (direction) => {
        const { search } = get();
        if (search.matches.length === 0) return;
        const count = search.matches.length;
        const active = search.active < 0 ? 0 : (search.active + direction + count) % count;
        set({ search: { ...search, active }, isFollowing: false });
      },
      clearSearch: () => {
        set({ search: noSearch });
        get().setFollowing(true);
      },
    },
  };
}
