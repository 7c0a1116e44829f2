import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadReferenceDecoder } from '../src/core/formats/html-references';

afterEach(() => {
  cleanup();
});

// The page loads the decoder of HTML character references when a transcript holds an "&"; the
// parsers' tests call the parsers directly (tests/core/formats/html-references.test.ts covers
// the loading).
await loadReferenceDecoder();

// jsdom does no layout: every size is 0, so a virtualized list would render no rows. Give the
// transcript's scroll element a viewport and each measured row a height, as a browser would.
export const VIEWPORT_PX = 480;
export const ROW_PX = 48;

// Server tests run in Node, without a DOM to patch.
if (typeof window !== 'undefined') await import('./setup-dom');
