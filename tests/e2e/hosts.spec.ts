import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { startRemoteHost, type RemoteHost } from './remote-host';

const DEMO = 'public/episodes/talk-python-013';
const files = {
  'show/ep.mp3': { body: readFileSync(`${DEMO}/audio.mp3`), type: 'audio/mpeg' },
  'show/ep.txt': { body: readFileSync(`${DEMO}/transcript.txt`), type: 'text/plain' },
};

let host: RemoteHost | null = null;
test.afterEach(async () => {
  await host?.close();
  host = null;
});

/** Opens the demo's audio from the remote host, with the transcript from this site. */
const openRemoteAudio = (remote: RemoteHost, baseURL: string | undefined): string =>
  `/?${new URLSearchParams({
    audio: remote.url('show/ep.mp3'),
    transcript: `${baseURL}/episodes/talk-python-013/transcript.txt`,
  })}`;

/** The waveform's bars as drawn: how many columns of the canvas hold any paint. */
const paintedColumns = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const host = document.querySelector('.waveform-canvas > div');
    const canvases = [...(host?.shadowRoot?.querySelectorAll('canvas') ?? [])];
    let painted = 0;
    for (const canvas of canvases) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let x = 0; x < canvas.width; x++) {
        for (let y = 0; y < canvas.height; y++) {
          if ((data[(y * canvas.width + x) * 4 + 3] as number) > 0) {
            painted++;
            break;
          }
        }
      }
    }
    return painted;
  });

test('audio on a host without CORS plays, says in plain words why there is no waveform, and draws the seek bar from the transcript', async ({
  page,
  baseURL,
}) => {
  host = await startRemoteHost(files, { cors: false, range: true });
  await page.goto(openRemoteAudio(host, baseURL));
  const note = page.getByRole('status').filter({ hasText: 'No waveform' });
  await expect(note).toHaveText(
    'No waveform for ep.mp3: its server lets other sites play the file but not read it. The seek bar is drawn from the transcript instead.',
    { timeout: 5000 },
  );
  await expect(page.getByText(/Failed to fetch|Drawing the waveform/)).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => paintedColumns(page)).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.querySelector('audio')?.currentTime ?? 0))
    .toBeGreaterThan(0.5);
});

test('a server that does not answer while the player downloads gives up on the waveform within seconds', async ({
  page,
  baseURL,
}) => {
  host = await startRemoteHost(files, { cors: true, range: false });
  // The audio element's request gets through; the waveform's waits, as on a one-at-a-time server.
  host.holdFrom('show/ep.mp3', 2);
  await page.goto(openRemoteAudio(host, baseURL));
  await expect(page.getByRole('status').filter({ hasText: 'No waveform' })).toHaveText(
    /^No waveform for ep\.mp3: its server did not start sending it within 3 seconds/,
    { timeout: 8000 },
  );
  host.resume();
});

const audioState = (page: Page) =>
  page.evaluate(() => {
    const audio = document.querySelector('audio') as HTMLAudioElement;
    return { time: audio.currentTime, paused: audio.paused };
  });

/** Sets the media's time without waiting for the seek to finish (it may need the network). */
const setMediaTime = (page: Page, time: number): Promise<void> =>
  page.evaluate((t) => {
    (document.querySelector('audio') as HTMLAudioElement).currentTime = t;
  }, time);

/** Opens the demo's audio from a host that serves it in 64 KB pieces, ready to play. */
async function openFromPiecemealHost(page: Page, baseURL: string | undefined): Promise<RemoteHost> {
  const remote = await startRemoteHost(files, {
    cors: true,
    range: true,
    maxRangeBytes: 64 * 1024,
  });
  await page.goto(openRemoteAudio(remote, baseURL));
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  return remote;
}

test('a network that stalls for 10 s: a calm status, then playback goes on by itself, in place', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  host = await openFromPiecemealHost(page, baseURL);
  host.stall();
  // Far from anything loaded, so the audio needs the network at once.
  await setMediaTime(page, 1800);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: 'Waiting for the network…' });
  await expect(status).toBeVisible();
  // The fault itself: ten seconds with no data.
  const stalledSince = Date.now();
  await expect.poll(() => Date.now() - stalledSince, { timeout: 15_000 }).toBeGreaterThan(10_000);
  await expect(status).toBeVisible();
  expect((await audioState(page)).time).toBeCloseTo(1800, 0);
  host.resume();
  await expect(status).toBeHidden({ timeout: 15_000 });
  await expect.poll(async () => (await audioState(page)).time).toBeGreaterThan(1800.5);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a connection that drops mid-episode: playback resumes when the host is back, from where it was', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  host = await openFromPiecemealHost(page, baseURL);
  await setMediaTime(page, 1500);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => (await audioState(page)).time).toBeGreaterThan(1500.3);
  host.stall();
  host.drop();
  await setMediaTime(page, 2400);
  const status = page.getByRole('status').filter({ hasText: 'Waiting for the network…' });
  await expect(status).toBeVisible();
  host.resume();
  await expect(status).toBeHidden({ timeout: 20_000 });
  await expect
    .poll(async () => (await audioState(page)).time, { timeout: 10_000 })
    .toBeGreaterThan(2400.3);
  expect((await audioState(page)).paused).toBe(false);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
