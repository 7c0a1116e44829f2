// Compares two production builds on the phone profile (AB_PROFILE=desktop: the bench's desktop
// profile instead), for a change too small for one bench run
// (runs on a shared machine vary by ±100 ms): the first rows of one address, loaded from each
// build in turn, N times, and the medians. Usage:
//   node scripts/bench-ab.mjs <build A> <build B> [address] [loads]
// A build may name its own address, `<build>@<address>`; `/bench-baseline/…` is the naive page
// (copied into that build), e.g. `dist@/bench-baseline/?transcript=/episodes/…/transcript.txt`.
// e.g. `npx vite build --outDir /tmp/a`, change the code, `npx vite build --outDir /tmp/b`, then
// `node scripts/bench-ab.mjs /tmp/a /tmp/b '/?episode=bench-episodes/long/' 8` (the long episode
// is written into both builds first).
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { copyBaseline } from './lib/baseline.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { waitForRows } from './lib/first-rows-probe.mjs';
import { writeLongEpisode } from './lib/long-episode.mjs';
import { openProfiledPage, PROFILES } from './lib/profiles.mjs';

const [buildA, buildB, address = '/', loadsArg = '8'] = process.argv.slice(2);
if (!buildA || !buildB) {
  console.error('usage: node scripts/bench-ab.mjs <build A> <build B> [address] [loads]');
  process.exit(2);
}
const LOADS = Number(loadsArg);
const profile = PROFILES[process.env.AB_PROFILE ?? 'phone'];
if (!profile) {
  console.error(`AB_PROFILE is one of: ${Object.keys(PROFILES).join(', ')}`);
  process.exit(2);
}

async function firstRows(browser, port, path) {
  const { context, page } = await openProfiledPage(
    browser,
    profile,
    `http://127.0.0.1:${port}${path}`,
    { withNetwork: true, serviceWorkers: 'block' },
  );
  const ms = await waitForRows(page, 60_000);
  await context.close();
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const builds = { A: buildA, B: buildB };
const servers = {};

let port = 4190;
for (const [name, build] of Object.entries(builds)) {
  const [outDir, path = address] = build.split('@');
  if (path.includes('bench-episodes/long')) await writeLongEpisode(outDir);
  if (path.startsWith('/bench-baseline/')) await copyBaseline(outDir);
  servers[name] = {
    port,
    path,
    server: await preview({
      build: { outDir },
      preview: { host: '127.0.0.1', port, strictPort: true },
      logLevel: 'warn',
    }),
  };
  port++;
}
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const times = { A: [], B: [] };
try {
  // One load each first, not counted: the first loads of a run are slower (caches, code).
  for (const name of ['A', 'B']) await firstRows(browser, servers[name].port, servers[name].path);
  // In turn, so that a slower moment of the machine falls on both.
  for (let i = 0; i < LOADS; i++) {
    for (const name of ['A', 'B'])
      times[name].push(await firstRows(browser, servers[name].port, servers[name].path));
  }
} finally {
  await browser.close();
  for (const { server } of Object.values(servers)) await server.close();
}
for (const name of ['A', 'B']) {
  const first = times[name].map(([ms]) => ms);
  const app = times[name].map(([, ms]) => ms);
  console.log(
    `${name} (${builds[name]}): first rows median ${Math.round(median(first))} ms` +
      ` (all: ${first.map(Math.round).join(' ')}); the app's rows ${Math.round(median(app))} ms`,
  );
}
