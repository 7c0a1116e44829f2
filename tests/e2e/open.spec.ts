import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { mediaTime, waitForReady } from './helpers';

const DEMO_AUDIO = 'public/episodes/talk-python-013/audio.mp3';
const fixture = (name: string): string => `tests/fixtures/${name}`;

/** Opens files through the "Open episode" dialog's file picker. */
async function openFiles(page: Page, files: string | string[]): Promise<void> {
  await page.getByRole('button', { name: 'Open episode' }).click();
  await page.getByLabel('Audio and transcript files').setInputFiles(files);
}

/** Serves files as another site would, with CORS allowed. */
async function serveRemote(
  page: Page,
  files: Record<string, { body: Buffer | string; type: string } | 404>,
): Promise<void> {
  await page.route('https://media.example/**', async (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    const file = files[name];
    if (!file || file === 404)
      return route.fulfill({
        status: 404,
        body: 'not found',
        headers: { 'access-control-allow-origin': '*' },
      });
    return route.fulfill({
      status: 200,
      body: file.body,
      contentType: file.type,
      headers: { 'access-control-allow-origin': '*' },
    });
  });
}

test('the file picker opens an audio file and a transcript together, and nothing is uploaded', async ({
  page,
}) => {
  const uploads: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') uploads.push(request.url());
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Open episode' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open episode' });
  await dialog
    .getByLabel('Audio and transcript files')
    .setInputFiles([DEMO_AUDIO, fixture('interview.vtt')]);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tandem test interview');
  const rows = page.locator('[data-cue-index]');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(2)).toContainText("It's always easier to ask forgiveness");
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(0.2);
  expect(
    await page.evaluate(() => (document.querySelector('audio') as HTMLAudioElement).src),
  ).toMatch(/^blob:/);
  expect(uploads).toEqual([]);
});

test('files can be opened one by one: a transcript, then its audio', async ({ page }) => {
  await page.goto('/');
  await openFiles(page, fixture('interview.srt'));
  await expect(
    page.getByText('No audio is open: the transcript can be read, not played.'),
  ).toBeVisible();
  await expect(page.locator('[data-cue-index]')).toHaveCount(4);
  await openFiles(page, DEMO_AUDIO);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  await expect(page.locator('[data-cue-index]')).toHaveCount(4);
});

