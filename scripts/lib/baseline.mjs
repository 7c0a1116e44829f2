// The naive baseline page (scripts/bench/baseline/), copied into a build to be served beside it.
import { copyFile, mkdir } from 'node:fs/promises';

/** Copies the naive page and the wavesurfer.js it loads into `<outDir>/bench-baseline/`. */
export async function copyBaseline(outDir) {
  await mkdir(`${outDir}/bench-baseline`, { recursive: true });
  for (const file of ['index.html', 'baseline.js'])
    await copyFile(`scripts/bench/baseline/${file}`, `${outDir}/bench-baseline/${file}`);
  await copyFile(
    'node_modules/wavesurfer.js/dist/wavesurfer.esm.js',
    `${outDir}/bench-baseline/wavesurfer.esm.js`,
  );
}
