import AxeBuilder from '@axe-core/playwright';
import { buildServer } from '../../scripts/lib/server.mjs';
import { CHAPTERS, EPISODES, feedFiles } from './feed-fixture';
import { expect, test, type Page } from './fixtures';
import { demo, mediaTime, waitForReady } from './helpers';
import { startRemoteHost, type RemoteHost } from './remote-host';

const files = feedFiles();
let host: RemoteHost | null = null;
let server: Awaited<ReturnType<typeof buildServer>> | null = null;

test.afterEach(async () => {
  await server?.close();
  server = null;
  await host?.close();
  host = null;
});

const feedPath = (feedUrl: string, episodeId?: string): string =>
  `/?${new URLSearchParams(episodeId ? { feed: feedUrl, episode: episodeId } : { feed: feedUrl })}`;

/** Opens one episode of the feed and waits for its player and first lines. */
async function openEpisode(
  page: Page,
  feedUrl: string,
  episodeId: string,
  base = '',
): Promise<void> {
  await page.goto(`${base}${feedPath(feedUrl, episodeId)}`);
  await waitForReady(page);
}

/** WCAG 2 AA violations on the page, as "rule: targets". */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const chapterButtons = (page: Page) =>
  page.getByRole('navigation', { name: 'Chapters' }).getByRole('button', { name: / \d+:\d\d$/ });

