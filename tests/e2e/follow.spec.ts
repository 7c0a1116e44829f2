import { expect, test, type Page } from './fixtures';
import { currentRowIndex, mediaTime, nextCueStartAfter, openApp, seekMedia } from './helpers';

async function startPlayingAt(page: Page, time: number): Promise<void> {
  await seekMedia(page, time);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
}

test('scrolling away pauses following; "Back to current line" brings it back', async ({ page }) => {
  await openApp(page);
  await startPlayingAt(page, 600);
  await expect(page.locator('[aria-current="true"]')).toBeInViewport();

  const scroller = page.locator('.transcript-scroller');
  await scroller.hover();
  await page.mouse.wheel(0, 6000);
  const back = page.getByRole('button', { name: 'Back to current line' });
  await expect(back).toBeVisible();
  await expect(page.locator('[aria-current="true"]')).not.toBeInViewport();

  // Playing on does not drag the list back while the listener reads elsewhere: not even when
  // the next line begins.
  const readingAt = await scroller.evaluate((element) => element.scrollTop);
  const nextLineAt = nextCueStartAfter(await mediaTime(page));
  await expect.poll(() => mediaTime(page), { timeout: 15_000 }).toBeGreaterThan(nextLineAt + 0.1);
  expect(await scroller.evaluate((element) => element.scrollTop)).toBe(readingAt);
  await expect(page.locator('[aria-current="true"]')).toHaveCount(0);

  await back.click();
  await expect(back).toBeHidden();
  await expect(page.locator('[aria-current="true"]')).toBeInViewport();
});

test('Esc also returns to the current line', async ({ page }) => {
  await openApp(page);
  await startPlayingAt(page, 1200);
  await page.locator('.transcript-scroller').hover();
  await page.mouse.wheel(0, -8000);
  await expect(page.getByRole('button', { name: 'Back to current line' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Back to current line' })).toBeHidden();
  await expect(page.locator('[aria-current="true"]')).toBeInViewport();
});

test('following keeps the current line in view across cue changes, with reduced motion too', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  await startPlayingAt(page, 300);
  const first = await currentRowIndex(page);
  await expect.poll(() => currentRowIndex(page), { timeout: 15_000 }).toBeGreaterThan(first);
  await expect(page.locator('[aria-current="true"]')).toBeInViewport();
});
