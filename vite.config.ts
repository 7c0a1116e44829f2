/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './scripts/lib/csp.mjs';
import { messageCatalogs } from './scripts/lib/message-catalogs.mjs';

/** The built page carries the policy itself, so any static host serves it with the page. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'tandem-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    messageCatalogs({ dir: fileURLToPath(new URL('src/i18n/locales', import.meta.url)) }),
  ],
  build: { target: 'es2022', sourcemap: true },
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    globalSetup: ['tests/conformance-notice.ts'],
    restoreMocks: true,
  },
});
