// Measures Tandem against a naive baseline page in one run (`npm run bench`): the production
// build, served in this process, driven in the system Chromium. Prints one table and writes
// bench/results.json and bench/README.md. Numbers, not assertions: shared 2-core machines are
// too noisy for timed tests.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { copyBaseline } from './lib/baseline.mjs';
import { waitForRows } from './lib/first-rows-probe.mjs';
import { LONG_CUE_SECONDS, writeLongEpisode } from './lib/long-episode.mjs';
import { openProfiledPage, PROFILES } from './lib/profiles.mjs';
import { peakRendererMemoryMB, rendererPids } from './lib/renderer-memory.mjs';

const PORT = 4178;
const BASE = `http://127.0.0.1:${PORT}`;
const LOADS = 7;
const SCROLL_FRAMES = 600;
const LAG_SECONDS = 10;
// Where in the long episode the highlight is timed: an hour and a half in.
const LAG_AT = 5400;
const PLAY_SECONDS = 8;
const SEARCH_QUERY = 'python';
// An hour of audio at the fastest speed browsers play.
const LONG_SESSION = { rate: 16, seconds: 3600 / 16 };
const SETTLE_TIMEOUT_MS = 180_000;

const BATTERY_SECONDS = 10;

const LONG = 'bench-episodes/long/';
const DEMO = 'episodes/talk-python-013/';

/** The two pages under test and where each keeps the parts the bench drives. */
const SUBJECTS = {
  tandem: {
    name: 'Tandem',
    demo: '/',
    long: `/?episode=${LONG}`,
    audioOnly: `/?audio=/${LONG}audio.wav`,
    scroller: '.transcript-scroller',
    search: '.search-input',
    currentRow: '[data-cue-index][aria-current="true"]',
    // The whole transcript read and the waveform drawn.
    settled: () =>
      performance.getEntriesByName('tandem:ready').length > 0 &&
      document.querySelector('.transcript[aria-busy="true"]') === null,
    waveformDone: () => {
      if (document.querySelector('.peaks-progress')) window.__sawProgress = true;
      return window.__sawProgress === true && document.querySelector('.peaks-progress') === null;
    },
  },
  baseline: {
    name: 'naive baseline',
    demo: `/bench-baseline/?transcript=/${DEMO}transcript.txt&audio=/${DEMO}audio.mp3`,
    long: `/bench-baseline/?transcript=/${LONG}transcript.vtt&audio=/${LONG}audio.wav`,
    audioOnly: `/bench-baseline/?audio=/${LONG}audio.wav`,
    scroller: '#transcript',
    search: 'input[type=search]',
    currentRow: '[data-cue-index].current',
    settled: () =>
      document.querySelector('[data-cue-index]') !== null &&
      (window.baselineWaveformReady !== undefined || window.baselineWaveformError !== undefined),
    waveformDone: () =>
      window.baselineWaveformReady !== undefined || window.baselineWaveformError !== undefined,
  },
};

const percentile = (values, p) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values) => percentile(values, 50);
const round = (value, digits = 1) =>
  Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : value;

let profile = PROFILES.desktop;

function openPage(browser, path, { withNetwork = false } = {}) {
  return openProfiledPage(browser, profile, `${BASE}${path}`, { withNetwork });
}

/**
 * The page behaves as in a background tab or on a locked phone: hidden, and no animation frames
 * (headless Chromium keeps every page visible, so the page is told so from inside).
 */
function hidePage() {
  const queued = [];
  window.requestAnimationFrame = (callback) => queued.push(callback);
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return (name) => list.find((m) => m.name === name)?.value ?? 0;
}

/** JS heap after a full GC, DOM nodes, and transcript rows in the DOM. */
async function heapAndDom(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const metric = await metrics(cdp);
  return {
    heapMB: metric('JSHeapUsedSize') / 2 ** 20,
    domNodes: metric('Nodes'),
    rows: await page.locator('[data-cue-index]').count(),
  };
}

