// Times the pure work behind feeds, chapters and the transcript offset at the sizes that matter:
// a long-running show's feed, a 100,000-line transcript shifted by the offset (every keypress on
// the control), chapter headings placed in it, and the offset estimate over 20 minutes of audio.
// Prints a table; run with `npm run bench:core`. Figures are medians of several runs.
import { performance } from 'node:perf_hooks';
import { runnerImport } from 'vite';

const { module: feed } = await runnerImport('/src/core/feed.ts');
const { module: offset } = await runnerImport('/src/core/offset.ts');
const { module: estimate } = await runnerImport('/src/core/offset-estimate.ts');
const { module: chapter } = await runnerImport('/src/core/chapters/chapter.ts');

function median(run, times = 7) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)];
}

function bigFeed(count) {
  const items = [];
  for (let i = 0; i < count; i++) {
    items.push(
      `<item><title>Episode ${i}: a title of ordinary length &amp; more</title><guid>ep-${i}</guid>` +
        `<pubDate>${new Date(Date.UTC(2010, 0, 1) + i * 86_400_000).toUTCString()}</pubDate>` +
        `<itunes:duration>1:02:03</itunes:duration><enclosure url="https://cdn.test/${i}.mp3" type="audio/mpeg" length="1"/>` +
        `<description><![CDATA[<p>Show notes with <a href="https://x.test">links</a> and some text about the episode, ${'words '.repeat(60)}</p>]]></description>` +
        `<podcast:transcript url="https://cdn.test/${i}.vtt" type="text/vtt"/><podcast:chapters url="https://cdn.test/${i}.json" type="application/json+chapters"/></item>`,
    );
  }
  return `<?xml version="1.0"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>Big show</title>${items.join('')}</channel></rss>`;
}

const rows = [];
for (const count of [100, 1000, 5000]) {
  const xml = bigFeed(count);
  const ms = median(() => feed.parseFeed(xml, 'big.xml', 'https://cdn.test/feed.xml'), 5);
  rows.push([`parse a feed of ${count} episodes (${(xml.length / 2 ** 20).toFixed(1)} MB)`, ms]);
}

const cues = Array.from({ length: 100_000 }, (_, i) => ({
  start: i * 0.108,
  end: i * 0.108 + 0.1,
  text: `line ${i}`,
}));
const transcript = { cues };
rows.push([
  'shift 100,000 lines by an offset (one step of the control)',
  median(() => offset.shiftTranscript(transcript, 30.1)),
]);
const chapters = Array.from({ length: 60 }, (_, i) => ({ start: i * 180, title: `Chapter ${i}` }));

rows.push([
  'place 60 chapter headings in 100,000 lines',
  median(() =>
    chapter.chapterHeadings(
      Float64Array.from(cues, (c) => c.start),
      chapters,
    ),
  ),
]);
rows.push([
  'find the current chapter (binary search), per frame',
  median(() => {
    for (let t = 0; t < 10_000; t++) chapter.chapterIndexAt(chapters, t);
  }) / 10_000,
]);

// 20 minutes (+3 of reach) of speech-like activity at 25 frames a second, 300 lines.
const rate = 25;
const seconds = 23 * 60;
let seed = 7;
const lines = [];
for (let at = 2; lines.length < 300;) {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  at += 3 + (seed / 2 ** 31) * 3;
  lines.push(Math.round(at * 100) / 100);
}
const power = new Float32Array(seconds * rate).fill(1e-5);
for (const line of lines)
  for (
    let f = Math.round((line + 30) * rate);
    f < Math.round((line + 32) * rate) && f < power.length;
    f++
  )
    power[f] = 0.05;
const envelope = { rate, power };
let found;
rows.push([
  'estimate the offset: 20 min of audio, 300 lines, ±180 s',
  median(() => (found = estimate.estimateOffset(envelope, lines)), 5),
]);

console.log('| work | median ms |\n|---|---|');
for (const [name, ms] of rows)
  console.log(`| ${name} | ${ms < 0.1 ? ms.toFixed(4) : ms.toFixed(1)} |`);
console.log(`\n(the estimate found ${found?.offset} s for a true 30 s)`);
