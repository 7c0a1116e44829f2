// Runs Lighthouse 13 against the production build, served in this process, with the system
// Chromium: mobile (Lighthouse's default phone: slow 4G, CPU 4× slower) and desktop. Writes
// bench/lighthouse.json and prints the scores, the layout shift and what shifted.
// `npm run lighthouse` (after `npm run build`, which it does).
import { mkdir, writeFile } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { preview } from 'vite';
import { CHROMIUM_PATH } from './lib/chromium.mjs';

const PORT = 4177;
const URL_UNDER_TEST = `http://127.0.0.1:${PORT}/`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = await preview({
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  logLevel: 'warn',
});
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const results = {};
try {
  for (const [name, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ]) {
    const { lhr } = await lighthouse(
      URL_UNDER_TEST,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      config,
    );
    const shifts = lhr.audits['layout-shifts']?.details?.items ?? [];
    results[name] = {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score])),
      cumulativeLayoutShift: lhr.audits['cumulative-layout-shift']?.numericValue,
      largestContentfulPaintMs: lhr.audits['largest-contentful-paint']?.numericValue,
      totalBlockingTimeMs: lhr.audits['total-blocking-time']?.numericValue,
      shifted: shifts.map((item) => ({ score: item.score, node: item.node?.snippet })),
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    };
    console.log(name, JSON.stringify(results[name], null, 1));
  }
  await mkdir('bench', { recursive: true });
  await writeFile(
    'bench/lighthouse.json',
    `${JSON.stringify({ date: new Date().toISOString(), lighthouse: '13.5.0', results }, null, 2)}\n`,
  );
} finally {
  chrome.kill();
  await server.close();
}
