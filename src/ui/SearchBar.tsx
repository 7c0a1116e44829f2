import { useEffect, useRef, type KeyboardEvent } from 'react';
import { ariaKeyShortcuts } from '../shortcuts';
import { useTandem } from '../state/store';
import { TranscriptDownload } from './TranscriptDownload';

/** "Search transcript": finds lines in the data, rendered or not, and steps through matches. */
export function SearchBar() {
  const search = useTandem((s) => s.search);
  const setSearchQuery = useTandem((s) => s.setSearchQuery);
  const stepMatch = useTandem((s) => s.stepMatch);
  const prepareSearch = useTandem((s) => s.prepareSearch);
  const focusRequest = useTandem((s) => s.searchFocusRequest);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    stepMatch(event.shiftKey ? -1 : 1);
  };

  const count = search.matches.length;
  const status =
    search.query.trim() === ''
      ? ''
      : count === 0
        ? 'No matches'
        : `${search.active + 1} of ${count.toLocaleString('en')}${search.isCapped ? '+' : ''}`;

  return (
    <div className="search-bar" role="search">
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        aria-label="Search transcript"
        aria-keyshortcuts={ariaKeyShortcuts('search')}
        placeholder="Search transcript"
        value={search.query}
        onChange={(event) => setSearchQuery(event.target.value)}
        onKeyDown={onKeyDown}
        // The index is built once, when the listener comes to search, not on every visit.
        onFocus={prepareSearch}
        autoComplete="off"
        spellCheck={false}
      />
      <span className="search-status" role="status" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label="Previous match"
        disabled={count === 0}
        onClick={() => stepMatch(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Next match"
        disabled={count === 0}
        onClick={() => stepMatch(1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <TranscriptDownload />
    </div>
  );
}
