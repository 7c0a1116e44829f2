import { expect, test, type Page } from './fixtures';
import { openApp } from './helpers';

const SAYS = /^This browser is not letting Tandem save anything/;

/** Collects every uncaught error of the page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Plays, pauses and changes the speed: the things that write to storage. */
async function useThePlayer(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('1.5');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.locator('[aria-current="true"]')).toHaveCount(1);
}

test('storage blocked (a private window): the app starts, works, and says once that it cannot remember', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openApp(page);
  await expect(page.getByText(SAYS)).toBeVisible();
  await useThePlayer(page);
  expect(errors).toEqual([]);
});

test('storage full: every write refused, the app works and says so once', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openApp(page);
  await useThePlayer(page);
  await expect(page.getByText(SAYS)).toHaveCount(1);
  expect(errors).toEqual([]);
});

test("storage holding another version's garbage: the app starts with sane settings", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('tandem:settings', '{"state":{"rate":"fast","volume":null},"version":0}');
    localStorage.setItem('tandem:position:talk-python-013', '{not json');
    localStorage.setItem('tandem:recent', '{"x":1}');
  });
  await openApp(page);
  await expect(page.getByRole('combobox', { name: 'Playback speed' })).toHaveValue('1');
  await expect(page.getByText(/Resumed at/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Open episode' }).click();
  await expect(page.getByRole('dialog', { name: 'Open episode' })).toBeVisible();
  await page.keyboard.press('Escape');
  await useThePlayer(page);
  expect(errors).toEqual([]);
});