/** Samples the page's JS heap every 100 ms until `until` settles; the peak in MB. */
async function peakHeapWhile(cdp, until) {
  let peak = 0;
  let done = false;
  const sampling = (async () => {
    while (!done) {
      try {
        peak = Math.max(peak, (await metrics(cdp))('JSHeapUsedSize'));
      } catch {
        // The page may be between documents.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    return { result: await until, peakHeapMB: peak / 2 ** 20 };
  } finally {
    done = true;
    await sampling;
  }
}

/** One fresh load of `path`: to the first frame with transcript lines, and with the list's own rows. */
async function loadRows(browser, path) {
  const { context, page } = await openPage(browser, path, { withNetwork: true });
  const [first, app] = await waitForRows(page, SETTLE_TIMEOUT_MS);
  await context.close();
  return { first, app };
}

const rowsSummary = (loads) => {
  const times = loads.map((load) => load.first);
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    appMedian: median(loads.map((load) => load.app)),
  };
};

/**
 * 1. Navigation to the first frame with transcript lines on screen, and to the first with the
 * list's own rows (usable), median of LOADS fresh loads.
 */
async function firstRows(browser, path) {
  const loads = [];
  for (let i = 0; i < LOADS; i++) loads.push(await loadRows(browser, path));
  return rowsSummary(loads);
}

/**
 * 1 for both pages side by side: their loads in turn, so that a slower moment of a shared machine
 * falls on both, after one load of each that is not counted (the first loads of a run are slower).
 */
async function firstRowsInTurn(browser, which) {
  const loads = { tandem: [], baseline: [] };
  for (const subject of Object.values(SUBJECTS)) await loadRows(browser, subject[which]);
  for (let i = 0; i < LOADS; i++) {
    for (const [key, subject] of Object.entries(SUBJECTS))
      loads[key].push(await loadRows(browser, subject[which]));
  }
  return { tandem: rowsSummary(loads.tandem), baseline: rowsSummary(loads.baseline) };
}

/**
 * 3. Scrolls the whole list top to bottom, one step per frame; main-thread time per frame, and
 * (steadier on a busy machine than the slowest frames) the main thread's busy time and layouts
 * over the whole scroll, per frame.
 */
async function scrollWholeList(page, cdp, scroller) {
  const before = await metrics(cdp);
  const result = await scrollFrames(page, scroller);
  const after = await metrics(cdp);
  const frames = result.work.length;
  return {
    ...result,
    busyPerFrameMs: ((after('TaskDuration') - before('TaskDuration')) * 1000) / frames,
    layoutsPerFrame: (after('LayoutCount') - before('LayoutCount')) / frames,
  };
}

async function scrollFrames(page, scroller) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      window.__longTasks.push(...list.getEntries().map((e) => e.duration));
    }).observe({ type: 'longtask' });
  });
  return page.evaluate(
    ({ selector, frames }) =>
      new Promise((resolve) => {
        const element = document.querySelector(selector);
        // A listener's scroll starts with an input (wheel, touch, a press on the scrollbar):
        // Tandem stops following on it; the naive page ignores it.
        element.dispatchEvent(new WheelEvent('wheel', { bubbles: true, deltaY: 1 }));
        const work = [];
        const intervals = [];
        let frame = 0;
        let last = 0;
        const channel = new MessageChannel();
        const step = (timestamp) => {
          if (last > 0) intervals.push(timestamp - last);
          last = timestamp;
          // A task queued now runs once this frame's style, layout and paint are done: from the
          // frame's start to then is the main thread's work for the frame.
          channel.port1.onmessage = () => work.push(performance.now() - timestamp);
          channel.port2.postMessage(null);
          if (frame > frames) {
            setTimeout(() => resolve({ work, intervals, longTasks: window.__longTasks }), 100);
            return;
          }
          const range = element.scrollHeight - element.clientHeight;
          element.scrollTop = (frame / frames) * range;
          frame++;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    { selector: scroller, frames: SCROLL_FRAMES },
  );
}

/** 3 alone, on the long episode: main-thread time per frame and long tasks. */
async function scrollOnly(browser, subject) {
  const { context, page, cdp } = await openPage(browser, subject.long);
  await page.waitForFunction(subject.settled, null, { timeout: SETTLE_TIMEOUT_MS, polling: 100 });
  const { work, longTasks, busyPerFrameMs, layoutsPerFrame } = await scrollWholeList(
    page,
    cdp,
    subject.scroller,
  );
  await context.close();
  return {
    workP50Ms: percentile(work, 50),
    workP95Ms: percentile(work, 95),
    workMaxMs: Math.max(...work),
    busyPerFrameMs: round(busyPerFrameMs, 2),
    layoutsPerFrame: round(layoutsPerFrame, 2),
    longTasks,
  };
}

/** 6 alone: the long transcript loaded, then the query typed a key at a time. */
async function searchOnly(browser, subject) {
  const { context, page } = await openPage(browser, subject.long);
  await page.waitForFunction(subject.settled, null, { timeout: SETTLE_TIMEOUT_MS, polling: 100 });
  const search = await typeSearch(page, subject.search);
  await context.close();
  return search;
}

/** 4 alone, on the long episode, after the same scroll and return to the current line as in 2–6. */
async function lagOnly(browser, subject) {
  const { context, page, cdp } = await openPage(browser, subject.long);
  await page.waitForFunction(subject.settled, null, { timeout: SETTLE_TIMEOUT_MS, polling: 100 });
  await scrollWholeList(page, cdp, subject.scroller);
  await page.evaluate(() => document.querySelector('.back-to-current')?.click());
  const lag = await highlightLag(page, subject.currentRow, LAG_AT);
  await context.close();
  return lag;
}

/** Starts playback at `rate` from `at` seconds. */
async function play(page, at, rate) {
  await page.evaluate(
    async ({ time, speed }) => {
      const audio = document.querySelector('audio');
      audio.currentTime = time;
      audio.playbackRate = speed;
      await audio.play();
    },
    { time: at, speed: rate },
  );
}

/**
 * 4. Plays at 1× and notes, each time a new line is marked, how far the audio already is past
 * that line's start: the wall-clock time the highlight trails the sound.
 */
async function highlightLag(page, currentRow, at) {
  await page.evaluate(
    ({ selector, cueSeconds }) => {
      window.__lags = [];
      const audio = document.querySelector('audio');
      let marked = null;
      new MutationObserver(() => {
        const row = document.querySelector(selector);
        if (!row || row === marked) return;
        marked = row;
        const start = Number(row.dataset.cueIndex) * cueSeconds;
        window.__lags.push(((audio.currentTime - start) / audio.playbackRate) * 1000);
      }).observe(document.body, {
        subtree: true,
        attributes: true,
        attributeFilter: ['aria-current', 'class'],
      });
    },
    { selector: currentRow, cueSeconds: LONG_CUE_SECONDS },
  );
  await play(page, at, 1);
  await page.waitForTimeout(LAG_SECONDS * 1000);
  await page.evaluate(() => document.querySelector('audio').pause());
  // The first mark after the jump is the seek, not a boundary.
  const lags = (await page.evaluate(() => window.__lags)).slice(1);
  const boundaries = Math.round(LAG_SECONDS / LONG_CUE_SECONDS);
  // Negative: marked before the audio reached the line (Tandem looks ahead a frame).
  const off = lags.map(Math.abs);
  return {
    marked: lags.length,
    boundaries,
    medianMs: median(lags),
    earliestMs: Math.min(...lags),
    latestMs: Math.max(...lags),
    p95OffMs: percentile(off, 95),
    maxOffMs: Math.max(...off),
  };
}

/** 5. Plays at 2×: main-thread time per frame, and rows changed in the DOM per line change. */
async function playAt2x(page, cdp, at) {
  await page.evaluate(() => {
    window.__play = { frames: 0, changes: 0, rowsTouched: 0, longTasks: [] };
    const countFrame = () => {
      window.__play.frames++;
      window.__play.raf = requestAnimationFrame(countFrame);
    };
    window.__play.raf = requestAnimationFrame(countFrame);
    new MutationObserver((records) => {
      const rows = new Set();
      for (const record of records) {
        const row = (
          record.target.nodeType === 1 ? record.target : record.target.parentElement
        )?.closest('[data-cue-index]');
        if (row) rows.add(row);
      }
      if (rows.size === 0) return;
      window.__play.changes++;
      window.__play.rowsTouched += rows.size;
    }).observe(document.body, {
      subtree: true,
      attributes: true,
      childList: true,
      characterData: true,
    });
    new PerformanceObserver((list) => {
      window.__play.longTasks.push(...list.getEntries().map((e) => e.duration));
    }).observe({ type: 'longtask' });
  });
  const before = await metrics(cdp);
  await play(page, at, 2);
  await page.waitForTimeout(PLAY_SECONDS * 1000);
  const after = await metrics(cdp);
  const stats = await page.evaluate(() => {
    cancelAnimationFrame(window.__play.raf);
    document.querySelector('audio').pause();
    return window.__play;
  });
  const delta = (name) => after(name) - before(name);
  return {
    fps: stats.frames / PLAY_SECONDS,
    mainThreadMsPerFrame: (delta('TaskDuration') * 1000) / stats.frames,
    scriptMsPerFrame: (delta('ScriptDuration') * 1000) / stats.frames,
    rowsChangedPerUpdate: stats.changes === 0 ? 0 : stats.rowsTouched / stats.changes,
    updates: stats.changes,
    longTasks: stats.longTasks.length,
    longestTaskMs: Math.max(0, ...stats.longTasks),
  };
}

/**
 * 9. Battery: playing the demo at 1×, the main thread's busy time (Chromium's TaskDuration) per
 * second of playback, with the page visible and hidden.
 */
async function battery(browser, subject) {
  const result = {};
  for (const hidden of [false, true]) {
    const { context, page, cdp } = await openPage(browser, subject.demo);
    await page.waitForFunction(subject.settled, null, { timeout: SETTLE_TIMEOUT_MS, polling: 100 });
    await play(page, 600, 1);
    if (hidden) await page.evaluate(hidePage);
    // Let the start of playback settle before counting.
    await page.waitForTimeout(2000);
    const before = await metrics(cdp);
    const startedAt = await page.evaluate(() => document.querySelector('audio').currentTime);
    await page.waitForTimeout(BATTERY_SECONDS * 1000);
    const after = await metrics(cdp);
    const endedAt = await page.evaluate(() => document.querySelector('audio').currentTime);
    const played = endedAt - startedAt;
    result[hidden ? 'hidden' : 'visible'] = {
      busyMsPerSecond: ((after('TaskDuration') - before('TaskDuration')) * 1000) / played,
      scriptMsPerSecond: ((after('ScriptDuration') - before('ScriptDuration')) * 1000) / played,
      layoutsPerSecond: (after('LayoutCount') - before('LayoutCount')) / played,
      styleRecalcsPerSecond: (after('RecalcStyleCount') - before('RecalcStyleCount')) / played,
      played,
    };
    await context.close();
  }
  return result;
}

/**
 * 6. Focuses the search box (as a click on it or its shortcut would), then types the query one key
 * at a time, each key as a keyboard does it (keydown, the new value with its input event, keyup):
 * time from the keydown to the end of the next frame.
 */
async function typeSearch(page, selector) {
  await page.evaluate((inputSelector) => document.querySelector(inputSelector).focus(), selector);
  const perKey = [];
  for (const char of SEARCH_QUERY) {
    perKey.push(
      await page.evaluate(
        ({ key, inputSelector }) =>
          new Promise((resolve) => {
            const input = document.querySelector(inputSelector);
            const started = performance.now();
            const keyEvent = (type) => new KeyboardEvent(type, { key, bubbles: true });
            input.dispatchEvent(keyEvent('keydown'));
            const setValue = Object.getOwnPropertyDescriptor(
              HTMLInputElement.prototype,
              'value',
            ).set;
            setValue.call(input, input.value + key);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            input.dispatchEvent(keyEvent('keyup'));
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
          }),
        { key: char, inputSelector: selector },
      ),
    );
  }
  if (process.env.BENCH_KEYS) console.error(perKey.map((ms) => ms.toFixed(1)).join(' '));
  return { medianMs: median(perKey), maxMs: Math.max(...perKey) };
}

/** 2–6 for one page and input. */
async function measureSession(browser, subject, path, { at, lag }) {
  const before = await rendererPids(browser);
  const { context, page, cdp } = await openPage(browser, path);
  const started = Date.now();
  const { peakHeapMB } = await peakHeapWhile(
    cdp,
    page.waitForFunction(subject.settled, null, { timeout: SETTLE_TIMEOUT_MS, polling: 100 }),
  );
  const settledMs = Date.now() - started;
  const afterLoad = await heapAndDom(page, cdp);
  const rendererPeakMB = await peakRendererMemoryMB(browser, before);
  const scroll = await scrollWholeList(page, cdp, subject.scroller);
  // The listener's scroll paused following; they come back to the current line before playing.
  await page.evaluate(() => document.querySelector('.back-to-current')?.click());
  const lagResult = lag ? await highlightLag(page, subject.currentRow, at) : null;
  const playing = await playAt2x(page, cdp, at);
  const search = await typeSearch(page, subject.search);
  await context.close();
  return {
    settledMs,
    peakHeapMB,
    rendererPeakMB,
    afterLoad,
    scroll: {
      frames: scroll.work.length,
      workP50Ms: percentile(scroll.work, 50),
      workP95Ms: percentile(scroll.work, 95),
      workMaxMs: Math.max(...scroll.work),
      busyPerFrameMs: scroll.busyPerFrameMs,
      layoutsPerFrame: scroll.layoutsPerFrame,
      droppedFrames: scroll.intervals.filter((ms) => ms > 25).length,
      longTasks: scroll.longTasks.length,
      longestTaskMs: Math.max(0, ...scroll.longTasks),
    },
    lag: lagResult,
    playing,
    search,
  };
}

/** 7. Audio without peaks: until the waveform is drawn; JS heap and renderer memory peaks. */
async function measureAudioOnly(browser, subject) {
  const before = await rendererPids(browser);
  const { context, page, cdp } = await openPage(browser, subject.audioOnly);
  const started = Date.now();
  let finished = true;
  const { peakHeapMB } = await peakHeapWhile(
    cdp,
    page
      .waitForFunction(subject.waveformDone, null, { timeout: SETTLE_TIMEOUT_MS, polling: 50 })
      .catch(() => (finished = false)),
  );
  const ms = Date.now() - started;
  const rendererPeakMB = await peakRendererMemoryMB(browser, before);
  const error = await page.evaluate(() => window.baselineWaveformError ?? null);
  await context.close();
  return { ms, finished, peakHeapMB, rendererPeakMB, error };
}

/** Tandem only: an hour of audio at 16×; heap and DOM before and after, after GC. */
async function longSession(browser) {
  const { context, page, cdp } = await openPage(browser, SUBJECTS.tandem.long);
  await page.waitForFunction(SUBJECTS.tandem.settled, null, { timeout: SETTLE_TIMEOUT_MS });
  const before = await heapAndDom(page, cdp);
  await play(page, 0, LONG_SESSION.rate);
  const samples = [];
  for (let s = 0; s < LONG_SESSION.seconds; s += 45) {
    await page.waitForTimeout(45_000);
    samples.push(round((await heapAndDom(page, cdp)).heapMB));
  }
  const mediaSeconds = await page.evaluate(() => {
    const audio = document.querySelector('audio');
    audio.pause();
    return audio.currentTime;
  });
  const after = await heapAndDom(page, cdp);
  await context.close();
  return { mediaSeconds, before, after, samplesMB: samples };
}

/** 8. The JS a page loads before its first paint: its entry scripts and their static imports. */
async function initialJs(root, page) {
  const html = await readFile(`${root}${page}`, 'utf8');
  // Every script as a path on the site, resolved against the file that names it.
  const resolve = (spec, from) => new URL(spec, `http://bench${from}`).pathname;
  let raw = 0;
  let gzip = 0;
  const seen = new Set();
  const visit = async (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = await readFile(`${root}${path}`);
    raw += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
    // Static imports are loaded before the module runs; dynamic import() is not.
    const imports = code
      .toString()
      .matchAll(/(?:^|[;}\s])import\s*(?:[\w*{},\s]+from\s*)?["']([^"']+)["']/g);
    for (const [, spec] of imports) {
      if (spec.startsWith('.') || spec.startsWith('/')) await visit(resolve(spec, path));
    }
  };
  const entries = html.matchAll(
    /<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+)"/g,
  );
  for (const [, src] of entries) await visit(resolve(src, page));
  return { files: [...seen], kB: raw / 1000, gzipKB: gzip / 1000 };
}

