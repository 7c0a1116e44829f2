import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from './fixtures';
import { demoCueAt, waitForReady } from './helpers';

/**
 * A podcaster's page on another origin (its own server on another loopback port): it holds the
 * code from Tandem's "Embed" dialog, records every message each frame sends, and drives each
 * frame through the postMessage API.
 */
let hostHtml = '';
let hostServer: Server;
let HOST = '';

test.beforeAll(async () => {
  hostServer = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(hostHtml);
  });
  await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}/podcast-page.html`;
});

test.afterAll(async () => {
  hostServer.closeAllConnections();
  await new Promise((resolve) => hostServer.close(resolve));
});

function hostPage(embeds: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My podcast</title></head>
<body><h1>My podcast</h1>${embeds.join('\n')}
<script>
  window.received = [];
  addEventListener('message', (event) => {
    const frame = [...document.querySelectorAll('iframe')].findIndex(
      (element) => element.contentWindow === event.source,
    );
    window.received.push({ frame, origin: event.origin, data: event.data });
  });
  window.command = (frame, message) =>
    document.querySelectorAll('iframe')[frame].contentWindow.postMessage(message, '*');
</script></body></html>`;
}

interface Received {
  frame: number;
  origin: string;
  data: { type: string; event: string; time: number; cueIndex?: number };
}

const received = (page: Page): Promise<Received[]> =>
  page.evaluate(() => (window as unknown as { received: Received[] }).received);

async function eventsOf(page: Page, frame: number, event?: string): Promise<Received['data'][]> {
  return (await received(page))
    .filter((r) => r.frame === frame && (event === undefined || r.data.event === event))
    .map((r) => r.data);
}

const command = (page: Page, frame: number, message: unknown): Promise<void> =>
  page.evaluate(
    ([index, data]) =>
      (window as unknown as { command: (f: number, m: unknown) => void }).command(
        index as number,
        data,
      ),
    [frame, message] as const,
  );

