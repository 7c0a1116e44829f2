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

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
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
