import { expect, test } from './fixtures';
import { currentRowIndex, demo, demoCueAt, mediaTime, openApp, seekMedia } from './helpers';

test('while playing, the highlighted line matches the audio clock', async ({ page }) => {
  await openApp(page);
  await seekMedia(page, 40);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  // Play at 2x to cross several cue boundaries quickly.
  await page.evaluate(() => {
    (document.querySelector('audio') as HTMLAudioElement).playbackRate = 2;
  });
  const seen = new Set<number>();
  for (let sample = 0; sample < 20; sample++) {
    await page.waitForTimeout(250);
    // Read the clock and the highlight in the same frame.
    const { time, index } = await page.evaluate(
      () =>
        new Promise<{ time: number; index: number }>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve({
                time: (document.querySelector('audio') as HTMLAudioElement).currentTime,
                index: Number(
                  document.querySelector('[aria-current="true"]')?.getAttribute('data-cue-index'),
                ),
              }),
            ),
          ),
        ),
    );
    // The highlight looks a frame ahead (1/30 s of audio at 2x) and may trail the clock by at
    // most one frame (1/30 s at 2x).
    expect([demoCueAt(time + 1 / 30), demoCueAt(time), demoCueAt(time - 1 / 30)]).toContain(index);
    seen.add(index);
  }
  expect(seen.size).toBeGreaterThanOrEqual(2);
  const readout = await page.getByLabel('Elapsed time and duration').textContent();
  expect(readout).toMatch(/^0:(4\d|5\d) \/ 49:49$/);
});

test('clicking a line seeks to its start and plays', async ({ page }) => {
  await openApp(page);
  const row = page.locator('[data-cue-index="5"]');
  await row.getByText(demo.cues[5]?.text as string).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  expect(await mediaTime(page)).toBeGreaterThanOrEqual(demo.cues[5]?.start as number);
  expect(await mediaTime(page)).toBeLessThan((demo.cues[5]?.start as number) + 1.5);
  await expect(row).toHaveAttribute('aria-current', 'true');
});

test('the seek slider moves with arrow keys, and a click on the waveform seeks there', async ({
  page,
}) => {
  await openApp(page);
  const slider = page.getByRole('slider', { name: 'Seek' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(10, 1);
  await expect(slider).toHaveAttribute('aria-valuenow', '10');
  await expect(slider).toHaveAttribute('aria-valuetext', '0:10 of 49:49');
  expect(await currentRowIndex(page)).toBe(demoCueAt(10));

  const box = await slider.boundingBox();
  if (!box) throw new Error('slider has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(2989.9 / 2 - 30);
  expect(await mediaTime(page)).toBeLessThan(2989.9 / 2 + 30);
  await expect.poll(() => currentRowIndex(page)).toBe(demoCueAt(await mediaTime(page)));
  // The highlighted line far down the list was scrolled into view.
  await expect(page.locator('[aria-current="true"]')).toBeInViewport();
});

test('Space plays and pauses; a focused button keeps Space for itself', async ({ page }) => {
  await openApp(page);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.keyboard.press('k');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Play', exact: true }).focus();
  await page.keyboard.press('Space');
  // One toggle, from the button itself, not two.
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
});
