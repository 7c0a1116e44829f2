// Measures Tandem in the system Chromium against the production build (run `npm run bench`).
// Prints one table and writes bench/results.json. Numbers, not assertions: shared 2-core
// machines are too noisy for timed tests.
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { writeLongEpisode, writeLongTranscripts } from './lib/long-episode.mjs';

const PORT = 4178;
const BASE = `http://127.0.0.1:${PORT}`;
const LOADS = 5;
const PLAY_SECONDS = 8;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Serves the production build (dist/) the way `vite preview` does, in this process. */
async function startServer() {
  return preview({
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
    logLevel: 'warn',
  });
}

/** Opens the page fresh and returns ms from navigation start to performance.mark("tandem:ready"). */
async function timeToReady(browser, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}${path}`);
  await page.waitForFunction(() => performance.getEntriesByName('tandem:ready').length > 0, null, {
    timeout: 60_000,
  });
  const ms = await page.evaluate(() => performance.getEntriesByName('tandem:ready')[0].startTime);
  await context.close();
  return ms;
}

async function heapAndDom(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    heapMB: metric('JSHeapUsedSize') / 2 ** 20,
    domNodes: metric('Nodes'),
    rows: await page.locator('[data-cue-index]').count(),
  };
}

/** Plays at 2x for a while; main-thread time per frame from Chromium's own task accounting. */
async function playAt2x(page, cdp) {
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForFunction(() => !document.querySelector('audio').paused);
  await page.evaluate(() => {
    document.querySelector('audio').playbackRate = 2;
    window.__bench = { frames: 0, cueChanges: 0, longTasks: [] };
    const countFrame = () => {
      window.__bench.frames++;
      window.__bench.raf = requestAnimationFrame(countFrame);
    };
    window.__bench.raf = requestAnimationFrame(countFrame);
    new MutationObserver((records) => {
      window.__bench.cueChanges += records.filter(
        (r) => r.target.getAttribute('aria-current') === 'true',
      ).length;
    }).observe(document.querySelector('.transcript-scroller'), {
      subtree: true,
      attributeFilter: ['aria-current'],
    });
    new PerformanceObserver((list) => {
      window.__bench.longTasks.push(...list.getEntries().map((e) => e.duration));
    }).observe({ type: 'longtask' });
  });
  const before = (await cdp.send('Performance.getMetrics')).metrics;
  await page.waitForTimeout(PLAY_SECONDS * 1000);
  const after = (await cdp.send('Performance.getMetrics')).metrics;
  const stats = await page.evaluate(() => {
    cancelAnimationFrame(window.__bench.raf);
    return window.__bench;
  });
  const delta = (name) =>
    (after.find((m) => m.name === name)?.value ?? 0) -
    (before.find((m) => m.name === name)?.value ?? 0);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  return {
    frames: stats.frames,
    fps: stats.frames / PLAY_SECONDS,
    mainThreadMsPerFrame: (delta('TaskDuration') * 1000) / stats.frames,
    scriptMsPerFrame: (delta('ScriptDuration') * 1000) / stats.frames,
    cueChanges: stats.cueChanges,
    longTasks: stats.longTasks.length,
    longestTaskMs: Math.max(0, ...stats.longTasks),
  };
}

const SEARCH_QUERY = 'python';

/**
 * Types a query into the search box one key at a time, like a person, and reads each
 * keystroke's input-to-next-paint time from the browser's Event Timing entries.
 */
async function typeSearch(page) {
  await page.evaluate(() => {
    window.__keystrokes = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'keydown' || entry.name === 'input' || entry.name === 'keyup') {
          window.__keystrokes.push({
            name: entry.name,
            start: entry.startTime,
            duration: entry.duration,
          });
        }
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  const box = page.getByRole('searchbox', { name: 'Search transcript' });
  await box.click();
  const perKey = [];
  for (const char of SEARCH_QUERY) {
    // Script time from the key to the list showing the first match, measured in the page.
    const ms = await page.evaluate(
      (key) =>
        new Promise((resolve) => {
          const input = document.querySelector('.search-input');
          const started = performance.now();
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          setValue.call(input, input.value + key);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
        }),
      char,
    );
    perKey.push(ms);
  }
  const status = await page.locator('.search-status').textContent();
  await box.fill('');
  // And once more with real key presses, for the browser's own input-to-paint figure.
  await box.pressSequentially(SEARCH_QUERY, { delay: 60 });
  await page.waitForTimeout(300);
  const events = await page.evaluate(() => window.__keystrokes);
  await box.fill('');
  return {
    query: SEARCH_QUERY,
    status,
    msPerKeystroke: { median: median(perKey), max: Math.max(...perKey) },
    // Event Timing only reports interactions of 16 ms or more.
    slowInteractions: events.filter((e) => e.name === 'keydown').length,
    longestInteractionMs: Math.max(0, ...events.map((e) => e.duration)),
  };
}

/** Samples the page's JS heap every 100 ms until `until` resolves; returns the peak in MB. */
async function peakHeapWhile(cdp, until) {
  let peak = 0;
  let done = false;
  const sampling = (async () => {
    while (!done) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const result = await until;
  done = true;
  await sampling;
  return { result, peakHeapMB: peak / 2 ** 20 };
}

/** Opens `path` and times it until `ready` holds in the page; heap peak and after GC. */
async function measureOpen(browser, path, ready) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const started = Date.now();
  const { peakHeapMB } = await peakHeapWhile(
    cdp,
    page
      .goto(`${BASE}${path}`)
      .then(() => page.waitForFunction(ready, null, { timeout: 120_000, polling: 50 })),
  );
  const ms = Date.now() - started;
  const after = await heapAndDom(page, cdp);
  const alerts = await page.getByRole('alert').allTextContents();
  await context.close();
  return { ms, peakHeapMB, heapAfterMB: after.heapMB, rows: after.rows, alerts };
}

async function measure(browser, name, path, startAt) {
  const loads = [];
  for (let i = 0; i < LOADS; i++) loads.push(await timeToReady(browser, path));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${BASE}${path}`);
  await page.waitForFunction(() => performance.getEntriesByName('tandem:ready').length > 0, null, {
    timeout: 60_000,
  });
  const afterLoad = await heapAndDom(page, cdp);
  await page.evaluate((t) => {
    document.querySelector('audio').currentTime = t;
  }, startAt);
  const playing = await playAt2x(page, cdp);
  const afterPlay = await heapAndDom(page, cdp);
  const search = await typeSearch(page);
  await context.close();
  return {
    name,
    readyMs: {
      median: median(loads),
      min: Math.min(...loads),
      max: Math.max(...loads),
      runs: loads.length,
    },
    afterLoad,
    playing,
    afterPlay,
    search,
  };
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const longPath = await writeLongEpisode('dist');
  const results = [
    await measure(browser, 'demo episode (734 lines, 49:49)', '/', 600),
    await measure(browser, 'long episode (100,000 lines, 3:00:00)', `/?episode=${longPath}`, 5400),
  ];
  const transcripts = await writeLongTranscripts('dist');
  const rowsShown = () => document.querySelector('[data-cue-index]') !== null;
  const parsing = {
    vtt: await measureOpen(browser, `/?transcript=/${transcripts.vtt}`, rowsShown),
    srt: await measureOpen(browser, `/?transcript=/${transcripts.srt}`, rowsShown),
  };
  // No peaks beside this audio: the page computes them (a 3-hour, 8 kHz WAV of 165 MB).
  const peaks = await measureOpen(browser, `/?audio=/${longPath}audio.wav`, () => {
    if (document.querySelector('.peaks-progress')) window.__sawProgress = true;
    return window.__sawProgress === true && document.querySelector('.peaks-progress') === null;
  });
  const rows = [
    ['', ...results.map((r) => r.name)],
    [
      'load → tandem:ready, median ms (min–max)',
      ...results.map(
        (r) =>
          `${round(r.readyMs.median, 0)} (${round(r.readyMs.min, 0)}–${round(r.readyMs.max, 0)})`,
      ),
    ],
    [
      'transcript rows in the DOM',
      ...results.map((r) => `${r.afterLoad.rows} (after play ${r.afterPlay.rows})`),
    ],
    ['DOM nodes', ...results.map((r) => String(r.afterLoad.domNodes))],
    [
      'JS heap after GC, MB (after play)',
      ...results.map((r) => `${round(r.afterLoad.heapMB)} (${round(r.afterPlay.heapMB)})`),
    ],
    [
      `playing at 2× for ${PLAY_SECONDS} s: frames/s`,
      ...results.map((r) => String(round(r.playing.fps))),
    ],
    [
      '  main-thread ms per frame',
      ...results.map((r) => String(round(r.playing.mainThreadMsPerFrame, 2))),
    ],
    ['  script ms per frame', ...results.map((r) => String(round(r.playing.scriptMsPerFrame, 2)))],
    ['  cue changes seen', ...results.map((r) => String(r.playing.cueChanges))],
    [
      '  long tasks (> 50 ms), longest ms',
      ...results.map((r) => `${r.playing.longTasks}, ${round(r.playing.longestTaskMs, 0)}`),
    ],
    [
      `search "${SEARCH_QUERY}": ms per keystroke to paint, median (max)`,
      ...results.map(
        (r) => `${round(r.search.msPerKeystroke.median)} (${round(r.search.msPerKeystroke.max)})`,
      ),
    ],
    [
      '  typed keys with input-to-paint ≥ 16 ms; longest ms',
      ...results.map(
        (r) =>
          `${r.search.slowInteractions} of ${SEARCH_QUERY.length}; ${round(r.search.longestInteractionMs, 0)}`,
      ),
    ],
    ['  matches at the end', ...results.map((r) => r.search.status)],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.slice(1).forEach((row) => console.log(line(row)));
  const fmt = (r) =>
    `${round(r.ms / 1000, 2)} s, peak heap ${round(r.peakHeapMB)} MB, after ${round(r.heapAfterMB)} MB`;
  console.log('');
  console.log(
    `| opening without an episode folder | time to first rows or waveform, JS heap (main thread) |`,
  );
  console.log(`|---|---|`);
  console.log(`| 100,000-cue WebVTT (${parsing.vtt.rows} rows in the DOM) | ${fmt(parsing.vtt)} |`);
  console.log(
    `| ${round(transcripts.srtMB)} MB SRT, ${transcripts.srtCues.toLocaleString('en')} cues | ${fmt(parsing.srt)} |`,
  );
  console.log(`| 3-hour WAV without peaks, to waveform drawn | ${fmt(peaks)} |`);
  const problems = [...parsing.vtt.alerts, ...parsing.srt.alerts, ...peaks.alerts];
  if (problems.length > 0) console.log(`alerts: ${problems.join(' | ')}`);
  await mkdir('bench', { recursive: true });
  const browserVersion = browser.version();
  await writeFile(
    'bench/results.json',
    `${JSON.stringify({ date: new Date().toISOString(), browser: browserVersion, cores: (await import('node:os')).cpus().length, results, parsing, peaks }, null, 2)}\n`,
  );
  console.log(`\nChromium ${browserVersion}; results in bench/results.json`);
} finally {
  await browser.close();
  await server.close();
}
