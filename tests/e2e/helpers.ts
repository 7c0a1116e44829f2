import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { createCueIndex, cueIndexAt } from '../../src/core/locate';
import { READY_MARK } from '../../src/core/ready-mark';
import { parse } from '../../src/core/formats/talk-python';

/** The demo transcript as the app parses it. */
export const demo = parse(readFileSync('public/episodes/talk-python-013/transcript.txt', 'utf8'));
const demoIndex = createCueIndex(demo.cues);

/** The cue the demo transcript says is current at time t. */
export function demoCueAt(t: number): number {
  return cueIndexAt(demoIndex, t);
}

/** Waits for the page's own "ready" mark: the waveform and the first lines are on screen. */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK);
}

/** When the first demo line after time t starts: a real boundary to wait for. */
export function nextCueStartAfter(t: number): number {
  const next = demo.cues.find((cue) => cue.start > t + 0.05);
  if (!next) throw new Error(`no line starts after ${t} s`);
  return next.start;
}

/** Opens the app and waits for the page's own "ready" mark and for playable audio. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await waitForReady(page);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
}

/** The media element's time; NaN while the player is not on the page yet. */
export async function mediaTime(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('audio')?.currentTime ?? Number.NaN);
}

export async function currentRowIndex(page: Page): Promise<number> {
  const rows = page.locator('[aria-current="true"]');
  await expect(rows).toHaveCount(1);
  return Number(await rows.getAttribute('data-cue-index'));
}

/** Seeks the media directly, as a test fixture (the app is told by the media events). */
export async function seekMedia(page: Page, time: number): Promise<void> {
  await page.evaluate(
    (t) =>
      new Promise<void>((resolve) => {
        const audio = document.querySelector('audio') as HTMLAudioElement;
        audio.addEventListener('seeked', () => resolve(), { once: true });
        audio.currentTime = t;
      }),
    time,
  );
}

/** The page passes axe's WCAG 2 A and AA checks; a failure lists each rule and where. */
export async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
