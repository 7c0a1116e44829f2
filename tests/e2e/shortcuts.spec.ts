import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { SHORTCUTS, type ShortcutAction } from '../../src/shortcuts';
import {
  currentRowIndex,
  demo,
  demoCueAt,
  mediaTime,
  openApp,
  seekMedia,
  waitForReady,
} from './helpers';

const english = JSON.parse(readFileSync('src/i18n/locales/en.json', 'utf8')) as Record<
  string,
  string
>;

const DURATION = 2989.9;

async function pressOnPage(page: Page, key: string): Promise<void> {
  // Keys go to the page, not to a control that owns them.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(key);
}

const tested = new Set<ShortcutAction>();
function shortcutTest(
  action: ShortcutAction,
  title: string,
  body: (page: Page) => Promise<void>,
): void {
  tested.add(action);
  test(`${action}: ${title}`, async ({ page }) => {
    await openApp(page);
    await body(page);
  });
}

shortcutTest('togglePlay', 'Space and K play and pause', async (page) => {
  await pressOnPage(page, 'Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await pressOnPage(page, 'k');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

for (const [action, key, from, to] of [
  ['back10', 'j', 100, 90],
  ['forward10', 'l', 100, 110],
  ['back5', 'ArrowLeft', 100, 95],
  ['forward5', 'ArrowRight', 100, 105],
] as const) {
  shortcutTest(action, `${key} moves from ${from} s to ${to} s`, async (page) => {
    await seekMedia(page, from);
    await pressOnPage(page, key);
    await expect.poll(() => mediaTime(page)).toBeCloseTo(to, 1);
  });
}

shortcutTest('previousLine', 'Shift+← goes to the previous line', async (page) => {
  const index = demoCueAt(300);
  await seekMedia(page, (demo.cues[index]?.start as number) + 0.5);
  await pressOnPage(page, 'Shift+ArrowLeft');
  await expect.poll(() => currentRowIndex(page)).toBe(index - 1);
  expect(await mediaTime(page)).toBeCloseTo(demo.cues[index - 1]?.start as number, 1);
});

shortcutTest('nextLine', 'Shift+→ goes to the next line', async (page) => {
  const index = demoCueAt(300);
  await seekMedia(page, 300);
  await pressOnPage(page, 'Shift+ArrowRight');
  await expect.poll(() => currentRowIndex(page)).toBe(index + 1);
});

shortcutTest('slower', '< slows down by 0.25×, with the pitch kept', async (page) => {
  await pressOnPage(page, '<');
  await expect(page.getByRole('combobox', { name: 'Playback speed' })).toHaveValue('0.75');
  expect(
    await page.evaluate(() => [
      document.querySelector('audio')?.playbackRate,
      document.querySelector('audio')?.preservesPitch,
    ]),
  ).toEqual([0.75, true]);
});

shortcutTest('faster', '> speeds up, up to 3×', async (page) => {
  for (let i = 0; i < 10; i++) await pressOnPage(page, '>');
  await expect(page.getByRole('combobox', { name: 'Playback speed' })).toHaveValue('3');
  expect(await page.evaluate(() => document.querySelector('audio')?.playbackRate)).toBe(3);
});

shortcutTest('toggleMute', 'M mutes and unmutes', async (page) => {
  await pressOnPage(page, 'm');
  await expect(page.getByRole('button', { name: 'Unmute' })).toBeVisible();
  expect(await page.evaluate(() => document.querySelector('audio')?.muted)).toBe(true);
  await pressOnPage(page, 'm');
  expect(await page.evaluate(() => document.querySelector('audio')?.muted)).toBe(false);
});

shortcutTest('jumpToPercent', '0–9 jump to 0–90 %', async (page) => {
  for (const digit of ['5', '9', '0']) {
    await pressOnPage(page, digit);
    await expect.poll(() => mediaTime(page)).toBeCloseTo((Number(digit) / 10) * DURATION, 0);
  }
});

shortcutTest('search', '/ and Ctrl+F go to the search box', async (page) => {
  const box = page.getByRole('searchbox', { name: 'Search transcript' });
  await pressOnPage(page, '/');
  await expect(box).toBeFocused();
  await pressOnPage(page, 'Control+f');
  await expect(box).toBeFocused();
  // Typed characters go into the box, not to the shortcuts.
  await page.keyboard.type('j k 5');
  await expect(box).toHaveValue('j k 5');
  expect(await mediaTime(page)).toBe(0);
});

shortcutTest('toggleFollow', 'F turns following off and on', async (page) => {
  await pressOnPage(page, 'f');
  await expect(page.getByRole('button', { name: 'Back to current line' })).toBeVisible();
  await pressOnPage(page, 'f');
  await expect(page.getByRole('button', { name: 'Back to current line' })).toBeHidden();
});

shortcutTest(
  'escape',
  'Esc closes the help, clears the search, returns to the current line',
  async (page) => {
    await pressOnPage(page, '?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
    const box = page.getByRole('searchbox', { name: 'Search transcript' });
    await box.fill('flask');
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
    await pressOnPage(page, 'f');
    await pressOnPage(page, 'Escape');
    await expect(page.getByRole('button', { name: 'Back to current line' })).toBeHidden();
  },
);

shortcutTest('copyLink', 'C copies a link to the current time that reopens there', async (page) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await seekMedia(page, 757.4);
  await pressOnPage(page, 'c');
  await expect(page.getByRole('status').filter({ hasText: 'Link to 12:37 copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/#t=12:37$/);
  await page.goto(link);
  await waitForReady(page);
  await expect.poll(() => mediaTime(page)).toBe(757);
  await expect.poll(() => currentRowIndex(page)).toBe(demoCueAt(757));
});

shortcutTest('toggleRepeat', 'R repeats the current line', async (page) => {
  await pressOnPage(page, 'r');
  await expect(page.getByRole('button', { name: 'Repeat line' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await pressOnPage(page, 'r');
  await expect(page.getByRole('button', { name: 'Repeat line' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

shortcutTest('showHelp', '? opens the keyboard shortcuts', async (page) => {
  await pressOnPage(page, '?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const shortcut of SHORTCUTS) {
    await expect(dialog).toContainText(english[`shortcut.${shortcut.action}`] as string);
  }
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

/** The demo with chapters every 10 minutes (a chapters file this test serves). */
async function openDemoWithChapters(page: Page): Promise<void> {
  await page.route('**/test-chapters.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        version: '1.2.0',
        chapters: [0, 600, 1200, 1800].map((startTime, i) => ({
          startTime,
          title: `Part ${i + 1}`,
        })),
      }),
    }),
  );
  const episode = '/episodes/talk-python-013';
  await page.goto(
    `/?${new URLSearchParams({
      audio: `${episode}/audio.mp3`,
      transcript: `${episode}/transcript.txt`,
      peaks: `${episode}/peaks.json`,
      chapters: '/test-chapters.json',
    })}`,
  );
  await waitForReady(page);
  await expect(
    page.getByRole('navigation', { name: 'Chapters' }).getByRole('button', { name: /^Part/ }),
  ).toHaveCount(4);
}

shortcutTest('nextChapter', 'Ctrl+→ goes to the next chapter', async (page) => {
  await openDemoWithChapters(page);
  await seekMedia(page, 700);
  await pressOnPage(page, 'Control+ArrowRight');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(1200, 0);
  await expect(
    page.getByRole('navigation', { name: 'Chapters' }).getByRole('button', { name: /^Part 3/ }),
  ).toHaveAttribute('aria-current', 'true');
});

shortcutTest(
  'previousChapter',
  'Ctrl+← restarts the chapter, then goes to the one before',
  async (page) => {
    await openDemoWithChapters(page);
    await seekMedia(page, 700);
    await pressOnPage(page, 'Control+ArrowLeft');
    await expect.poll(() => mediaTime(page)).toBeCloseTo(600, 0);
    await pressOnPage(page, 'Control+ArrowLeft');
    await expect.poll(() => mediaTime(page)).toBeCloseTo(0, 0);
  },
);

for (const [action, key, value] of [
  ['offsetLater', ']', '0.1'],
  ['offsetEarlier', '[', '-0.1'],
] as const) {
  shortcutTest(action, `${key} moves the transcript offset to ${value} s`, async (page) => {
    await pressOnPage(page, key);
    await expect(page.getByRole('spinbutton', { name: 'Transcript offset' })).toHaveValue(value);
  });
}

test('every shortcut in the table has a browser test above', () => {
  expect(SHORTCUTS.map((s) => s.action).filter((action) => !tested.has(action))).toEqual([]);
});

test('browser shortcuts are left alone, and Space on a button presses only the button', async ({
  page,
}) => {
  await openApp(page);
  await seekMedia(page, 100);
  await pressOnPage(page, 'Control+l');
  await pressOnPage(page, 'Alt+ArrowLeft');
  expect(await mediaTime(page)).toBe(100);
  await page.getByRole('button', { name: 'Forward 10 seconds' }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => mediaTime(page)).toBe(110);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});
