import { expect, test, type Page } from './fixtures';
import { formatClock } from '../../src/core/time';
import { currentRowIndex, demo, demoCueAt, mediaTime, waitForReady } from './helpers';

async function openAt(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForReady(page);
}

const isPlaying = (page: Page): Promise<boolean> =>
  page.evaluate(() => !(document.querySelector('audio') as HTMLAudioElement).paused);

for (const [path, start] of [
  ['/#t=757', 757],
  ['/#t=12:37', 757],
  ['/#t=npt:12:37.5', 757.5],
  ['/#t=12:37,13:05', 757],
  ['/#t=,0:20', 0],
  ['/?t=757', 757],
  ['/?t=12m37s', 757],
  ['/?t=0h12m37s', 757],
  ['/?utm_source=chat&t=757', 757],
] as const) {
  test(`${path} opens at ${start} s with its line current and in view, without playing`, async ({
    page,
  }) => {
    await openAt(page, path);
    await expect.poll(() => mediaTime(page)).toBeCloseTo(start, 3);
    await expect.poll(() => currentRowIndex(page)).toBe(Math.max(0, demoCueAt(start)));
    await expect(page.locator('[aria-current="true"]')).toBeInViewport();
    expect(await isPlaying(page)).toBe(false);
    await page.keyboard.press('Space');
    await expect.poll(() => isPlaying(page)).toBe(true);
    expect(await mediaTime(page)).toBeGreaterThanOrEqual(start);
    expect(await mediaTime(page)).toBeLessThan(start + 2);
  });
}

for (const [path, message] of [
  ['/#t=abc', 'Ignored "t=abc" in the address: expected a time like #t=12:37 or ?t=757.'],
  ['/#t=-1,3', 'Ignored "t=-1,3" in the address: expected a time like #t=12:37 or ?t=757.'],
  ['/#t=1:02:03.5', "The link's time 1:02:03 is past the end (49:49); starting at 0:00."],
  ['/?t=1h2m3s', "The link's time 1:02:03 is past the end (49:49); starting at 0:00."],
] as const) {
  test(`${path} is ignored with a quiet notice`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openAt(page, path);
    await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
    expect(await mediaTime(page)).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('a range plays from its start, stops at its end, marks its lines and offers to play again', async ({
  page,
}) => {
  await openAt(page, '/#t=0:46,0:55');
  await expect(page.getByText('Range 0:46–0:55')).toBeVisible();
  const inRange = demo.cues.flatMap((cue, i) => (cue.start < 55 && cue.end > 46 ? [i] : []));
  for (const index of inRange)
    await expect(page.locator(`[data-cue-index="${index}"]`)).toHaveClass(/in-range/);
  await expect(page.locator('.in-range')).toHaveCount(inRange.length);

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Play range again' })).toBeVisible({
    timeout: 15_000,
  });
  expect(await isPlaying(page)).toBe(false);
  const stoppedAt = await mediaTime(page);
  expect(stoppedAt).toBeGreaterThanOrEqual(55);
  expect(stoppedAt).toBeLessThan(55.25);

  await page.getByRole('button', { name: 'Play range again' }).click();
  await expect.poll(() => isPlaying(page)).toBe(true);
  expect(await mediaTime(page)).toBeLessThan(47);
  await page.getByRole('button', { name: 'Clear range' }).click();
  await expect(page.locator('.in-range')).toHaveCount(0);
});

test('changing the time in the address of an open page seeks there without a reload', async ({
  page,
}) => {
  await openAt(page, '/');
  await page.evaluate(() => {
    (window as { __sameDocument?: boolean }).__sameDocument = true;
    window.location.hash = '#t=20:00';
  });
  await expect.poll(() => mediaTime(page)).toBe(1200);
  await expect.poll(() => currentRowIndex(page)).toBe(demoCueAt(1200));
  await expect(page.locator('[aria-current="true"]')).toBeInViewport();
  await page.evaluate(() => {
    window.location.hash = '#t=5:00';
  });
  await expect.poll(() => mediaTime(page)).toBe(300);
  await page.goBack();
  await expect.poll(() => mediaTime(page)).toBe(1200);
  expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(
    true,
  );
});

