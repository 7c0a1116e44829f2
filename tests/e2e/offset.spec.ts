import { readFileSync } from 'node:fs';
import { prependSilence, prependSilentPeaks } from '../../scripts/lib/mp3-silence.mjs';
import { expect, test } from './fixtures';
import { currentRowIndex, demoCueAt, openApp, seekMedia } from './helpers';
import { startRemoteHost, type RemoteHost } from './remote-host';

const DEMO = 'public/episodes/talk-python-013';
const SHIFT = 30;

let host: RemoteHost | null = null;
test.afterEach(async () => {
  await host?.close();
  host = null;
});

/** The demo with `seconds` of silence before it, on a second site that lets us read its bytes. */
async function shiftedDemo(seconds: number): Promise<{ path: string; truth: number }> {
  const shifted = prependSilence(readFileSync(`${DEMO}/audio.mp3`), seconds);
  const peaks = prependSilentPeaks(
    JSON.parse(readFileSync(`${DEMO}/peaks.json`, 'utf8')),
    shifted.seconds,
  );
  host = await startRemoteHost(
    {
      'late/audio.mp3': { body: Buffer.from(shifted.bytes), type: 'audio/mpeg' },
      'late/audio.peaks.json': {
        body: Buffer.from(JSON.stringify(peaks)),
        type: 'application/json',
      },
      'late/transcript.txt': { body: readFileSync(`${DEMO}/transcript.txt`), type: 'text/plain' },
    },
    { cors: true, range: true },
  );
  const path = `/?${new URLSearchParams({
    audio: host.url('late/audio.mp3'),
    transcript: host.url('late/transcript.txt'),
  })}`;
  return { path, truth: shifted.seconds };
}

test('30 s of silence before the demo: the offset is suggested within 0.3 s, and applies everywhere', async ({
  page,
}) => {
  const { path, truth } = await shiftedDemo(SHIFT);
  await openApp(page, path);
  const suggestion = page.getByText(/The transcript seems [\d.]+ s early against the audio/);
  await expect(suggestion).toBeVisible({ timeout: 45_000 });
  const suggested = Number(/seems ([\d.]+) s/.exec((await suggestion.textContent()) ?? '')?.[1]);
  test.info().annotations.push({
    type: 'offset estimate',
    description: `suggested ${suggested} s, truth ${truth.toFixed(3)} s, error ${(suggested - truth).toFixed(3)} s`,
  });
  expect(Math.abs(suggested - truth)).toBeLessThanOrEqual(0.3);

  await page.getByRole('button', { name: /^Apply \+/ }).click();
  const offset = page.getByRole('spinbutton', { name: 'Transcript offset' });
  await expect(offset).toHaveValue(String(suggested));

  // The highlight: at audio time t, the line stamped t − offset is current.
  await seekMedia(page, 600 + suggested);
  await expect.poll(() => currentRowIndex(page)).toBe(demoCueAt(600));
  // Click-to-seek: a line's click plays from its stamp plus the offset.
  const line = page.locator(`[data-cue-index="${demoCueAt(600) + 1}"]`);
  const stampText = (await line.locator('.cue-time').textContent()) ?? '';
  const [minutes, secondsPart] = stampText.split(':').map(Number);
  expect((minutes ?? 0) * 60 + (secondsPart ?? 0)).toBeGreaterThan(600 + suggested - 1);

  // Remembered for this episode: after a reload the offset is still in use.
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: 'Transcript offset' })).toHaveValue(
    String(suggested),
  );
  await expect(page.getByText('The transcript fits the audio.')).toBeVisible({ timeout: 45_000 });
});

test('the demo as it is: checked against the audio, no offset suggested', async ({ page }) => {
  await openApp(page);
  await expect(page.getByText('The transcript fits the audio.')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByText(/The transcript seems/)).toHaveCount(0);
});

test('the offset keys and the spinbutton move the highlight; the download says it is shifted', async ({
  page,
}) => {
  await openApp(page);
  await seekMedia(page, 300);
  const before = await currentRowIndex(page);
  const offset = page.getByRole('spinbutton', { name: 'Transcript offset' });
  await offset.fill('20');
  await expect(offset).toHaveValue('20');
  await expect.poll(() => currentRowIndex(page)).toBe(demoCueAt(280));
  expect(demoCueAt(280)).not.toBe(before);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await expect(offset).toHaveValue('20.2');
  await page.keyboard.press('[');
  await expect(offset).toHaveValue('20.1');
  await page.getByRole('button', { name: 'Download transcript' }).click();
  await expect(
    page.getByRole('button', { name: /Download as WebVTT \(shifted \+20\.1 s\)/ }),
  ).toBeVisible();
});
