// Makes the demo episode's audio with silence before it, to prove the transcript offset
// suggestion: `node scripts/make-shifted-demo.mjs [seconds=30] [out folder=dist/shifted-demo]`.
// Writes audio.mp3, audio.peaks.json and the transcript beside them, and prints the exact shift.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prependSilence, prependSilentPeaks } from './lib/mp3-silence.mjs';

const DEMO = 'public/episodes/talk-python-013';
const seconds = Number(process.argv[2] ?? 30);
const out = process.argv[3] ?? 'dist/shifted-demo';

const shifted = prependSilence(await readFile(join(DEMO, 'audio.mp3')), seconds);
const peaks = JSON.parse(await readFile(join(DEMO, 'peaks.json'), 'utf8'));
await mkdir(out, { recursive: true });
await writeFile(join(out, 'audio.mp3'), shifted.bytes);
await writeFile(
  join(out, 'audio.peaks.json'),
  JSON.stringify(prependSilentPeaks(peaks, shifted.seconds)),
);
await copyFile(join(DEMO, 'transcript.txt'), join(out, 'transcript.txt'));
console.log(
  `${out}/audio.mp3: the demo with ${shifted.seconds.toFixed(4)} s of silence before it.`,
);
console.log(
  `Open ?audio=${out.replace(/^dist\//, '/')}/audio.mp3&transcript=${out.replace(/^dist\//, '/')}/transcript.txt`,
);