/** The code the "Embed" dialog gives for the demo episode, at its current moment or not. */
async function codeFromDialog(page: Page, path: string, atNow: boolean): Promise<string> {
  await page.goto(path);
  await waitForReady(page);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed' });
  if (atNow) await dialog.getByRole('checkbox', { name: /^Start at / }).check();
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  // The preview is the same compact player.
  await expect(
    dialog.frameLocator('iframe').getByRole('link', { name: 'Open in Tandem' }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return code;
}

test('two embeds on a page of another origin, each driven and heard through the API', async ({
  page,
}) => {
  const plain = await codeFromDialog(page, '/', false);
  const atMinute = await codeFromDialog(page, '/#t=1:00', true);
  expect(plain).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:4173\/\?embed=1" title="Tandem: /);
  expect(atMinute).toContain('?embed=1#t=1:00"');

  hostHtml = hostPage([plain, atMinute]);
  await page.goto(HOST);
  await expect.poll(async () => (await eventsOf(page, 0, 'ready')).length).toBe(1);
  await expect.poll(async () => (await eventsOf(page, 1, 'ready')).length).toBe(1);
  const [readyB] = await eventsOf(page, 1, 'ready');
  expect(readyB?.time).toBeCloseTo(60, 0);
  expect(readyB?.cueIndex).toBe(demoCueAt(60));
  // Events come from the player's origin, in the documented shape.
  for (const { origin, data } of await received(page)) {
    expect(origin).toBe('http://127.0.0.1:4173');
    expect(data.type).toBe('tandem:event');
  }

  // The compact player: no page header, a link out to the full page.
  const frameA = page.frameLocator('iframe').first();
  await expect(frameA.getByRole('region', { name: 'Transcript' })).toBeVisible();
  await expect(frameA.getByRole('button', { name: 'Open episode' })).toHaveCount(0);

  // Seek A: its time and line change, B's do not.
  await command(page, 0, { type: 'tandem:command', command: 'seek', time: 30 });
  await expect
    .poll(async () => (await eventsOf(page, 0, 'cuechange')).at(-1)?.cueIndex)
    .toBe(demoCueAt(30));
  await expect.poll(async () => (await eventsOf(page, 0, 'timeupdate')).at(-1)?.time).toBe(30);
  expect(await eventsOf(page, 1, 'cuechange')).toEqual([]);
  await expect(frameA.locator('[aria-current="true"]')).toHaveAttribute(
    'data-cue-index',
    String(demoCueAt(30)),
  );

  // Play B: it says so and reports its time a few times a second; A stays paused.
  const before = (await eventsOf(page, 1, 'timeupdate')).length;
  await command(page, 1, { type: 'tandem:command', command: 'play' });
  await expect.poll(async () => (await eventsOf(page, 1, 'play')).length).toBe(1);
  await expect
    .poll(async () => (await eventsOf(page, 1, 'timeupdate')).length)
    .toBeGreaterThan(before + 3);
  const updates = await eventsOf(page, 1, 'timeupdate');
  const times = updates.slice(before).map((u) => u.time);
  // Not every frame: a quarter of a second apart or more.
  for (let i = 1; i < times.length; i++) {
    expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(0.2);
  }
  expect(await eventsOf(page, 0, 'play')).toEqual([]);

  // Anything that is not a command is ignored, whatever it says.
  for (const junk of [
    'play',
    { type: 'tandem:command', command: 'eval', code: 'document.body.remove()' },
    { type: 'tandem:command', command: 'seek', time: 'soon' },
    { type: 'tandem:event', event: 'play' },
  ]) {
    await command(page, 0, junk);
  }
  await command(page, 1, { type: 'tandem:command', command: 'pause' });
  await expect.poll(async () => (await eventsOf(page, 1, 'pause')).length).toBe(1);
  expect(await eventsOf(page, 0, 'play')).toEqual([]);
  await expect(frameA.getByRole('button', { name: 'Play' })).toBeVisible();

  // "Open in Tandem" opens the full page for the same episode at the moment playing.
  const link = page.frameLocator('iframe').nth(1).getByRole('link', { name: 'Open in Tandem' });
  await link.focus();
  const href = await link.getAttribute('href');
  const pausedAt = (await eventsOf(page, 1, 'pause'))[0]?.time ?? 0;
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:4173\/#t=\d+:\d\d$/);
  expect(href).not.toContain('embed');
  const [minutes, seconds] = (href?.split('#t=')[1] ?? '').split(':').map(Number);
  expect(Math.abs((minutes ?? 0) * 60 + (seconds ?? 0) - pausedAt)).toBeLessThanOrEqual(1);

  // Played to its end, A says so.
  const duration = Number(
    await frameA.getByRole('slider', { name: 'Seek' }).getAttribute('aria-valuemax'),
  );
  await command(page, 0, { type: 'tandem:command', command: 'seek', time: duration - 1 });
  await command(page, 0, { type: 'tandem:command', command: 'play' });
  await expect.poll(async () => (await eventsOf(page, 0, 'ended')).length).toBe(1);
  expect((await eventsOf(page, 0, 'ended'))[0]?.time).toBeGreaterThan(duration - 1);
});

test('an embed that names its host takes commands from that origin only', async ({ page }) => {
  const other = `<iframe src="http://127.0.0.1:4173/?embed=1&origin=${encodeURIComponent('https://podcast.example')}" title="Tandem" width="600" height="420"></iframe>`;
  hostHtml = hostPage([other]);
  await page.goto(HOST);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-cue-index]').first()).toBeVisible();
  await command(page, 0, { type: 'tandem:command', command: 'seek', time: 30 });
  // Neither obeyed nor answered: this page is not https://podcast.example.
  await expect(frame.getByRole('slider', { name: 'Seek' })).toHaveAttribute('aria-valuenow', '0');
  expect(await received(page)).toEqual([]);
});
