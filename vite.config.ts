/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
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

const ENTRY = '/src/main.ts';
const READER = '/src/core/formats/reader.ts';

/**
 * The code the first screen needs in one chunk: whatever the page's script and the transcript
 * reader import, and what those import in turn (React's part of the app excepted, which loads
 * after). A phone's browser opens six connections to a site: the page, its styles, its script,
 * the episode and its transcript leave room for one more file, not for ten small ones in turn.
 */
function startChunk(): { plugin: Plugin; isStartModule: (id: string) => boolean } {
  const startModules = new Set<string>();
  return {
    isStartModule: (id) => startModules.has(id),
    plugin: {
      name: 'tandem-start-chunk',
      apply: 'build',
      buildEnd() {
        const visit = (id: string): void => {
          if (startModules.has(id)) return;
          startModules.add(id);
          this.getModuleInfo(id)?.importedIds.forEach(visit);
        };
        for (const id of this.getModuleIds()) {
          if (id.endsWith(ENTRY)) this.getModuleInfo(id)?.importedIds.forEach(visit);
          if (id.endsWith(READER)) visit(id);
        }
      },
    },
  };
}
const start = startChunk();

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    start.plugin,
    messageCatalogs({ dir: fileURLToPath(new URL('src/i18n/locales', import.meta.url)) }),
    // Installable, and the app shell offline: our own service worker (src/sw/sw.ts) gets the
    // build's file list; the page registers it itself, after its first render (state/app-update).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: 'Tandem — listen while reading along',
        short_name: 'Tandem',
        description: 'Listen to a podcast episode while reading its transcript in sync.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f4fbf',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      injectManifest: {
        // The shell: code, styles, messages, icons. Episodes are kept one by one, when asked.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['episodes/**', 'artwork-*.png'],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'start', test: start.isStartModule }],
        },
      },
    },
  },
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
