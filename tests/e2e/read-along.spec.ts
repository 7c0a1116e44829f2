import { expect, test } from './fixtures';
import {
  currentRowIndex,
  demo,
  demoCueAt,
  mediaTime,
  nextCueStartAfter,
  openApp,
  seekMedia,
  waitForReady,
} from './helpers';

test('search finds lines that are not rendered, scrolls to them and marks the words', async ({
  page,
}) => {
  await openApp(page);
  const expected = demo.cues.filter((cue) => /rust/i.test(cue.text)).length;
  expect(expected).toBeGreaterThan(2);
  const lastIndex = demo.cues.findLastIndex((cue) => /rust/i.test(cue.text));
  await expect(page.locator(`[data-cue-index="${lastIndex}"]`)).toHaveCount(0);

  const box = page.getByRole('searchbox', { name: 'Search transcript' });
  await box.fill('RUST');
  const status = page.locator('.search-status');
  await expect(status).toHaveText(new RegExp(`^1 of \\d+$`));
  await box.press('Shift+Enter');
  const row = page.locator(`[data-cue-index="${lastIndex}"]`);
  await expect(row).toBeInViewport();
  await expect(row.locator('mark.is-active')).toHaveText(/rust/i);
  // Following waits while searching, even when playing: across a real change of line.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const playingFrom = await mediaTime(page);
  const nextLineAt = nextCueStartAfter(playingFrom);
  await expect.poll(() => mediaTime(page), { timeout: 15_000 }).toBeGreaterThan(nextLineAt + 0.1);
  await expect(row).toBeInViewport();
  await box.press('Escape');
  await expect(page.locator('mark')).toHaveCount(0);
  await expect(page.locator('[aria-current="true"]')).toBeInViewport();
});

test('repeat line loops the current line until turned off', async ({ page }) => {
  await openApp(page);
  const index = demoCueAt(46.5);
  const cue = demo.cues[index] as { start: number; end: number };
  await seekMedia(page, cue.end - 1.2);
  await page.getByRole('button', { name: 'Repeat line' }).click();
  // Count each time playback falls back from the line's end to its start.
  await page.evaluate((start) => {
    const audio = document.querySelector('audio') as HTMLAudioElement;
    const probe = window as unknown as { __loops: number };
    probe.__loops = 0;
    let last = audio.currentTime;
    audio.addEventListener('timeupdate', () => {
      if (audio.currentTime < last - 0.5 && Math.abs(audio.currentTime - start) < 0.5)
        probe.__loops++;
      last = audio.currentTime;
    });
    audio.addEventListener('seeked', () => {
      if (audio.currentTime < last - 0.5 && Math.abs(audio.currentTime - start) < 0.5)
        probe.__loops++;
      last = audio.currentTime;
    });
  }, cue.start);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const loops = () => page.evaluate(() => (window as unknown as { __loops: number }).__loops);
  await expect.poll(loops, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
  // Past the end it went back: still in the same line.
  const time = await mediaTime(page);
  expect(time).toBeGreaterThanOrEqual(cue.start);
  expect(time).toBeLessThan(cue.end);
  expect(await currentRowIndex(page)).toBe(index);
  await page.getByRole('button', { name: 'Repeat line' }).click();
  await seekMedia(page, cue.end - 0.5);
  await expect.poll(() => currentRowIndex(page), { timeout: 5000 }).toBe(index + 1);
});

test('the position is saved and resumed after a reload, with a way to start over', async ({
  page,
}) => {
  await openApp(page);
  await seekMedia(page, 1390);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(400);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const left = await mediaTime(page);
  await page.reload();
  await waitForReady(page);
  await expect(page.getByText(/^Resumed at 23:1\d —/)).toBeVisible();
  await expect.poll(() => mediaTime(page)).toBeCloseTo(left, 1);
  await expect(page.locator('[aria-current="true"]')).toBeInViewport();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect.poll(() => mediaTime(page)).toBe(0);
  await expect(page.getByText(/Resumed at/)).toBeHidden();
});

test('a time in the address wins over the saved position', async ({ page }) => {
  await openApp(page);
  await seekMedia(page, 1390);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.goto('/?t=2m');
  await waitForReady(page);
  await expect.poll(() => mediaTime(page)).toBe(120);
  await expect(page.getByText(/Resumed at/)).toHaveCount(0);
});

test('speed and volume are remembered across visits', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('1.5');
  await page.getByRole('button', { name: 'Mute' }).click();
  await page.reload();
  await waitForReady(page);
  await expect(page.getByRole('combobox', { name: 'Playback speed' })).toHaveValue('1.5');
  await expect(page.getByRole('button', { name: 'Unmute' })).toBeVisible();
  expect(
    await page.evaluate(() => [
      document.querySelector('audio')?.playbackRate,
      document.querySelector('audio')?.muted,
    ]),
  ).toEqual([1.5, true]);
});

