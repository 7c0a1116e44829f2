import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { demo, openApp } from './helpers';

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
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
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
