import { expect, test, type Page } from './fixtures';
import { demo } from './helpers';

/** Holds back the app's code (React and the components) until the returned function is called. */
async function holdApp(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/mount-*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Where the parts a reader's eye follows are: the title, the list, the first lines' text. */
function layout(page: Page, line: string): Promise<number[][]> {
  return page.evaluate((line) => {
    const boxes = [
      document.querySelector('h1'),
      document.querySelector('.episode-meta'),
      document.querySelector('.transcript-scroller'),
      ...document.querySelectorAll(`${line} .cue-text, ${line} .cue-time`),
    ].map((element) => {
      const box = (element as Element).getBoundingClientRect();
      return [box.left, box.top, box.width, box.height].map(Math.round);
    });
    return boxes.slice(0, 9);
  }, line);
}

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`the first lines show before the app's code runs, and the app takes their place (${viewport.width}px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const release = await holdApp(page);
    await page.goto('/');

    const firstLine = page.locator('[data-first-screen-line="0"]');
    await expect(firstLine).toContainText(demo.cues[0]?.text as string);
    await expect(firstLine).toContainText('0:00');
    await expect(page.locator('h1')).toHaveText('Flask web framework and much, much more');
    // Seen, not used: nothing in it takes focus or is read out before the app is there.
    await expect(page.locator('main')).toHaveAttribute('aria-hidden', 'true');
    expect(await page.locator('main').evaluate((main) => (main as HTMLElement).inert)).toBe(true);
    await expect(page.locator('[data-cue-index]')).toHaveCount(0);
    const before = await layout(page, '[data-first-screen-line]');

    release();
    await expect(page.locator('[data-cue-index="0"]')).toContainText(demo.cues[0]?.text as string);
    await expect(page.locator('[data-first-screen-line]')).toHaveCount(0);
    await expect(page.locator('main')).toHaveCount(1);
    const after = await layout(page, '[data-cue-index]');
    // The app draws the same lines in the same places: nothing jumps when it takes over.
    expect(after).toEqual(before);
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: number[] }).__shifts,
    );
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.02);
  });
}

test('the first screen is in the listener’s language, as the app is', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/?lang=de');
  await expect(page.locator('[data-first-screen-line="0"]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const meta = await page.locator('.episode-meta').textContent();
  expect(meta).toContain('Folge 13');
  await expect(page.getByPlaceholder('Transkript durchsuchen')).toBeVisible();
  release();
  await expect(page.locator('[data-cue-index="0"]')).toBeVisible();
  await expect(page.locator('.episode-meta')).toHaveText(meta as string);
});

test('an episode that cannot be read goes straight to the app, which says why', async ({
  page,
}) => {
  await page.route('**/episodes/missing/episode.json', (route) =>
    route.fulfill({ status: 404, body: 'not found' }),
  );
  await page.goto('/?episode=episodes/missing/');
  await expect(page.getByRole('alert')).toContainText('episode.json');
  await expect(page.locator('[data-first-screen-line]')).toHaveCount(0);
});

test('when the app’s code cannot be fetched, the page says so over the first screen', async ({
  page,
}) => {
  await page.route('**/assets/mount-*.js', (route) => route.abort('internetdisconnected'));
  await page.goto('/?lang=de');
  await expect(page.locator('[data-first-screen-line="0"]')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Der Code der Seite wurde nicht geladen');
  await expect(page.getByRole('alert')).toContainText('Laden Sie die Seite neu');
});