test('a copied link reopens at the same second, and playing does not touch the address', async ({
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAt(page, '/#t=9:59');
  const historyLength = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(1500);
  expect(page.url()).toMatch(/#t=9:59$/);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const second = Math.floor(await mediaTime(page));
  await page.getByRole('button', { name: 'Copy link to current time' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Link to ${formatClock(second)} copied` }),
  ).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`/#t=${formatClock(second)}$`));
  await page.goto('about:blank');
  await openAt(page, link);
  await expect.poll(() => mediaTime(page)).toBe(second);
});

test('each line copies its link and its quote, from the keyboard too', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAt(page, '/#t=0:46');
  const index = demoCueAt(46);
  const row = page.locator(`[data-cue-index="${index}"]`);
  await row.getByRole('button', { name: 'Copy link to this line' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Link to the line at 0:46 copied' }),
  ).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/#t=0:46$/);
  expect(await isPlaying(page)).toBe(false);
  // Keyboard: Tab from the line's time reaches its actions.
  await row.getByRole('button', { name: 'Go to 0:46' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await isPlaying(page)).toBe(false);
  await expect(row.getByRole('button', { name: 'Copy quote' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Quote copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `“${demo.cues[index]?.text}”\n— Talk Python to Me: “Flask web framework and much, much more” at 0:46\n${new URL('/#t=0:46', page.url()).href}`,
  );
  // Copying did not seek or play.
  expect(await isPlaying(page)).toBe(false);
});

test('selecting text across lines shares a range covering exactly those lines', async ({
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAt(page, '/');
  const [first, last] = [4, 6];
  await page.evaluate(
    ([a, b]) => {
      const from = document.querySelector(`[data-cue-index="${a}"] .cue-text`) as Element;
      const to = document.querySelector(`[data-cue-index="${b}"] .cue-text`) as Element;
      const range = document.createRange();
      range.setStart(from.firstChild as Node, 5);
      range.setEnd(to.firstChild as Node, 10);
      const selection = window.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [first, last],
  );
  const start = demo.cues[first]?.start as number;
  const end = Math.ceil((demo.cues[last]?.end as number) - 1e-6);
  const button = page.getByRole('button', {
    name: `Share selection (${formatClock(start)}–${formatClock(end)})`,
  });
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: 'Quote and link copied' })).toBeVisible();
  const quote = await page.evaluate(() => navigator.clipboard.readText());
  const link = quote.split('\n').at(-1) as string;
  expect(link).toBe(new URL(`/#t=${formatClock(start)},${formatClock(end)}`, page.url()).href);
  expect(quote).toContain(`at ${formatClock(start)}–${formatClock(end)}`);
  expect(quote.startsWith(`“${(demo.cues[first]?.text as string).slice(5, 12)}`)).toBe(true);
  // The selection ended inside "episode": the quote takes the whole word.
  expect(demo.cues[last]?.text.slice(0, 10)).toBe('This episo');
  expect(quote.split('\n')[0]).toMatch(/ This episode”$/);
  // The shared link opens that range.
  await page.goto('about:blank');
  await openAt(page, link);
  await expect(page.getByText(`Range ${formatClock(start)}–${formatClock(end)}`)).toBeVisible();
});

for (const time of ['#t=0:45', '&t=45']) {
  test(`an episode without peaks opens a link's time (${time}) once the audio tells its length`, async ({
    page,
    baseURL,
  }) => {
    const query = new URLSearchParams({
      audio: `${baseURL}/episodes/talk-python-013/audio.mp3`,
      transcript: `${baseURL}/episodes/talk-python-013/transcript.txt`,
    });
    await page.goto(`/?${query}${time}`);
    await expect.poll(() => mediaTime(page)).toBe(45);
    await expect.poll(() => currentRowIndex(page)).toBe(demoCueAt(45));
    await expect(page.getByText(/past the end/)).toHaveCount(0);
  });
}
