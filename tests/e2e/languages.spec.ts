import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { expectAxeClean, mediaTime, seekMedia, waitForReady } from './helpers';

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not laid out`);
  return found;
};

test('?lang=de: the whole page in German, remembered, axe clean; back to English from the menu', async ({
  page,
}) => {
  await page.goto('/?lang=de');
  await waitForReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('button', { name: 'Abspielen', exact: true })).toBeEnabled();
  await expect(page.getByRole('region', { name: 'Transkript' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Transkript durchsuchen' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Position' })).toHaveAttribute(
    'aria-valuetext',
    '0:00 von 49:49',
  );
  // Numbers by the language's rules: 734 lines, a German plural.
  await expect(page.getByRole('list', { name: '734 Zeilen' })).toBeVisible();
  // The shortcut dialog is translated too.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Tastenkürzel' });
  await expect(dialog).toContainText('Abspielen oder pausieren');
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expectAxeClean(page);

  // Remembered: the next visit, with no ?lang, is German still.
  await page.goto('/');
  await waitForReady(page);
  await expect(page.getByRole('button', { name: 'Abspielen', exact: true })).toBeVisible();

  // The menu is named "Language" in every language, and switches at once.
  await page.getByRole('combobox', { name: /Language/ }).selectOption('en');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('Arabic: the layout mirrors, the waveform and the time run left to right, axe clean', async ({
  page,
}) => {
  await page.goto('/');
  await waitForReady(page);
  const ltrTime = await box(page, '[data-cue-index="1"] .cue-time');
  const ltrText = await box(page, '[data-cue-index="1"] .cue-text');
  expect(ltrTime.x).toBeLessThan(ltrText.x);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('button', { name: 'تشغيل', exact: true })).toBeVisible();
  // Mirrored: a line's time is now on its right, and the page tools start from the left.
  const time = await box(page, '[data-cue-index="1"] .cue-time');
  const text = await box(page, '[data-cue-index="1"] .cue-text');
  expect(time.x).toBeGreaterThan(text.x);
  const tools = await box(page, '.page-tools');
  const brand = await box(page, '.brand');
  expect(tools.x).toBeLessThan(brand.x);
  // Media time is not mirrored: the waveform and the readout run left to right.
  const waveform = page.getByRole('slider', { name: 'موضع التشغيل' });
  await expect(waveform).toHaveCSS('direction', 'ltr');
  await expect(page.locator('.time-readout')).toHaveCSS('direction', 'ltr');
  await seekMedia(page, 1500);
  const [elapsed, duration] = await Promise.all([
    box(page, '.time-readout span:first-child'),
    box(page, '.time-readout span:last-child'),
  ]);
  expect(elapsed.x).toBeLessThan(duration.x);
  // A click on the waveform's left part seeks near the start, as in any player.
  const wave = await waveform.boundingBox();
  if (!wave) throw new Error('no waveform');
  await page.mouse.click(wave.x + wave.width * 0.1, wave.y + wave.height / 2);
  await expect.poll(() => mediaTime(page)).toBeLessThan(2989 * 0.2);
  await expectAxeClean(page);
});

/** Opens the demo audio with a transcript of ours, served as a file on the same origin. */
async function openWithTranscript(page: Page, name: string): Promise<void> {
  await page.route(`**/fixtures/${name}`, (route) =>
    route.fulfill({
      contentType: 'text/vtt; charset=utf-8',
      body: readFileSync(`tests/fixtures/${name}`, 'utf8'),
    }),
  );
  const query = new URLSearchParams({
    audio: '/episodes/talk-python-013/audio.mp3',
    transcript: `/fixtures/${name}`,
  });
  await page.goto(`/?${query}`);
  await waitForReady(page);
}

test('an Arabic transcript in the English page: right to left line by line, highlighted, searched without vowel marks, quoted', async ({
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithTranscript(page, 'arabic.vtt');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const line = page.locator('[data-cue-index="1"] .cue-text');
  await expect(line).toHaveAttribute('dir', 'auto');
  await expect(line).toHaveCSS('direction', 'rtl');
  // Highlighted as the audio plays past it.
  await seekMedia(page, 12);
  await expect(page.locator('[aria-current="true"]')).toHaveAttribute('data-cue-index', '1');
  // Typed without harakat, found in the line written with them.
  await page.getByRole('searchbox', { name: 'Search transcript' }).fill('مرحبا بكم');
  await expect(page.getByRole('status').filter({ hasText: '1 of 1' })).toBeVisible();
  await expect(page.locator('[data-cue-index="0"] mark')).toHaveText('مَرْحَبًا بِكُمْ');
  await page.getByRole('searchbox', { name: 'Search transcript' }).fill('');
  // Quoted whole, right to left text and all.
  const row = page.locator('[data-cue-index="1"]');
  await row.hover();
  await row.getByRole('button', { name: 'Copy quote' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Quote copied' })).toBeVisible();
  const quote = await page.evaluate(() => navigator.clipboard.readText());
  expect(quote.split('\n')[0]).toBe('“نتحدث اليوم عن إطار العمل فلاسك ولغة بايثون.”');
  expect(quote.split('\n')[1]).toContain('— المقدّم, ');
});

test('a Japanese transcript: words found without spaces, a selection shared by whole words', async ({
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithTranscript(page, 'japanese.vtt');
  await page.getByRole('searchbox', { name: 'Search transcript' }).fill('フラスク');
  await expect(page.getByRole('status').filter({ hasText: '1 of 2' })).toBeVisible();
  await expect(page.locator('[data-cue-index="1"] mark')).toHaveText('フラスク');
  await page.getByRole('searchbox', { name: 'Search transcript' }).fill('');
  // Out of the search box: a selection made while typing there is not offered for sharing.
  await page.getByRole('searchbox', { name: 'Search transcript' }).blur();
  await seekMedia(page, 31);
  await expect(page.locator('[aria-current="true"]')).toHaveAttribute('data-cue-index', '3');
  // Select from inside 小さな to inside プロジェクト: the quote takes both words whole.
  await page.evaluate(() => {
    const text = document.querySelector('[data-cue-index="3"] .cue-text')?.firstChild as Node;
    const line = text.textContent ?? '';
    const range = document.createRange();
    range.setStart(text, line.indexOf('小さな') + 1);
    range.setEnd(text, line.indexOf('プロジェクト') + 2);
    const selection = window.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await page.getByRole('button', { name: /^Share selection/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Quote and link copied' })).toBeVisible();
  const quote = await page.evaluate(() => navigator.clipboard.readText());
  expect(quote.split('\n')[0]).toBe('“小さなプロジェクト”');
});
