import { expect, test, type Page } from './fixtures';

const CUES = 100_000;
const WORDS = 'the transcript of a very long hearing goes on and on with many more words'.split(
  ' ',
);

/**
 * A 100,000-cue WebVTT whose lines vary from a few words to several wrapped lines; the first holds
 * character references, read in the worker that reads a file this long.
 */
function longVtt(): string {
  const parts = ['WEBVTT', ''];
  const stamp = (ms: number) => new Date(ms).toISOString().slice(11, 23);
  for (let i = 0; i < CUES; i++) {
    const length = (i * 7919) % 97 < 10 ? 60 + (i % 40) : 3 + (i % 13);
    const words =
      i === 0
        ? 'Q&amp;A at the caf&eacute;'
        : Array.from({ length }, (_, k) => WORDS[(i + k) % WORDS.length]).join(' ');
    parts.push(`${stamp(i * 108)} --> ${stamp(i * 108 + 100)}`, `Cue ${i + 1}. ${words}`, '');
  }
  return parts.join('\n');
}

async function openLong(page: Page): Promise<void> {
  const body = longVtt();
  await page.route('https://media.example/**', (route) =>
    route.fulfill({
      status: 200,
      body,
      contentType: 'text/vtt',
      headers: { 'access-control-allow-origin': '*' },
    }),
  );
  await page.goto('/?transcript=https://media.example/long.vtt');
  await expect(page.getByRole('list', { name: `${CUES.toLocaleString('en')} lines` })).toBeVisible({
    timeout: 20_000,
  });
}

/** The row's top relative to the scroller's, once it has stopped moving between two frames. */
async function settledOffset(page: Page, index: number): Promise<number> {
  const read = () =>
    page.evaluate((i) => {
      const row = document.querySelector(`[data-cue-index="${i}"]`);
      const scroller = document.querySelector('.transcript-scroller') as HTMLElement;
      if (!row) return null;
      const box = row.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      return { top: box.top - view.top, bottom: box.bottom - view.top, height: view.height };
    }, index);
  let previous = await read();
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(100);
    const next = await read();
    if (next && previous && next.top === previous.top) {
      // Centred: the row's middle within a row's height of the viewport's middle.
      const middle = (next.top + next.bottom) / 2;
      expect(Math.abs(middle - next.height / 2)).toBeLessThan(next.bottom - next.top);
      return next.top;
    }
    previous = next;
  }
  throw new Error(`row ${index} never settled in view`);
}

test('a 100,000-line transcript keeps under a hundred rows in the DOM and jumps exactly', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openLong(page);
  expect(await page.locator('[data-cue-index]').count()).toBeLessThan(100);
  await expect(page.locator('[data-cue-index="0"] .cue-text')).toHaveText('Cue 1. Q&A at the café');

  // A search hit far down, over rows never measured, lands centred and stays there.
  await page.getByRole('searchbox', { name: 'Search transcript' }).fill('cue 97531.');
  await expect(page.locator('.search-status')).toHaveText(/1 of 1/);
  const top = await settledOffset(page, 97_530);
  await page.waitForTimeout(500);
  expect(await settledOffset(page, 97_530)).toBe(top);
  expect(await page.locator('[data-cue-index]').count()).toBeLessThan(100);

  // And back near the top, then to the very last line from the keyboard.
  await page.getByRole('searchbox', { name: 'Search transcript' }).fill('cue 12.');
  await expect(page.locator('.search-status')).toHaveText(/1 of 1/);
  await settledOffset(page, 11);
  await page.keyboard.press('Escape');
  await page.locator('[data-cue-index="11"] .cue-time').focus();
  await page.keyboard.press('End');
  await expect(page.locator(`[data-cue-index="${CUES - 1}"] .cue-time`)).toBeFocused();
  const last = await page.locator(`[data-cue-index="${CUES - 1}"]`).boundingBox();
  const scroller = await page.locator('.transcript-scroller').boundingBox();
  expect(last && scroller && last.y + last.height <= scroller.y + scroller.height + 1).toBe(true);
});