test.describe('a show on a host that lets other sites read its files', () => {
  test.beforeEach(async () => {
    host = await startRemoteHost(files, { cors: true, range: true });
  });

  test('lists the show newest first with what each episode offers; the filter narrows; choosing opens it', async ({
    page,
  }) => {
    const feedUrl = (host as RemoteHost).url('show/feed.xml');
    await page.goto(feedPath(feedUrl));
    await expect(page.getByRole('heading', { level: 1, name: 'Tandem Test Radio' })).toBeVisible();
    await expect(page.getByText('The Tandem team')).toBeVisible();
    const list = page.getByRole('list', { name: 'Episodes' });
    await expect(list.getByRole('link')).toHaveText(Object.values(EPISODES).map((e) => e.title));
    await expect(list.getByRole('link').last()).toHaveAccessibleDescription(
      /50 min · no transcript$/,
    );
    await expect(list.getByRole('link').first()).toHaveAccessibleDescription(
      /transcript · chapters/,
    );

    await page.getByRole('searchbox', { name: 'Filter episodes' }).fill('podlove');
    await expect(list.getByRole('link')).toHaveText([EPISODES.html.title]);
    await page.getByRole('searchbox', { name: 'Filter episodes' }).fill('');
    await list.getByRole('link', { name: EPISODES.vtt.title }).click();
    await waitForReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(EPISODES.vtt.title);
    const url = new URL(page.url());
    expect(url.searchParams.get('feed')).toBe(feedUrl);
    expect(url.searchParams.get('episode')).toBe(EPISODES.vtt.id);
    // The WebVTT transcript was chosen over the plain text one, and reads as the demo does.
    await expect(page.locator('[data-cue-index="0"]')).toContainText(demo.cues[0]?.text ?? '');
    // Back returns to the list; the show is a link from the episode too.
    await page.goBack();
    await expect(page.getByRole('list', { name: 'Episodes' })).toBeVisible();
  });

  test('chapters: the list, the current one, marks, headings, Ctrl+arrows, system controls and links', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      const handlers: Record<string, (details: object) => void> = {};
      (window as unknown as { __mediaHandlers: typeof handlers }).__mediaHandlers = handlers;
      const session = navigator.mediaSession;
      const original = session.setActionHandler.bind(session);
      session.setActionHandler = (action, handler) => {
        if (handler) handlers[action] = handler as (details: object) => void;
        original(action, handler);
      };
    });
    const feedUrl = (host as RemoteHost).url('show/feed.xml');
    await openEpisode(page, feedUrl, EPISODES.vtt.id);
    const buttons = chapterButtons(page);
    await expect(buttons).toHaveText(CHAPTERS.map((c) => new RegExp(`^${c.title}`)));
    await expect(buttons.first()).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('.chapter-mark')).toHaveCount(CHAPTERS.length - 1);
    await expect(
      page
        .getByRole('region', { name: 'Transcript' })
        .getByRole('heading', { name: CHAPTERS[0]?.title ?? '' }),
    ).toBeVisible();

    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Control+ArrowRight');
    await expect.poll(() => mediaTime(page)).toBeCloseTo(300, 0);
    await expect(buttons.nth(1)).toHaveAttribute('aria-current', 'true');
    await expect(
      page
        .getByRole('region', { name: 'Transcript' })
        .getByRole('heading', { name: CHAPTERS[1]?.title ?? '' }),
    ).toBeVisible();
    await page.keyboard.press('Control+ArrowRight');
    await expect.poll(() => mediaTime(page)).toBeCloseTo(900, 0);
    await page.keyboard.press('Control+ArrowLeft');
    await expect.poll(() => mediaTime(page)).toBeCloseTo(300, 0);

    // The system's previous/next track buttons move by chapter.
    await page.evaluate(() =>
      (
        window as unknown as { __mediaHandlers: Record<string, (d: object) => void> }
      ).__mediaHandlers.nexttrack?.({ action: 'nexttrack' }),
    );
    await expect.poll(() => mediaTime(page)).toBeCloseTo(900, 0);
    await expect(buttons.nth(2)).toHaveAttribute('aria-current', 'true');

    await buttons.nth(3).click();
    await expect.poll(() => mediaTime(page)).toBeCloseTo(1800, 0);
    await page.getByRole('button', { name: 'Copy link to this chapter' }).click();
    await expect(page.getByRole('status').filter({ hasText: /copied$/ })).toBeVisible();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.searchParams.get('feed')).toBe(feedUrl);
    expect(link.searchParams.get('episode')).toBe(EPISODES.vtt.id);
    expect(link.hash).toBe('#t=30:00');

    // The link opens the episode at that moment.
    await page.goto(link.href.replace(link.origin, ''));
    await waitForReady(page);
    await expect.poll(() => mediaTime(page)).toBeCloseTo(1800, 0);
    await expect(chapterButtons(page).nth(3)).toHaveAttribute('aria-current', 'true');
  });

  test('the show list and an episode with chapters pass the accessibility check, light and dark', async ({
    page,
  }) => {
    const feedUrl = (host as RemoteHost).url('show/feed.xml');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(feedPath(feedUrl));
      await expect(page.getByRole('list', { name: 'Episodes' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await openEpisode(page, feedUrl, EPISODES.vtt.id);
      await expect(chapterButtons(page)).toHaveCount(CHAPTERS.length);
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  for (const [name, episode, firstLine] of [
    ['SRT and WebVTT chapters', EPISODES.srt, demo.cues[0]?.text],
    ['HTML and Podlove chapters in the feed', EPISODES.html, demo.cues[0]?.text],
    ['Podcasting 2.0 JSON and ID3 chapters inside the MP3', EPISODES.json, demo.cues[0]?.text],
  ] as const) {
    test(`an episode with ${name}`, async ({ page }) => {
      await openEpisode(page, (host as RemoteHost).url('show/feed.xml'), episode.id);
      await expect(page.locator('[data-cue-index="0"]')).toContainText(firstLine ?? '');
      await expect(chapterButtons(page)).toHaveText(CHAPTERS.map((c) => new RegExp(`^${c.title}`)));
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }

  test('an episode with neither transcript nor chapters plays, and says there is no transcript', async ({
    page,
  }) => {
    await page.goto(feedPath((host as RemoteHost).url('show/feed.xml'), EPISODES.bare.id));
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
    await expect(page.getByText('No transcript is open.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Chapters' })).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('an episode that left the feed is said, with the way back to the list', async ({ page }) => {
    await page.goto(feedPath((host as RemoteHost).url('show/feed.xml'), 'gone'));
    await expect(page.getByRole('alert')).toContainText(
      'The feed feed.xml has no episode with the id "gone" (it lists 5)',
    );
  });
});

test.describe('a show on a host that does not let other sites read its files', () => {
  test.beforeEach(async () => {
    host = await startRemoteHost(files, { cors: false, range: true });
  });

  test('served as plain files, the page says what to do instead', async ({ page }) => {
    await page.goto(feedPath((host as RemoteHost).url('show/feed.xml')));
    await expect(page.getByRole('alert')).toContainText(
      'Could not download feed.xml: the address is wrong, or its server does not let other sites read it (CORS).',
    );
    await expect(page.getByRole('alert')).toContainText('npm run serve');
  });

  test('through npm run serve, the relay reads the feed, transcript and chapters; audio plays directly', async ({
    page,
  }) => {
    const remote = host as RemoteHost;
    const port = new URL(remote.url('')).port;
    server = await buildServer({
      root: 'dist',
      allowHosts: new Set([`127.0.0.1:${port}`]),
      closeConnections: true,
    });
    const base = await server.listen({ port: 0, host: '127.0.0.1' });
    const feedUrl = remote.url('show/feed.xml');
    await page.goto(`${base}${feedPath(feedUrl)}`);
    await page
      .getByRole('list', { name: 'Episodes' })
      .getByRole('link', { name: EPISODES.vtt.title })
      .click();
    await waitForReady(page);
    await expect(page.locator('[data-cue-index="0"]')).toContainText(demo.cues[0]?.text ?? '');
    await expect(chapterButtons(page)).toHaveCount(CHAPTERS.length);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => mediaTime(page)).toBeGreaterThan(0.5);
    // The audio came straight from its host, never through the relay.
    expect(remote.requests.get('show/media/demo.mp3') ?? 0).toBeGreaterThan(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('through npm run serve, the relay refuses this machine’s own addresses, and the page says why', async ({
    page,
  }) => {
    // No exemption: the feed's host is a loopback address, which the relay must refuse.
    server = await buildServer({ root: 'dist', allowHosts: new Set(), closeConnections: true });
    const base = await server.listen({ port: 0, host: '127.0.0.1' });
    await page.goto(`${base}${feedPath((host as RemoteHost).url('show/feed.xml'))}`);
    await expect(page.getByRole('alert')).toContainText(
      "Tandem's relay refused it: 127.0.0.1 is a loopback address (this machine); it is not relayed.",
    );
    expect((host as RemoteHost).requests.get('show/feed.xml') ?? 0).toBe(1);
  });
});
