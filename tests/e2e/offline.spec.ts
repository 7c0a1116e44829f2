import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../scripts/lib/server.mjs';
import { expect, test, type Page } from './fixtures';
import { expectAxeClean, mediaTime, seekMedia, waitForReady } from './helpers';

/**
 * Offline, for real: the app is served by its own server on a loopback port of its own, which the
 * test shuts down (and the browser is set offline too), so nothing can come from the network
 * after "Keep for offline" — whatever the page gets then, the service worker gave it.
 */
test.use({ serviceWorkers: 'allow' });

type Server = Awaited<ReturnType<typeof buildServer>>;
let server: Server | null = null;
let BASE = '';

test.beforeEach(async () => {
  server = await buildServer({ root: 'dist', closeConnections: true });
  await server.listen({ port: 0, host: '127.0.0.1' });
  BASE = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

test.afterEach(async () => {
  await server?.close();
  server = null;
});

/**
 * Cuts the network: the server goes away, and the browser says it is offline. Its HTTP cache is
 * emptied too, so what the page gets can only come from the service worker.
 */
async function goOffline(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  await server?.close();
  server = null;
  await page.context().setOffline(true);
}

/** Opens the demo and waits until the service worker serves the page. */
async function openWithWorker(page: Page): Promise<void> {
  await page.goto(`${BASE}/`);
  await waitForReady(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
}

test('a kept episode opens, plays, searches and resumes with no network', async ({ page }) => {
  test.setTimeout(120_000);
  await openWithWorker(page);
  await page.getByRole('button', { name: 'Keep for offline' }).click();
  await expect(page.getByText(/^“.+” is kept for offline \(\d+(\.\d)? MB\)\.$/)).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole('button', { name: 'Remove offline copy' })).toBeVisible();

  // A place to come back to.
  await seekMedia(page, 754);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(754.3);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const left = await mediaTime(page);

  await goOffline(page);
  await page.reload();
  await waitForReady(page);
  // Resumed where it was left.
  await expect(page.getByText(/^Resumed at 12:3\d —/)).toBeVisible();
  await expect.poll(() => mediaTime(page)).toBeCloseTo(left, 1);
  await expect(page.locator('[aria-current="true"]')).toBeInViewport();
  // The waveform came from the copy too (no "No waveform" message).
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Plays from the copy: the time moves on, past what was buffered before.
  await seekMedia(page, 2400);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => mediaTime(page), { timeout: 15_000 }).toBeGreaterThan(2400.5);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  // Searches.
  await page.getByRole('searchbox', { name: 'Search transcript' }).fill('Flask');
  await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+$/ })).toBeVisible();
  await expect(page.locator('[data-cue-index] mark').first()).toContainText(/flask/i);

  // The list of offline episodes, with the size and a way to remove the copy.
  await page.getByRole('button', { name: 'Offline episodes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Offline episodes' });
  await expect(dialog.getByText('This device is offline', { exact: false })).toBeVisible();
  const item = dialog.getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(/Flask web framework/);
  await expect(item).toContainText(/\d+(\.\d)? MB, kept /);
  await expect(dialog.getByText(/^Kept episodes use \d/)).toBeVisible();
  await expectAxeClean(page);
  await page.screenshot({ path: 'test-results/offline-list.png' });
});

test('a kept episode whose transcript its reader downloads (a worker) reads it from the copy offline', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openWithWorker(page);
  // Opened by its addresses, not the preloaded demo: the worker downloads the transcript.
  const address = `${BASE}/?${new URLSearchParams({
    audio: `${BASE}/episodes/talk-python-013/audio.mp3`,
    transcript: `${BASE}/episodes/talk-python-013/transcript.txt?by=address`,
  })}`;
  await page.goto(address);
  await waitForReady(page);
  await page.getByRole('button', { name: 'Keep for offline' }).click();
  await expect(page.getByText(/is kept for offline/)).toBeVisible({ timeout: 60_000 });

  await goOffline(page);
  await page.reload();
  await waitForReady(page);
  await expect(page.locator('[data-cue-index="0"]')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The page itself never asked for the transcript: the worker did, and the copy answered.
  expect(
    await page.evaluate(
      () =>
        performance.getEntriesByType('resource').filter((e) => e.name.includes('by=address'))
          .length,
    ),
  ).toBe(0);
});

