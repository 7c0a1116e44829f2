// How the bench and the A/B comparison time a page's first rows, the same way on every page.

/** What the probe logs once a page's own rows are on screen. */
export const ROWS_SHOWN = 'bench:rows-shown';

/**
 * Runs in the page before its scripts (addInitScript). Notes the first animation frame in which a
 * transcript line is on screen (the page's first screen or its list: `__firstRowsAt`) and the
 * first in which the list's own rows are, usable (`__appRowsAt`); then logs ROWS_SHOWN. The
 * harness waits for that log line rather than polling the page, which would take the page's
 * thread while it starts.
 */
export function firstRowsProbe(rowsShown) {
  const note = (selector, key, then) =>
    new MutationObserver((_, observer) => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        window[key] ??= performance.now();
        then?.();
      });
    }).observe(document, { childList: true, subtree: true });
  note('[data-cue-index], [data-first-screen-line]', '__firstRowsAt');
  note('[data-cue-index]', '__appRowsAt', () => console.debug(rowsShown));
}

/**
 * Waits for the probe and returns [first rows, the app's rows] in ms from navigation. Called once
 * the navigation has returned, by when a fast page may have logged already: that is asked once.
 */
export async function waitForRows(page, timeout) {
  const logged = page.waitForEvent('console', {
    predicate: (m) => m.text() === ROWS_SHOWN,
    timeout,
  });
  if (await page.evaluate(() => window.__appRowsAt !== undefined)) logged.catch(() => undefined);
  else await logged;
  return page.evaluate(() => [window.__firstRowsAt, window.__appRowsAt]);
}