test('files dropped anywhere on the page open', async ({ page }) => {
  await page.goto('/');
  // The page listens for files once the app runs (its first screen, drawn before, does not).
  await waitForReady(page);
  const transfer = await page.evaluateHandle(
    ([json]) => {
      const data = new DataTransfer();
      data.items.add(
        new File([json as string], 'interview.podcast.json', { type: 'application/json' }),
      );
      return data;
    },
    [readFileSync(fixture('interview.podcast.json'), 'utf8')],
  );
  await page.dispatchEvent('main, .app', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop audio or transcript files to open them')).toBeVisible();
  await page.dispatchEvent('.app', 'drop', { dataTransfer: transfer });
  await expect(page.getByText('Drop audio or transcript files to open them')).toBeHidden();
  await expect(page.locator('[data-cue-index]')).toHaveCount(4);
  await expect(page.locator('[data-cue-index="2"]')).toContainText('Thank you');
});

test('?audio= and ?transcript= open addresses directly, and the episode is remembered', async ({
  page,
}) => {
  await serveRemote(page, {
    'show/ep.mp3': { body: readFileSync(DEMO_AUDIO), type: 'audio/mpeg' },
    'show/ep.vtt': { body: readFileSync(fixture('interview.vtt')), type: 'text/vtt' },
  });
  const query = new URLSearchParams({
    audio: 'https://media.example/show/ep.mp3',
    transcript: 'https://media.example/show/ep.vtt',
  });
  await page.goto(`/?${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tandem test interview');
  await expect(page.locator('[data-cue-index]')).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: 'Open episode' }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'Open episode' })
      .getByRole('link', { name: 'Tandem test interview' }),
  ).toBeVisible();
});

test('a transcript on the web is downloaded by its reader, off the page: a missing one is said in the page language', async ({
  page,
}) => {
  await serveRemote(page, {
    'show/ep.mp3': { body: readFileSync(DEMO_AUDIO), type: 'audio/mpeg' },
    'show/ep.vtt': { body: readFileSync(fixture('interview.vtt')), type: 'text/vtt' },
    'show/gone.vtt': 404,
  });
  const address = (transcript: string): string =>
    `/?${new URLSearchParams({ audio: 'https://media.example/show/ep.mp3', transcript })}`;
  await page.goto(address('https://media.example/show/ep.vtt'));
  await expect(page.locator('[data-cue-index]')).toHaveCount(4);
  // The page itself never asked for it: its reader (a worker) did.
  expect(
    await page.evaluate(
      () => performance.getEntriesByName('https://media.example/show/ep.vtt').length,
    ),
  ).toBe(0);

  await page.goto(`${address('https://media.example/show/gone.vtt')}&lang=de`);
  await expect(page.getByRole('alert')).toHaveText(
    'gone.vtt konnte nicht heruntergeladen werden: Der Server antwortete 404 Not Found.',
  );
  await expect(page.getByRole('button', { name: 'Abspielen', exact: true })).toBeEnabled();
});

test('the dialog opens addresses, and refuses what is not http, https or this site', async ({
  page,
}) => {
  await serveRemote(page, {
    'a.srt': { body: readFileSync(fixture('interview.srt')), type: 'text/plain' },
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Open episode' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open episode' });
  await dialog.getByLabel('Transcript address').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Open addresses' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'is refused: only http, https or this site',
  );
  await dialog.getByLabel('Transcript address').fill('https://media.example/a.srt');
  await dialog.getByRole('button', { name: 'Open addresses' }).click();
  await expect(page.locator('[data-cue-index]')).toHaveCount(4);
  expect(new URL(page.url()).searchParams.get('transcript')).toBe('https://media.example/a.srt');
});

test('broken addresses and files are named in alerts, and what did load keeps working', async ({
  page,
}) => {
  await serveRemote(page, {
    'ok.vtt': { body: readFileSync(fixture('interview.vtt')), type: 'text/vtt' },
    'missing.mp3': 404,
    'notes.txt': { body: 'Some notes without any times.', type: 'text/plain' },
  });
  await page.goto(
    `/?${new URLSearchParams({ audio: 'https://media.example/missing.mp3', transcript: 'https://media.example/ok.vtt' })}`,
  );
  await expect(page.getByRole('alert')).toContainText('Could not play missing.mp3');
  await expect(page.locator('[data-cue-index]')).toHaveCount(4);

  await page.goto(
    `/?${new URLSearchParams({ audio: 'data:audio/mpeg;base64,AAAA', transcript: 'https://media.example/notes.txt' })}`,
  );
  await expect(page.getByRole('alert')).toContainText(
    'The audio address "data:audio/mpeg;base64,AAAA" is refused',
  );
  await expect(page.getByRole('alert')).toContainText('Could not read the transcript notes.txt');

  await page.goto(`/?${new URLSearchParams({ transcript: 'https://media.example/gone.vtt' })}`);
  await expect(page.getByRole('alert')).toContainText(
    'Could not download gone.vtt: the server answered 404',
  );
});

test('the transcript downloads as WebVTT, SRT or text, and reads back the same', async ({
  page,
}) => {
  await page.goto('/');
  await waitForReady(page);
  for (const [name, extension, first] of [
    // The transcript keeps its own title line; the file is named after the episode.
    ['WebVTT', 'vtt', 'WEBVTT - #13: Flask web framework and much, much more Transcript'],
    ['SRT', 'srt', '1'],
    ['plain text', 'txt', '#13: Flask web framework and much, much more Transcript'],
  ] as const) {
    await expect(page.getByRole('button', { name: `Download as ${name}` })).toBeHidden();
    await page.getByRole('button', { name: 'Download transcript' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Download as ${name}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`Flask web framework and much, much more.${extension}`);
    const text = readFileSync(await file.path(), 'utf8');
    expect(text.split('\n')[0]).toBe(first);
    expect(text).toContain("I'll pass the mic.");
    await expect(page.getByRole('button', { name: `Download as ${name}` })).toBeHidden();
  }
});

test('speakers are named at the start of their turns, and timed words follow the audio', async ({
  page,
}) => {
  await page.goto('/');
  await openFiles(page, [DEMO_AUDIO, fixture('interview.vtt')]);
  const rows = page.locator('[data-cue-index]');
  await expect(rows).toHaveCount(4);
  // Ada, Ada (same turn: no name), Grace Hopper, Ada.
  expect(await rows.locator('.speaker').allTextContents()).toEqual(['Ada', 'Grace Hopper', 'Ada']);
  const colours = await rows
    .locator('.speaker')
    .evaluateAll((labels) => labels.map((l) => getComputedStyle(l).color));
  expect(colours[0]).toBe(colours[2]);
  expect(colours[0]).not.toBe(colours[1]);

  // A click on a timed word plays from that word.
  await rows.nth(1).getByText('jinja').click();
  await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(6);
  await expect(rows.nth(1).locator('.word.is-spoken')).toHaveText(/jinja|and werkzeug/);
  await expect(rows.nth(1).locator('.word.is-spoken')).toHaveText('and werkzeug.', {
    timeout: 5000,
  });
  await expect(rows.nth(1).locator('.word.is-spoken')).toHaveCount(1);
  await expect(rows.nth(2)).toHaveAttribute('aria-current', 'true', { timeout: 5000 });
  await expect(page.locator('.word.is-spoken')).toHaveCount(0);
});

test('audio without peaks gets its waveform computed off the page, with progress, then cached', async ({
  page,
}) => {
  await page.goto('/');
  await openFiles(page, [DEMO_AUDIO, fixture('interview.vtt')]);
  await expect(page.getByText(/^Drawing the waveform…/)).toBeVisible();
  // The page stays usable meanwhile.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(page.getByText(/^Drawing the waveform…/)).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  const cached = await page.evaluate(
    () =>
      new Promise<{ duration: number; pairs: number } | null>((resolve) => {
        const open = indexedDB.open('tandem', 1);
        open.onsuccess = () => {
          const request = open.result.transaction('peaks').objectStore('peaks').getAll();
          request.onsuccess = () => {
            const [entry] = request.result as Array<{ duration: number; peaks: number[][] }>;
            resolve(
              entry ? { duration: entry.duration, pairs: (entry.peaks[0]?.length ?? 0) / 2 } : null,
            );
          };
        };
      }),
  );
  expect(cached?.duration).toBeGreaterThan(2985);
  expect(cached?.duration).toBeLessThan(2995);
  expect(cached?.pairs).toBeGreaterThan(20_000);

  // A second open of the same file draws from the cache, with nothing to compute.
  await page.reload();
  await openFiles(page, [DEMO_AUDIO, fixture('interview.vtt')]);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  await expect(page.getByText(/^Drawing the waveform…/)).toBeHidden({ timeout: 2000 });
});