test('offline, an episode that is not kept says it needs the network', async ({ page }) => {
  test.setTimeout(90_000);
  await openWithWorker(page);
  await goOffline(page);
  // The app itself opens offline (its shell is cached); this episode's files are not.
  await page.goto(
    `${BASE}/?transcript=${encodeURIComponent(`${BASE}/episodes/elsewhere/transcript.vtt`)}`,
  );
  await expect(page.getByRole('alert')).toContainText(
    'Could not download transcript.vtt: this device is offline, and this episode is not kept for offline, so it needs the network.',
  );
  await page.getByRole('button', { name: 'Offline episodes' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Offline episodes' }).getByText(/^No episode is kept/),
  ).toBeVisible();
});

test('a disk that fills up while keeping: a clear message, and nothing half-kept', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openWithWorker(page);
  // This site may use what it uses now (the app shell) and 2 MB more: less than the audio. (The
  // browser's estimate does not follow this override, so the copy starts, and the write fails.)
  const cdp = await page.context().newCDPSession(page);
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: BASE,
    quotaSize: usage + 2_000_000,
  });
  await page.getByRole('button', { name: 'Keep for offline' }).click();
  await expect(page.getByRole('alert')).toContainText(
    /^Cannot keep “Flask web framework and much, much more” for offline: the device ran out of space while saving it\. Nothing of it was kept;/,
  );
  await expect(page.getByRole('button', { name: 'Keep for offline' })).toBeEnabled();
  await page.getByRole('button', { name: 'Offline episodes' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Offline episodes' }).getByText(/^No episode is kept/),
  ).toBeVisible();
  expect(
    await page.evaluate(async () =>
      (await caches.keys()).filter((name) => name.startsWith('tandem-offline:')),
    ),
  ).toEqual([]);
});

test('installable: a manifest with name, icons and colours, and a worker serving the page', async ({
  page,
}) => {
  await openWithWorker(page);
  const cdp = await page.context().newCDPSession(page);
  const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: unknown[] };
  expect(errors).toEqual([]);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  // The test's browser context is an incognito one, where nothing installs: any other reason is
  // the app's.
  expect(installabilityErrors.filter(({ errorId }) => errorId !== 'in-incognito')).toEqual([]);
  const manifest = (await (await page.request.get(`${BASE}/manifest.webmanifest`)).json()) as {
    name: string;
    theme_color: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest.name).toMatch(/^Tandem/);
  expect(manifest.theme_color).toBe('#1f4fbf');
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of manifest.icons) {
    const response = await page.request.get(`${BASE}${icon.src}`);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test('a new version announces itself, and "Reload to update" switches to it', async ({ page }) => {
  test.setTimeout(90_000);
  // This test changes the app it serves: a copy of the build, on a server of its own.
  const root = mkdtempSync(join(tmpdir(), 'tandem-update-'));
  cpSync('dist', root, { recursive: true });
  await server?.close();
  server = await buildServer({ root, closeConnections: true });
  await server.listen({ port: 0, host: '127.0.0.1' });
  BASE = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  try {
    await openWithWorker(page);
    await expect(page.getByText('A new version of Tandem is ready.')).toHaveCount(0);
    // A new release: the worker's script changes.
    appendFileSync(join(root, 'sw.js'), '\n// the next release\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByText('A new version of Tandem is ready.', { exact: false })).toBeVisible(
      {
        timeout: 30_000,
      },
    );
    // Until the listener says so, the old version keeps the page.
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null,
      ),
    ).toBe(true);
    await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));
    await page.getByRole('button', { name: 'Reload to update' }).click();
    await page.waitForFunction(() => !(window as unknown as { before?: boolean }).before);
    await waitForReady(page);
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting === null && registration.active !== null;
      }),
    ).toBe(true);
    await expect(page.getByText('A new version of Tandem is ready.', { exact: false })).toHaveCount(
      0,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
