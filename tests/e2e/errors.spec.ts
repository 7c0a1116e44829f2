import { expect, test } from '@playwright/test';

test('a broken transcript names the file and line, and the audio still plays', async ({ page }) => {
  await page.route('**/episodes/talk-python-013/transcript.txt', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/plain',
      body: 'Title\n00:00 fine\n00:07 fine\n00:99 broken\n',
    }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(
    'Could not read the transcript transcript.txt (Talk Python text transcript): line 4, column 1: "00:99" is not a valid time; expected MM:SS or H:MM:SS with minutes and seconds below 60.',
  );
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
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
  await page.route('**/episodes/talk-python-013/transcript.txt', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/plain',
      body: 'Title\n00:00 <img src=x onerror="window.__hacked = true">hello <script>window.__hacked = true</script>\n',
    }),
  );
  await page.goto('/');
  const row = page.locator('[data-cue-index="0"]');
  await expect(row).toContainText('<img src=x onerror="window.__hacked = true">hello');
  expect(await page.evaluate(() => (window as { __hacked?: boolean }).__hacked)).toBeUndefined();
  await expect(row.locator('img, script')).toHaveCount(0);
});
