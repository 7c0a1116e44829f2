/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './scripts/lib/csp.mjs';

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

/**
 * The transcript reader (and the chunks it imports) is fetched with the page's own script, not
 * once the page asks for it: an ordinary episode's transcript is parsed with it right away.
 */
function preloadTranscriptReader(): Plugin {
  return {
    name: 'tandem-preload-transcript-reader',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        const reader = chunks.find((chunk) =>
          chunk.facadeModuleId?.endsWith('/core/formats/reader.ts'),
        );
        if (!reader) return [];
        const files = new Set([reader.fileName]);
        const visit = (name: string): void => {
          const chunk = chunks.find((c) => c.fileName === name);
          for (const imported of chunk?.imports ?? []) {
            if (!files.has(imported) && !chunk?.isEntry) {
              files.add(imported);
              visit(imported);
            }
          }
        };
        visit(reader.fileName);
        const entry = chunks.find((chunk) => chunk.isEntry)?.fileName;
        return [...files]
          .filter((file) => file !== entry)
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', href: `/${file}`, crossorigin: '' },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadTranscriptReader()],
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