test('the operating system media controls know the episode and the position', async ({ page }) => {
  await openApp(page);
  await seekMedia(page, 60);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const session = await page.evaluate(() => ({
    title: navigator.mediaSession.metadata?.title,
    artist: navigator.mediaSession.metadata?.artist,
    artwork: navigator.mediaSession.metadata?.artwork[0]?.src,
    state: navigator.mediaSession.playbackState,
  }));
  expect(session).toEqual({
    title: 'Flask web framework and much, much more',
    artist: 'Talk Python to Me',
    artwork: expect.stringMatching(/\/artwork-512\.png$/),
    state: 'playing',
  });
  const artwork = await page.request.get('/artwork-512.png');
  expect(artwork.headers()['content-type']).toBe('image/png');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test("the current line's text keeps the row's width; its link and quote buttons sit below", async ({
    page,
  }) => {
    await openApp(page);
    const row = page.locator('[aria-current="true"]');
    await expect(row.getByRole('button', { name: 'Copy quote' })).toBeVisible();
    const [rowBox, textBox, actionsBox] = await Promise.all([
      row.boundingBox(),
      row.locator('.cue-text').boundingBox(),
      row.locator('.cue-actions').boundingBox(),
    ]);
    if (!rowBox || !textBox || !actionsBox) throw new Error('the current line is not laid out');
    // Everything but the time column is text.
    expect(textBox.width / rowBox.width).toBeGreaterThan(0.7);
    expect(actionsBox.y).toBeGreaterThanOrEqual(textBox.y + textBox.height - 1);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('every control is on screen, nothing scrolls sideways, touch targets are 44 px', async ({
    page,
  }, testInfo) => {
    await openApp(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const controls = page.locator(
      '.player button:visible, .player select:visible, .topbar button:visible, .topbar select:visible, .search-bar input',
    );
    const expectAllReachable = async (atLeast: number): Promise<void> => {
      const count = await controls.count();
      expect(count).toBeGreaterThan(atLeast);
      for (let i = 0; i < count; i++) {
        const control = controls.nth(i);
        await expect(control).toBeInViewport();
        const box = await control.boundingBox();
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
        expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
      }
    };
    // The page's tools fit one line: the ones used less often are behind "More tools".
    await expect(page.getByRole('button', { name: 'Keep for offline' })).toBeVisible();
    const tools = await page.getByRole('group', { name: 'Page tools' }).boundingBox();
    expect(tools?.height ?? 0).toBeLessThan(50);
    await expect(page.getByRole('button', { name: 'Embed' })).toBeHidden();
    await expectAllReachable(10);
    const more = page.getByRole('button', { name: 'More tools' });
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['Embed', 'Dark theme', 'Keyboard shortcuts', 'Offline episodes']) {
      await expect(page.getByRole('button', { name })).toBeVisible();
    }
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await expectAllReachable(15);
    await more.click();
    // The transcript fills the rest of the screen.
    const transcript = await page.getByRole('region', { name: 'Transcript' }).boundingBox();
    expect((transcript?.height ?? 0) / 812).toBeGreaterThan(0.45);
    await page.locator('[data-cue-index="3"] .cue-text').tap();
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    await testInfo.attach('phone-layout-375x812', {
      body: await page.screenshot(),
      contentType: 'image/png',
    });
  });
});
