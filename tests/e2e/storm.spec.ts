/**
 * A seeded storm of random use on the demo episode: keys, clicks on lines, wheel turns, waveform
 * seeks, searches. After every step the page's invariants must hold:
 * - at most one line is current, and it is the line the audio's time is in;
 * - following ⇒ the current line is in view within a second; not following ⇒ "Back to current
 *   line" is shown.
 * A failure names its seed and step, so it can be replayed: STORM_SEED=… STORM_STEPS=…
 * The default run is short enough for CI; STORM_STEPS=3000 is a long one.
 */
import { expect, test, type Page } from './fixtures';
import { demoCueAt, openApp } from './helpers';

const STEPS = Number(process.env.STORM_STEPS ?? 250);
const SEEDS = process.env.STORM_SEED ? [Number(process.env.STORM_SEED)] : [20261129, 7, 4242];

/** mulberry32: a small seeded generator, so a storm can be replayed exactly. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Action = { name: string; run: (page: Page) => Promise<void> };

const KEYS = [
  ' ',
  'k',
  'j',
  'l',
  'ArrowLeft',
  'ArrowRight',
  'Shift+ArrowLeft',
  'Shift+ArrowRight',
  '<',
  '>',
  'm',
  '0',
  '3',
  '5',
  '9',
  'f',
  'Escape',
  'r',
  '?',
  '/',
  'PageDown',
  'Home',
  '[',
  ']',
  'Control+ArrowRight',
];

function pickAction(random: () => number): Action {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const kind = random();
  if (kind < 0.45) {
    const key = pick(KEYS);
    return { name: `press ${key}`, run: (page) => page.keyboard.press(key) };
  }
  if (kind < 0.6) {
    const delta = Math.round((random() - 0.5) * 6000);
    return {
      name: `wheel ${delta}`,
      run: async (page) => {
        // The mouse goes there as a person's would, whatever covers it (no waiting for it).
        const box = await page.locator('.transcript-scroller').boundingBox();
        if (!box) return;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, delta);
      },
    };
  }
  if (kind < 0.75) {
    const at = random();
    return {
      name: `click line at ${at.toFixed(2)} of the list`,
      run: async (page) => {
        const rows = page.locator('[data-cue-index] .cue-text');
        const count = await rows.count();
        if (count === 0) return;
        await rows
          .nth(Math.floor(at * count))
          .click({ timeout: 2000 })
          .catch(() => undefined);
      },
    };
  }
  if (kind < 0.88) {
    const x = random();
    return {
      name: `click waveform at ${x.toFixed(2)}`,
      run: async (page) => {
        const box = await page.getByRole('slider', { name: 'Seek' }).boundingBox();
        if (box) await page.mouse.click(box.x + x * box.width, box.y + box.height / 2);
      },
    };
  }
  if (kind < 0.95) {
    const word = pick(['flask', 'python', 'web', 'zzzz', '']);
    return {
      name: `search "${word}"`,
      run: async (page) => {
        await page.getByRole('searchbox', { name: 'Search transcript' }).fill(word);
        await page.keyboard.press('Enter');
      },
    };
  }
  if (kind < 0.975) {
    return {
      name: 'pause',
      run: async (page) => {
        await page.evaluate(() => document.querySelector('audio')?.pause());
      },
    };
  }
  const offset = Math.round((random() - 0.5) * 1200) / 10;
  return {
    name: `transcript offset ${offset}`,
    run: async (page) => {
      await page.getByRole('spinbutton', { name: 'Transcript offset' }).fill(String(offset));
    },
  };
}

/** The transcript offset in use (the store's, which a half-typed value does not change). */
const offsetInUse = (page: Page): Promise<number> =>
  page.evaluate(() =>
    Number(
      document.querySelector('[data-transcript-offset]')?.getAttribute('data-transcript-offset') ??
        0,
    ),
  );

/** The invariants, checked after each step. */
async function checkInvariants(page: Page): Promise<void> {
  // The dialogs cover the page; the transcript's invariants are for when it can be seen.
  if ((await page.getByRole('dialog').count()) > 0) return;
  const current = page.locator('[aria-current="true"][data-cue-index]');
  expect(await current.count()).toBeLessThanOrEqual(1);
  const back = page.getByRole('button', { name: 'Back to current line' });
  // Within a second the page settles into one of the two: not following, and saying so; or
  // following, with the line the audio is in marked and on screen.
  await expect(async () => {
    if (await back.isVisible()) return;
    const { time, paused } = await page.evaluate(() => {
      const audio = document.querySelector('audio') as HTMLAudioElement;
      return { time: audio.currentTime, paused: audio.paused };
    });
    // With an offset, the line heard at `time` is the one stamped `time − offset`; before the
    // first line (a positive offset, near the start) no line is marked.
    const expected = demoCueAt(time - (await offsetInUse(page)));
    if (expected < 0) {
      expect(await current.count()).toBe(0);
      return;
    }
    const marked = Number(await current.getAttribute('data-cue-index', { timeout: 200 }));
    if (paused) expect(marked).toBe(expected);
    else expect(Math.abs(marked - expected)).toBeLessThanOrEqual(1);
    await expect(current).toBeInViewport({ timeout: 200 });
  }).toPass({ timeout: 1000 });
}

for (const seed of SEEDS) {
  test(`a storm of ${STEPS} random actions (seed ${seed}) never leaves the page inconsistent`, async ({
    page,
  }) => {
    test.setTimeout(60_000 + STEPS * 600);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    const random = createRandom(seed);
    const done: string[] = [];
    for (let step = 0; step < STEPS; step++) {
      const action = pickAction(random);
      done.push(action.name);
      try {
        await action.run(page);
        await checkInvariants(page);
      } catch (error) {
        if (process.env.STORM_SHOT) await page.screenshot({ path: process.env.STORM_SHOT });
        throw new Error(
          `Storm seed ${seed}, step ${step} ("${action.name}"); replay with STORM_SEED=${seed} STORM_STEPS=${step + 1}. Last actions: ${done.slice(-8).join(' → ')}\n${String(error)}`,
          { cause: error },
        );
      }
    }
    // The end of the recipe: pause, then Esc until everything is closed.
    await page.evaluate(() => document.querySelector('audio')?.pause());
    for (let i = 0; i < 4; i++) await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Back to current line' })).toBeHidden();
    await checkInvariants(page);
  });
}
