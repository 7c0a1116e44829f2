// Writes a long synthetic episode folder for the benchmark: a 3-hour audio file, its peaks, and
// a 100,000-line transcript in the Talk Python text format. Nothing here is committed.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeWav } from './wav.mjs';

const WORDS = (
  'the a of and to in is that it for on with as was at by this be from or have an they which you ' +
  'python flask request template route server database framework library version werkzeug jinja ' +
  'deploy async performance testing extension blueprint session cookie configuration community'
).split(' ');

/** A small deterministic random generator, so every run benchmarks the same text. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pad2 = (n) => String(n).padStart(2, '0');
const clock = (s) => `${Math.floor(s / 3600)}:${pad2(Math.floor((s % 3600) / 60))}:${pad2(s % 60)}`;

/** Builds the folder; returns its path relative to `root`. */
export async function writeLongEpisode(root, { lines = 100_000, seconds = 3 * 3600 } = {}) {
  const folder = join(root, 'bench-episodes', 'long');
  await mkdir(folder, { recursive: true });
  const random = createRandom(42);

  const text = ['Bench: a three-hour episode with a long transcript'];
  for (let i = 0; i < lines; i++) {
    const stamp = Math.floor((i * seconds) / lines);
    const count = 3 + Math.floor(random() * random() * 40);
    const words = Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]);
    text.push(`${clock(stamp)} Line ${i + 1}: ${words.join(' ')}.`);
  }
  await writeFile(join(folder, 'transcript.txt'), text.join('\n'));

  // 8 kHz 16-bit mono: a quiet tone, seekable with range requests, never decoded whole by the app.
  const rate = 8000;
  const samples = new Int16Array(seconds * rate);
  for (let i = 0; i < samples.length; i++)
    samples[i] = Math.round(600 * Math.sin((2 * Math.PI * 220 * i) / rate));
  await writeFile(join(folder, 'audio.wav'), writeWav(samples, rate));

  const peaksPerSecond = 5;
  const data = [];
  for (let p = 0; p < seconds * peaksPerSecond; p++) {
    const level = Math.round((0.2 + 0.6 * random()) * 100) / 100;
    data.push(-level, level);
  }
  await writeFile(
    join(folder, 'peaks.json'),
    JSON.stringify({ version: 1, duration: seconds, peaksPerSecond, peaks: [data] }),
  );
  await writeFile(
    join(folder, 'episode.json'),
    JSON.stringify({
      id: 'bench-long',
      title: 'Bench: three hours, 100,000 lines',
      show: 'Tandem benchmark',
      audio: 'audio.wav',
      transcript: 'transcript.txt',
      peaks: 'peaks.json',
    }),
  );
  return 'bench-episodes/long/';
}

/** A 100,000-cue WebVTT with voices, and an SRT of about 50 MB, for the parsing benchmark. */
export async function writeLongTranscripts(root) {
  const folder = join(root, 'bench-episodes');
  await mkdir(folder, { recursive: true });
  const random = createRandom(7);
  const sentence = (count) =>
    Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const stamp = (ms, separator) => {
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${separator}${pad(ms % 1000, 3)}`;
  };
  const vtt = ['WEBVTT - Bench: 100,000 cues', ''];
  for (let i = 0; i < 100_000; i++) {
    const start = i * 108;
    vtt.push(
      `${stamp(start, '.')} --> ${stamp(start + 100, '.')}`,
      `<v Speaker ${i % 4}>${sentence(4 + Math.floor(random() * 12))}`,
      '',
    );
  }
  await writeFile(join(folder, 'long.vtt'), vtt.join('\n'));
  const srt = [];
  let bytes = 0;
  for (let i = 0; bytes < 50 * 2 ** 20; i++) {
    const start = i * 1000;
    const block = `${i + 1}\n${stamp(start, ',')} --> ${stamp(start + 900, ',')}\n<i>${sentence(30)}</i>\n${sentence(30)}\n\n`;
    srt.push(block);
    bytes += block.length;
  }
  await writeFile(join(folder, 'long.srt'), srt.join(''));
  return {
    vtt: 'bench-episodes/long.vtt',
    srt: 'bench-episodes/long.srt',
    srtMB: bytes / 2 ** 20,
    srtCues: srt.length,
  };
}
