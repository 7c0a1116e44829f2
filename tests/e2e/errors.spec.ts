import { expect, test, type Page } from './fixtures';

/** Answers the demo's transcript request with `body` instead of the file. */
const serveTranscript = (page: Page, body: string | Buffer, contentType = 'text/plain') =>
  page.route('**/episodes/talk-python-013/transcript.txt', (route) =>
    route.fulfill({ status: 200, contentType, body }),
  );

test('a transcript line with a broken time is skipped and said, and the rest plays', async ({
  page,
}) => {
  await serveTranscript(page, 'Title\n00:00 fine\n00:07 fine\n00:99 broken\n');
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Skipped' })).toHaveText(
    'Skipped 1 line of transcript.txt that could not be read. line 4: "00:99" is not a valid time; expected MM:SS or H:MM:SS with minutes and seconds below 60.',
  );
  await expect(page.locator('[data-cue-index]')).toHaveCount(2);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
});

test('a WebVTT file whose every timing is broken is an alert naming the line, not an empty list', async ({
  page,
}) => {
  await serveTranscript(
    page,
    'WEBVTT\n\n00:01 --> 00:02\nhello\n\n00:03 --> 00:04\nworld\n',
    'text/vtt',
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(
    'Could not read the transcript transcript.txt (WebVTT): line 3, column 1: no line could be read: all 2 cues were skipped. The first: expected timings like "00:01:02.345 --> 00:01:04.000", found "00:01 --> 00:02".',
  );
  await expect(page.getByText('No transcript lines to show.')).toHaveCount(0);
});

test('a WebVTT file that starts with two byte order marks is refused with a reason', async ({
  page,
}) => {
  await serveTranscript(
    page,
    Buffer.from('\uFEFF\uFEFFWEBVTT\n\n00:01.000 --> 00:02.000\nhello\n', 'utf8'),
    'text/vtt',
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(
    'transcript.txt (WebVTT): line 1, column 1: the file starts with two byte order marks',
  );
});

test('missing audio is reported by name, and the transcript stays readable', async ({ page }) => {
  await page.route('**/episodes/talk-python-013/audio.mp3', (route) =>
    route.fulfill({ status: 404, body: '' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Could not play audio.mp3');
  await expect(
    page.getByRole('region', { name: 'Transcript' }).locator('[data-cue-index="0"]'),
  ).toBeVisible();
});

test('transcript text is shown as text, never run as HTML', async ({ page }) => {
  await serveTranscript(
    page,
    'Title\n00:00 <img src=x onerror="window.__hacked = true">hello <script>window.__hacked = true</script>\n',
  );
  await page.goto('/');
  const row = page.locator('[data-cue-index="0"]');
  await expect(row).toContainText('<img src=x onerror="window.__hacked = true">hello');
  expect(await page.evaluate(() => (window as { __hacked?: boolean }).__hacked)).toBeUndefined();
  await expect(row.locator('img, script')).toHaveCount(0);
});

const forty = Buffer.alloc(40 * 2 ** 20);
forty.write('ID3', 0, 'latin1');

// Each file failing on its own: a clear alert naming it, and the rest of the episode works.
for (const [file, what, answer, message] of [
  [
    'transcript.txt',
    'a 500',
    { status: 500, contentType: 'text/plain', body: 'oops' },
    'Could not download transcript.txt: the server answered 500 Internal Server Error.',
  ],
  [
    'transcript.txt',
    'an HTML error page',
    {
      status: 200,
      contentType: 'text/html',
      body: '<!DOCTYPE html><html><body><h1>Bad gateway</h1></body></html>',
    },
    'Could not read the transcript transcript.txt (transcript): line 1, column 1: this is a web page (HTML), not a transcript: is the address right, or did the server answer with an error page?',
  ],
  [
    'transcript.txt',
    '40 MB of audio',
    { status: 200, contentType: 'text/plain', body: forty },
    'Could not read the transcript transcript.txt (transcript): line 1, column 1: this file is an audio file (MP3), not a transcript; expected WebVTT, SRT, Podcasting 2.0 JSON or HTML, Whisper JSON, or lines like "12:37 Some words".',
  ],
  [
    'peaks.json',
    'an HTML page',
    {
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><html><body>Sign in</body></html>',
    },
    'peaks.json: the server sent a web page (HTML), not JSON: is the address right, or was it an error page? The waveform is computed from the audio instead.',
  ],
  [
    'peaks.json',
    '40 MB of the wrong kind',
    { status: 200, contentType: 'application/octet-stream', body: forty },
    'peaks.json: is 40 MB, far too large for this kind of file: is the address right? The waveform is computed from the audio instead.',
  ],
] as const) {
  test(`a ${file} address that answers ${what} is a clear alert, and the rest keeps working`, async ({
    page,
  }) => {
    await page.route(`**/episodes/talk-python-013/${file}`, (route) => route.fulfill(answer));
    await page.goto('/');
    await expect(page.getByRole('alert')).toHaveText(message);
    if (file === 'peaks.json') await expect(page.locator('[data-cue-index="0"]')).toBeVisible();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  });
}

test('a peaks address that answers 500 is said, and the waveform is computed from the audio', async ({
  page,
}) => {
  await page.route('**/episodes/talk-python-013/peaks.json', (route) =>
    route.fulfill({ status: 500, body: 'oops' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(
    'Could not download peaks.json: the server answered 500 Internal Server Error. The waveform is computed from the audio instead.',
  );
  await expect(page.locator('[data-cue-index="0"]')).toBeVisible();
  await expect(page.getByText(/^Drawing the waveform…/)).toBeVisible();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
});

test('audio the browser cannot play is named in an alert, and the transcript stays readable', async ({
  page,
}) => {
  await page.route('**/episodes/talk-python-013/audio.mp3', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'audio/mpeg',
      body: Buffer.from('not audio at all'),
    }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(/^Could not play audio\.mp3: /);
  await expect(page.locator('[data-cue-index="0"]')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search transcript' }).fill('flask');
  await expect(page.locator('.search-status')).toHaveText(/^1 of \d+$/);
});

test('a transcript that runs past the end of the audio says how many lines cannot be played', async ({
  page,
}) => {
  await serveTranscript(
    page,
    'Title\n00:00 first\n10:00 second\n59:00 after the end\n59:30 also after\n',
  );
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'after the audio ends' })).toHaveText(
    '2 lines of the transcript start after the audio ends at 49:49: they can be read, not played. Is this the right transcript for this audio?',
  );
});
