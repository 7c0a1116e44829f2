import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Tests run from the repository root (vitest's root).
const ROOT = process.cwd();

/** Reads one of our own fixture files from tests/fixtures. */
export function readFixture(name: string): string {
  return readFileSync(resolve(ROOT, 'tests/fixtures', name), 'utf8');
}

/** The third-party conformance pack, when `shared/` sits beside the repository. */
export const CONFORMANCE_DIR = resolve(ROOT, '../shared/conformance');
export const hasConformance = existsSync(CONFORMANCE_DIR);

/** Reads a conformance file by its path inside the pack. */
export function readConformance(path: string): string {
  return readFileSync(resolve(CONFORMANCE_DIR, path), 'utf8');
}
