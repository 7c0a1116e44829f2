// Writes a long synthetic episode folder for the benchmark: a 3-hour audio file, its peaks, and
// a 100,000-cue WebVTT transcript. Nothing here is committed.
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

/** Seconds between cue starts in the long transcript: 100,000 cues over three hours. */
export const LONG_CUE_SECONDS = 0.108;

const stamp = (ms) => {
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

/**
 * Builds the folder: a 100,000-cue WebVTT of about a million words with four voices, a 3-hour
 * WAV, its peaks and episode.json. Returns what it wrote.
 */
export async function writeLongEpisode(root, { cues = 100_000, seconds = 3 * 3600 } = {}) {
  const folder = join(root, 'bench-episodes', 'long');
  await mkdir(folder, { recursive: true });
  const random = createRandom(42);

  const vtt = ['WEBVTT - Bench: three hours, 100,000 cues', ''];
  let words = 0;
  for (let i = 0; i < cues; i++) {
    const start = Math.round(i * LONG_CUE_SECONDS * 1000);
    const count = 5 + Math.floor(random() * 11);
    words += count;
    const text = Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]);
    vtt.push(
      `${stamp(start)} --> ${stamp(start + 100)}`,
      `<v Speaker ${Math.floor(i / 5) % 4}>${text.join(' ')}.`,
      '',
    );
  }
  const vttText = vtt.join('\n');
  await writeFile(join(folder, 'transcript.vtt'), vttText);

  // 8 kHz 16-bit mono: a quiet tone, seekable with range requests.
  const rate = 8000;
  const samples = new Int16Array(seconds * rate);
  for (let i = 0; i < samples.length; i++)
    samples[i] = Math.round(600 * Math.sin((2 * Math.PI * 220 * i) / rate));
  const wav = writeWav(samples, rate);
  await writeFile(join(folder, 'audio.wav'), wav);

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
      title: 'Bench: three hours, 100,000 cues',
      show: 'Tandem benchmark',
      audio: 'audio.wav',
      transcript: 'transcript.vtt',
      peaks: 'peaks.json',
    }),
  );
  return {
    cues,
    words,
    vttMB: Buffer.byteLength(vttText) / 2 ** 20,
    audioSeconds: seconds,
    audioMB: wav.length / 2 ** 20,
  };
}