// ---------------------------------------------------------------------------------------------

const server = await preview({
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  logLevel: 'warn',
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const log = (text) => console.error(`… ${text}`);
try {
  log('writing the long episode (100,000 cues, 3-hour audio)');
  const long = await writeLongEpisode('dist');
  await copyBaseline('dist');
  const results = {};
  // BENCH_ONLY=battery, firstrows, firstrowslong, lag, scroll or search: just those figures, for quick
  // work on them (nothing written). BENCH_PROFILE=phone and BENCH_SUBJECT=tandem narrow it further;
  // BENCH_KEYS=1 prints the time of each keystroke of the search.
  const only = {
    battery,
    firstrows: (b, subject) => firstRows(b, subject.demo),
    firstrowslong: (b, subject) => firstRows(b, subject.long),
    lag: lagOnly,
    scroll: scrollOnly,
    search: searchOnly,
  }[process.env.BENCH_ONLY ?? ''];
  if (only) {
    const wanted = (key, filter) => filter === undefined || filter === key;
    for (const profileKey of Object.keys(PROFILES)) {
      if (!wanted(profileKey, process.env.BENCH_PROFILE)) continue;
      profile = PROFILES[profileKey];
      for (const [key, subject] of Object.entries(SUBJECTS)) {
        if (!wanted(key, process.env.BENCH_SUBJECT)) continue;
        const figures = await only(browser, subject);
        console.log(
          profileKey,
          key,
          JSON.stringify(figures, (_, v) => (typeof v === 'number' ? round(v, 2) : v)),
        );
      }
    }
    process.exit(0);
  }
  for (const profileKey of Object.keys(PROFILES)) {
    profile = PROFILES[profileKey];
    const forProfile = (results[profileKey] = { tandem: {}, baseline: {} });
    log(`${profile.name}: first rows, both pages in turn`);
    const demoRows = await firstRowsInTurn(browser, 'demo');
    const longRows = await firstRowsInTurn(browser, 'long');
    for (const key of Object.keys(SUBJECTS))
      forProfile[key].firstRows = { demo: demoRows[key], long: longRows[key] };
    for (const [key, subject] of Object.entries(SUBJECTS)) {
      const say = (what) => log(`${profile.name}, ${subject.name}: ${what}`);
      say('demo session');
      forProfile[key].demo = await measureSession(browser, subject, subject.demo, {
        at: 600,
        lag: false,
      });
      say('long session');
      forProfile[key].long = await measureSession(browser, subject, subject.long, {
        at: LAG_AT,
        lag: true,
      });
      say('battery');
      forProfile[key].battery = await battery(browser, subject);
      say('3-hour audio without peaks');
      forProfile[key].audioOnly = await measureAudioOnly(browser, subject);
    }
    forProfile.tandem.initialJs = await initialJs('dist', '/index.html');
    forProfile.baseline.initialJs = await initialJs('dist', '/bench-baseline/index.html');
    log(`${profile.name}, Tandem: an hour of audio at 16×`);
    forProfile.tandem.longSession = await longSession(browser);
  }

  const report = formatReport(results, long, browser.version());
  console.log(report);
  await mkdir('bench', { recursive: true });
  await writeFile(
    'bench/results.json',
    `${JSON.stringify({ date: new Date().toISOString(), browser: browser.version(), cores: cpus().length, inputs: long, results }, null, 2)}\n`,
  );
  await writeFile('bench/README.md', readme(report));
  console.error('\nresults in bench/results.json and bench/README.md');
} finally {
  await browser.close();
  await server.close();
}

function formatReport(r, long, version) {
  const ms = (v) => `${round(v, 0)} ms`;
  const mb = (v) => `${round(v)} MB`;
  // Every figure for Tandem and the naive page, on the desktop and on the phone profile.
  const both = (label, f, target = '') => [
    label,
    f(r.desktop.tandem),
    f(r.desktop.baseline),
    f(r.phone.tandem),
    f(r.phone.baseline),
    target,
  ];
  const scroll = (s) => `${round(s.workP50Ms)} / ${round(s.workP95Ms)} / ${round(s.workMaxMs)}`;
  const lag = (l) =>
    l
      ? `${round(l.medianMs)} / ${round(l.p95OffMs)} / ${round(l.maxOffMs)} (${round(l.earliestMs)} to ${round(l.latestMs)}; ${l.marked} of ${l.boundaries} lines marked)`
      : '–';
  const audio = (a) =>
    a.finished
      ? `${round(a.ms / 1000, 2)} s; JS heap ${mb(a.peakHeapMB)}; renderer ${mb(a.rendererPeakMB)}${a.error ? `; error: ${a.error}` : ''}`
      : `not drawn in ${SETTLE_TIMEOUT_MS / 1000} s; JS heap ${mb(a.peakHeapMB)}; renderer ${mb(a.rendererPeakMB)}`;
  const rows = [
    ['', 'Tandem, desktop', 'naive, desktop', 'Tandem, phone', 'naive, phone', 'target'],
    both(
      `1. load → first rows visible, demo (median of ${LOADS})`,
      (x) => ms(x.firstRows.demo.median),
      '≤ naive',
    ),
    both('1. load → first rows visible, 100k cues', (x) => ms(x.firstRows.long.median), '< 1 s'),
    both('   load → the list’s own rows (usable), demo', (x) => ms(x.firstRows.demo.appMedian)),
    both('   load → the list’s own rows (usable), 100k cues', (x) =>
      ms(x.firstRows.long.appMedian),
    ),
    both('   load → all read and drawn, 100k cues', (x) => ms(x.long.settledMs)),
    both('2. DOM nodes after load, demo', (x) => String(x.demo.afterLoad.domNodes)),
    both('2. DOM nodes after load, 100k cues', (x) => String(x.long.afterLoad.domNodes)),
    both('2. transcript rows in the DOM, 100k cues', (x) => String(x.long.afterLoad.rows), '< 100'),
    both('2. JS heap after load (after GC), demo', (x) => mb(x.demo.afterLoad.heapMB)),
    both('2. JS heap after load (after GC), 100k cues', (x) => mb(x.long.afterLoad.heapMB)),
    both('2. JS heap peak while loading, 100k cues', (x) => mb(x.long.peakHeapMB)),
    both('2. page process peak memory (RSS) by then, 100k cues', (x) => mb(x.long.rendererPeakMB)),
    both(
      `3. scrolling all 100k rows in ${SCROLL_FRAMES} frames: ms per frame p50 / p95 / max`,
      (x) => scroll(x.long.scroll),
      'p95 < 16.7',
    ),
    both(
      '3. the same scroll: main thread busy per frame; layouts per frame',
      (x) =>
        `${round(x.long.scroll.busyPerFrameMs, 1)} ms; ${round(x.long.scroll.layoutsPerFrame, 2)}`,
    ),
    both(
      '3. frames dropped; long tasks (longest)',
      (x) =>
        `${x.long.scroll.droppedFrames}; ${x.long.scroll.longTasks} (${ms(x.long.scroll.longestTaskMs)})`,
      'no task > 50 ms',
    ),
    both('3. scrolling the demo: ms per frame p50 / p95 / max', (x) => scroll(x.demo.scroll)),
    both(
      '4. highlight vs audio at line changes, ms: median / p95 |off| / max |off| (range)',
      (x) => lag(x.long.lag),
      '≤ 16.7 ms',
    ),
    both('5. playing at 2×: main-thread ms per frame, demo', (x) =>
      String(round(x.demo.playing.mainThreadMsPerFrame, 2)),
    ),
    both('5. playing at 2×: main-thread ms per frame, 100k cues', (x) =>
      String(round(x.long.playing.mainThreadMsPerFrame, 2)),
    ),
    both(
      '5. rows changed in the DOM per line change, 100k cues',
      (x) => String(round(x.long.playing.rowsChangedPerUpdate, 2)),
      '2',
    ),
    both(
      '5. long tasks while playing, 100k cues',
      (x) => `${x.long.playing.longTasks} (${ms(x.long.playing.longestTaskMs)})`,
    ),
    both(
      `6. search "${SEARCH_QUERY}" per keystroke, demo: median / max`,
      (x) => `${ms(x.demo.search.medianMs)} / ${ms(x.demo.search.maxMs)}`,
    ),
    both(
      `6. search "${SEARCH_QUERY}" per keystroke, 100k cues: median / max`,
      (x) => `${ms(x.long.search.medianMs)} / ${ms(x.long.search.maxMs)}`,
      '< 50 ms',
    ),
    both(
      '7. 3-hour WAV without peaks: to waveform; peak memory',
      (x) => audio(x.audioOnly),
      '< 10 s, heap < 150 MB',
    ),
    both('8. initial JS (gzip)', (x) => `${round(x.initialJs.gzipKB)} KB`, '< 100 KB'),
    both(
      '9. battery: main-thread busy ms per second of playback, demo, visible',
      (x) => String(round(x.battery.visible.busyMsPerSecond)),
      '≤ 1.5 × naive',
    ),
    both(
      '9. battery: layouts / style recalculations per second, visible',
      (x) =>
        `${round(x.battery.visible.layoutsPerSecond)} / ${round(x.battery.visible.styleRecalcsPerSecond)}`,
    ),
    both(
      '9. battery: main-thread busy ms per second of playback, demo, hidden',
      (x) => String(round(x.battery.hidden.busyMsPerSecond)),
      '≤ naive',
    ),
  ];
  const session = (key) => {
    const s = r[key].tandem.longSession;
    return (
      `An hour of audio at ${LONG_SESSION.rate}× (Tandem, 100k cues, ${key}): played to ${round(s.mediaSeconds / 60)} min; ` +
      `JS heap after GC ${mb(s.before.heapMB)} before, ${mb(s.after.heapMB)} after (every 45 s: ${s.samplesMB.join(', ')} MB); ` +
      `DOM nodes ${s.before.domNodes} → ${s.after.domNodes}.`
    );
  };
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  return [
    line(rows[0]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
    '',
    session('desktop'),
    '',
    session('phone'),
    '',
    `Inputs: ${long.cues.toLocaleString('en')}-cue WebVTT with ${long.words.toLocaleString('en')} words (${round(long.vttMB)} MB), ` +
      `${round(long.audioSeconds / 3600, 2)}-hour 8 kHz WAV (${round(long.audioMB)} MB). ` +
      `Chromium ${version}, headless, ${cpus().length} cores. Phone: ${PROFILES.phone.viewport.width}×${PROFILES.phone.viewport.height}, touch, CPU ${PROFILES.phone.cpuRate}× slower, loads over "fast 4G" (9 Mbit/s, 60 ms).`,
  ].join('\n');
}

function readme(report) {
  return `# Benchmark: Tandem against the naive way

\`npm run bench\` builds the app, generates its inputs (nothing large is committed), serves the
production build and drives the system Chromium through both pages in one run. The raw figures
are in [results.json](results.json); this table is written by the same run. A change too
small for one run (runs here vary by ±100 ms) is compared with \`npm run bench:ab -- <build A>
<build B> [address] [loads]\`: first rows on the phone profile (\`AB_PROFILE=desktop\` for the desktop),
the two builds loaded in turn.

The **naive baseline** (\`scripts/bench/baseline/\`) is what a read-along player looks like when
nothing is designed for length: the whole transcript in the DOM, the highlight found by a linear
scan on every \`timeupdate\`, search by walking every row, and wavesurfer.js downloading and
decoding the whole audio to draw it.

How each figure is taken:

1. From navigation to the first animation frame in which transcript lines are on screen: the
   naive page's rows; Tandem's first screen, drawn before React's code runs, or its list. "The
   list's own rows" is the first frame with the list's rows, which can be clicked. The harness
   waits for a console message the page's probe logs, so that nothing polls the page while it
   starts. The median of ${LOADS} fresh loads of each page, the two pages loaded in turn (after one
   load of each that is not counted), so that a slower moment of the machine falls on both.
2. Chromium's own counters after a forced garbage collection, once the page has settled (whole
   transcript read, waveform drawn).
3. The list is scrolled from top to bottom in ${SCROLL_FRAMES} steps, one per frame. "ms per frame" is
   the main thread's time from the frame's start until its style, layout and paint are done (a
   task queued from the frame's animation callback). Dropped frames: intervals over 25 ms. "Busy
   per frame" is Chromium's main-thread task time over the whole scroll (the \`TaskDuration\` counter)
   divided by the frames: on a machine shared with other work, the slowest frames move from run to
   run much more than this does.
4. Playing at 1× for ${LAG_SECONDS} s; each time a line becomes marked, how far the audio's
   \`currentTime\` already is past that line's start, in wall-clock ms (negative: marked just
   before). One frame is 16.7 ms. This is when the page changes, not yet when the change is seen:
   that is with the next frame. Tandem reads the clock once per frame and looks a frame ahead, so
   a line is seen within a frame after its start (here: marked up to a frame before it).
5. Playing at 2× for ${PLAY_SECONDS} s: Chromium's main-thread task time per animation frame, and
   how many rows change in the DOM each time something changes in the list. (That React
   re-renders exactly two rows per line change is also checked by a component test.)
6. The search box focused (as a click on it would), then "${SEARCH_QUERY}" typed a key at a time,
   each key as a keyboard sends it (keydown, the new value and its input event, keyup): time from
   the keydown to the end of the next frame, per key.
7. A 3-hour WAV with no peaks file, until the waveform is drawn. JS heap is sampled every 100 ms;
   "renderer" is the peak resident memory of the page's process (decoded audio lives outside
   the JS heap).
8. The page's entry scripts and their static imports, gzip level 9.
9. Battery: the demo playing at 1× from 10:00 for ${BATTERY_SECONDS} s, after 2 s to settle:
   Chromium's main-thread task time (\`TaskDuration\`) per second of audio played, and the
   layouts and style recalculations it caused. Hidden: the page is told it is hidden and gets no
   animation frames, as in a background tab or on a locked phone (headless Chromium keeps every
   page visible, so this is done from inside the page).

Every figure is taken twice: on a desktop (1280×800) and on a phone profile (360×740, touch,
2× pixels, the CPU slowed 4× through the DevTools protocol, and, for the load figures, Chrome's
"fast 4G": 9 Mbit/s down, 60 ms round trip).

${report}
`;
}
