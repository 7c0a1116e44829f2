import { type KeyboardEvent, memo, Suspense, useEffect, useRef } from 'react';
import { ariaKeyShortcuts } from '../shortcuts';
import { useTandem } from '../state/store';
import { useT } from '../i18n/react';
import { lazyWithMessages } from './lazy-with-messages';

// The download menu is not needed for the first paint: it arrives just after, in its own chunk.
const TranscriptDownload = lazyWithMessages(() =>
  import('./TranscriptDownload').then((m) => m.TranscriptDownload),
);

/** "Search transcript": finds lines in the data, rendered or not, and steps through matches. */
export const SearchBar = memo(function SearchBar() {
  const search = useTandem((s) => s.search);
  const setSearchQuery = useTandem((s) => s.setSearchQuery);
  const stepMatch = useTandem((s) => s.stepMatch);
  const prepareSearch = useTandem((s) => s.prepareSearch);
  const focusRequest = useTandem((s) => s.searchFocusRequest);
  const inputRef = useRef<HTMLInputElement>(null);
  const t = useT();

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
  const status = ((): string => {
    if (search.query.trim() === '') return '';
    if (count === 0) return t('search.none');
    // Past the cap, which match this is among those kept says nothing: only "more than".
    if (search.isCapped) return t('search.many', { count });
    return t('search.position', { position: search.active + 1, count });
  })();

  return (
    <div className="search-bar" role="search">
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        dir="auto"
        aria-label={t('search.label')}
        aria-keyshortcuts={ariaKeyShortcuts('search')}
        placeholder={t('search.label')}
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
        aria-label={t('search.previous')}
        disabled={count === 0}
        onClick={() => stepMatch(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('search.next')}
        disabled={count === 0}
        onClick={() => stepMatch(1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      {/* Its place is kept while it loads, so the search bar does not shift when it arrives. */}
      <Suspense fallback={<span className="download-menu-place" aria-hidden="true" />}>
        <TranscriptDownload />
      </Suspense>
    </div>
  );
});
