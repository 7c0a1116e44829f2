/**
 * Text from a file or an address is shown as text, never run as HTML: the line text, speaker
 * names and titles of every transcript format, and the notices that quote the address.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';

const ATTACK = '<img src=x onerror="window.__hacked=1"><script>window.__hacked=1</script>';
const SHORT = '<img src=x onerror=__hacked=1>';

const FILES: Record<string, { body: string; shows: string[] }> = {
  'WebVTT (text, voice, title)': {
    body: `WEBVTT - ${SHORT}\n\n00:00.000 --> 00:05.000\n<v Eve&lt;img src=x onerror=__hacked=1&gt;>${ATTACK.replaceAll('<', '&lt;')}\n`,
    shows: ['Eve<img src=x onerror=__hacked=1>', '<img src=x onerror="window.__hacked=1">', SHORT],
  },
  // SRT styling tags are removed as text is read: what is left of the markup is shown as text.
  'SRT (text, caption speaker)': {
    body: `1\n00:00:00,000 --> 00:00:05,000\n>> EVE "&" 5<6: ${ATTACK}\n`,
    shows: ['EVE "&" 5<6', 'window.__hacked=1'],
  },
  'Podcasting 2.0 JSON (body, speaker)': {
    body: JSON.stringify({
      version: '1.0.0',
      segments: [{ speaker: SHORT, startTime: 0, endTime: 5, body: `${ATTACK} said.` }],
    }),
    shows: [SHORT, '<img src=x onerror="window.__hacked=1">'],
  },
  'Whisper JSON (text, speaker)': {
    body: JSON.stringify({ segments: [{ start: 0, end: 5, text: ATTACK, speaker: SHORT }] }),
    shows: [SHORT, '<img src=x onerror="window.__hacked=1">'],
  },
  'timed text lines (text, title)': {
    body: `${SHORT}\n00:00 ${ATTACK}\n`,
    shows: [SHORT, '<img src=x onerror="window.__hacked=1">'],
  },
};

async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __hacked?: number }).__hacked)).toBeUndefined();
  await expect(page.locator('main img[src="x"], main script')).toHaveCount(0);
}

for (const [format, { body, shows }] of Object.entries(FILES)) {
  test(`${format}: markup in a transcript is shown as text`, async ({ page, baseURL }) => {
    await page.route('**/xss/transcript', (route) =>
      route.fulfill({ status: 200, contentType: 'text/plain', body }),
    );
    const query = new URLSearchParams({
      audio: `${baseURL}/episodes/talk-python-013/audio.mp3`,
      transcript: `${baseURL}/xss/transcript`,
    });
    await page.goto(`/?${query}`);
    await expect(page.locator('[data-cue-index="0"]')).toBeVisible();
    const text = await page.locator('main').innerText();
    for (const shown of shows) expect(text).toContain(shown);
    await expectNothingRan(page);
  });
}

test('a notice that quotes the address shows it as text', async ({ page }) => {
  await page.goto(`/#t=${encodeURIComponent(SHORT)}`);
  await expect(
    page.getByText(`Ignored "t=${SHORT}" in the address`, { exact: false }),
  ).toBeVisible();
  await expectNothingRan(page);
});

test('an address that is refused is quoted as text in the alert', async ({ page }) => {
  await page.goto(`/?audio=${encodeURIComponent(`javascript:${SHORT}`)}`);
  await expect(page.getByRole('alert')).toContainText(SHORT);
  await expectNothingRan(page);
});

test('the demo episode file names shown come from its own folder only', () => {
  // The demo's episode.json is ours; nothing in it is markup.
  const meta = readFileSync('public/episodes/talk-python-013/episode.json', 'utf8');
  expect(meta).not.toMatch(/[<>]/);
});
