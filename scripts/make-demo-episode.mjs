// Builds the demo episode's audio so that it really is in sync with its transcript: every cue's
// speech starts at its timestamp (later only when the previous line is still being spoken),
// sped up when it would overrun the next cue, silence in between. Run via make-demo-episode.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runnerImport } from 'vite';
import { readWav, writeWav } from './lib/wav.mjs';

const run = promisify(execFile);
const EPISODE_DIR = 'public/episodes/talk-python-013';
const TRANSCRIPT = `${EPISODE_DIR}/transcript.txt`;
const SAMPLE_RATE = 22050;
const VOICE = 'en-us+m3';
const BASE_WPM = 175;
const MAX_WPM = 340; // faster than this stops being intelligible
const GAP = 0.08; // breath between two lines when one runs into the next
// Audio must end before 49:50 so the episode reads 49:49 like the original.
const END_BEFORE = 2989.9;
// MP3 decoders play content this late: LAME's 576-sample encoder delay plus the 529-sample
// decoder delay. Chromium does not skip it (its decoded onsets came 50 ms after the WAV's), so
// we encode that much early. The check at the end measures what a decoder really plays.
const MP3_DELAY = 1105 / SAMPLE_RATE;
const PEAKS_PER_SECOND = 5;

const { module: talkPython } = await runnerImport('/src/core/formats/talk-python.ts');
const transcript = talkPython.parse(await readFile(TRANSCRIPT, 'utf8'));
const cues = transcript.cues;
const work = await mkdtemp(join(tmpdir(), 'tandem-demo-'));

/** Speaks one line to mono 16-bit PCM at SAMPLE_RATE, leading silence trimmed. */
async function speak(text, wpm, index) {
  const file = join(work, `cue-${index}-${wpm}.wav`);
  const child = run('espeak-ng', ['-v', VOICE, '-s', String(wpm), '--stdin', '-w', file]);
  child.child.stdin.end(text);
  await child;
  const { samples, sampleRate } = readWav(await readFile(file));
  if (sampleRate !== SAMPLE_RATE)
    throw new Error(`espeak-ng wrote ${sampleRate} Hz, expected ${SAMPLE_RATE}`);
  let first = 0;
  while (first < samples.length && Math.abs(samples[first]) < 200) first++;
  let last = samples.length;
  while (last > first && Math.abs(samples[last - 1]) < 200) last--;
  return samples.subarray(first, last);
}

/** Runs `task` over items with at most `limit` at once (this machine has two cores). */
async function mapPool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

console.log(`speaking ${cues.length} cues with ${VOICE} …`);
const natural = await mapPool(cues, 2, (cue, i) => speak(cue.text, BASE_WPM, i));

// Schedule in order: at the stamp, or right after the previous line if that is still going.
const placed = [];
let speechEnd = 0;
for (let i = 0; i < cues.length; i++) {
  const cue = cues[i];
  const start = Math.max(cue.start, speechEnd + (i === 0 ? 0 : GAP), MP3_DELAY);
  const nextStart = i + 1 < cues.length ? cues[i + 1].start : END_BEFORE;
  const available = Math.max(0.3, nextStart - start - (i + 1 < cues.length ? GAP : 0));
  let pcm = natural[i];
  let wpm = BASE_WPM;
  const seconds = pcm.length / SAMPLE_RATE;
  if (seconds > available) {
    wpm = Math.min(MAX_WPM, Math.ceil((BASE_WPM * seconds * 1.04) / available));
    pcm = await speak(cue.text, wpm, i);
  }
  placed.push({ start, pcm, wpm, offset: start - cue.start });
  speechEnd = start + pcm.length / SAMPLE_RATE;
}
if (speechEnd > END_BEFORE)
  throw new Error(`speech ends at ${speechEnd.toFixed(2)} s, after ${END_BEFORE}`);

const duration = Math.min(END_BEFORE, speechEnd + 0.3);
const timeline = new Int16Array(Math.ceil(duration * SAMPLE_RATE));
for (const { start, pcm } of placed) {
  timeline.set(
    pcm.subarray(0, timeline.length - Math.round(start * SAMPLE_RATE)),
    Math.round(start * SAMPLE_RATE),
  );
}

