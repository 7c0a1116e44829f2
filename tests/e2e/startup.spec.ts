import AxeBuilder from '@axe-core/playwright';
import { CSP_ON_PURPOSE, expect, test } from './fixtures';
import { demo, expectAxeClean, openApp } from './helpers';

test('opening / shows the demo episode ready to play', async ({ page }) => {
  const audioRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.mp3'))
      audioRequests.push(request.headers()['range'] ?? 'no range');
  });
  await openApp(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Flask web framework and much, much more',
  );
  await expect(page.getByText('Talk Python to Me · Episode 13')).toBeVisible();
  await expect(page.getByText(/synthesized speech/)).toBeVisible();
  await expect(page.getByLabel('Elapsed time and duration')).toHaveText('0:00 / 49:49');

  const slider = page.getByRole('slider', { name: 'Seek' });
  await expect(slider).toHaveAttribute('aria-valuemin', '0');
  await expect(slider).toHaveAttribute('aria-valuemax', '2989');
  await expect(slider).toHaveAttribute('aria-valuenow', '0');
  await expect(slider).toHaveAttribute('aria-valuetext', '0:00 of 49:49');
  // The waveform is drawn from peaks.json: a canvas with something on it.
  const drawn = await page.evaluate(() => {
    const canvases = [...document.querySelectorAll('.waveform canvas, .waveform *')]
      .flatMap((el) => [
        el,
        ...(el.shadowRoot ? [...el.shadowRoot.querySelectorAll('canvas')] : []),
      ])
      .filter((el): el is HTMLCanvasElement => el instanceof HTMLCanvasElement);
    return canvases.some((canvas) => {
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      return data !== undefined && data.some((value, i) => i % 4 === 3 && value > 0);
    });
  });
  expect(drawn).toBe(true);

  const transcript = page.getByRole('region', { name: 'Transcript' });
  await expect(transcript.locator('[data-cue-index="0"]')).toContainText('0:00');
  await expect(transcript.locator('[data-cue-index="0"]')).toContainText(
    demo.cues[0]?.text as string,
  );
  const rows = await transcript.locator('[data-cue-index]').count();
  expect(rows).toBeGreaterThan(5);
  expect(rows).toBeLessThan(60);

  // Only one <audio>, and the MP3 was not downloaded whole to draw the waveform.
  await expect(page.locator('audio')).toHaveCount(1);
  expect(audioRequests.length).toBeGreaterThan(0);
  expect(audioRequests.every((range) => range !== 'no range')).toBe(true);
});

test('the page passes an automated accessibility check (WCAG 2 AA)', async ({ page }) => {
  await openApp(page);
  await expectAxeClean(page);
});

test('dark theme follows the system and passes the same check', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe('rgb(15, 19, 24)');
  const results = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the page runs under its Content Security Policy: an injected inline script does not run', async ({
  page,
}) => {
  test.info().annotations.push({ type: CSP_ON_PURPOSE });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /object-src 'none'; base-uri 'none'/,
  );
  type Probe = { __cspViolations: unknown[]; __inline?: number };
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.head.append(script);
  });
  // One report from each copy of the policy: the server's header and the page's own.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Probe).__cspViolations.length))
    .toBe(2);
  expect(await page.evaluate(() => (window as unknown as Probe).__inline)).toBeUndefined();
});
