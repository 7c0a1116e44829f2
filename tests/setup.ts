import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// jsdom does no layout: every size is 0, so a virtualized list would render no rows. Give the
// transcript's scroll element a viewport and each measured row a height, as a browser would.
export const VIEWPORT_PX = 480;
export const ROW_PX = 48;

// Server tests run in Node, without a DOM to patch.
if (typeof window !== 'undefined') await import('./setup-dom');