// Peaks from the audible timeline: interleaved min/max, PEAKS_PER_SECOND pairs a second.
const perPeak = SAMPLE_RATE / PEAKS_PER_SECOND;
const peakCount = Math.ceil(timeline.length / perPeak);
const data = new Array(peakCount * 2);
for (let p = 0; p < peakCount; p++) {
  let min = 0;
  let max = 0;
  const end = Math.min(timeline.length, Math.round((p + 1) * perPeak));
  for (let s = Math.round(p * perPeak); s < end; s++) {
    const v = timeline[s];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  data[2 * p] = Math.round((min / 32768) * 100) / 100;
  data[2 * p + 1] = Math.round((max / 32767) * 100) / 100;
}
const peaks = {
  version: 1,
  duration: Math.round(duration * 1000) / 1000,
  peaksPerSecond: PEAKS_PER_SECOND,
  peaks: [data],
};
await writeFile(`${EPISODE_DIR}/peaks.json`, JSON.stringify(peaks));

// Encode what the decoder must play MP3_DELAY early, so it is heard on time.
const trim = Math.round(MP3_DELAY * SAMPLE_RATE);
const wavFile = join(work, 'episode.wav');
await writeFile(wavFile, writeWav(timeline.subarray(trim), SAMPLE_RATE));
const mp3 = `${EPISODE_DIR}/audio.mp3`;
const placedStarts = placed.map((p) => p.start);
await run('lame', [
  '--quiet',
  '-m',
  'm',
  '--cbr',
  '-b',
  '32',
  '--tt',
  'Flask web framework and much, much more (synthesized demo)',
  '--ta',
  'Talk Python to Me',
  '--tn',
  '13',
  wavFile,
  mp3,
]);

// Decode the MP3 back with sox and measure where each line's speech is really heard.
const decodedFile = join(work, 'decoded.wav');
await run('sox', [mp3, '-r', String(SAMPLE_RATE), '-c', '1', '-b', '16', decodedFile]);
const decoded = readWav(await readFile(decodedFile)).samples;
await rm(work, { recursive: true, force: true });
const errors = measureOnsetErrors(decoded, placedStarts);

const offsets = placed.map((p) => p.offset);
const late = offsets.filter((o) => o > 0.05);
const sped = placed.filter((p) => p.wpm > BASE_WPM);
const mean = offsets.reduce((a, b) => a + b, 0) / offsets.length;
console.log(
  `duration ${duration.toFixed(3)} s; ${cues.length} cues; ${sped.length} sped up (max ${Math.max(...placed.map((p) => p.wpm))} wpm)`,
);
console.log(
  `speech start vs cue start: mean ${(mean * 1000).toFixed(0)} ms, worst ${(Math.max(...offsets) * 1000).toFixed(0)} ms, ${late.length} cues later than 50 ms`,
);
console.log(
  `decoded MP3 vs schedule (${errors.length} onsets after silence): mean |error| ${(mean_(errors) * 1000).toFixed(1)} ms, worst ${(Math.max(...errors) * 1000).toFixed(1)} ms`,
);
console.log(`wrote ${mp3}, ${EPISODE_DIR}/peaks.json (${peakCount} peaks)`);

function mean_(values) {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * For each line that follows at least 0.3 s of silence, how far the first audible sample of the
 * decoded audio is from where the line was scheduled. Returns absolute errors in seconds.
 */
function measureOnsetErrors(samples, starts) {
  const quiet = Math.round(0.3 * SAMPLE_RATE);
  const errors = [];
  for (const start of starts) {
    const at = Math.round(start * SAMPLE_RATE);
    const from = Math.max(0, at - quiet);
    let silent = true;
    for (let s = from; s < at - Math.round(0.06 * SAMPLE_RATE) && silent; s++)
      silent = Math.abs(samples[s]) < 200;
    if (!silent || at < quiet) continue;
    let onset = from;
    while (onset < samples.length && Math.abs(samples[onset]) < 200) onset++;
    errors.push(Math.abs(onset / SAMPLE_RATE - start));
  }
  return errors;
}
