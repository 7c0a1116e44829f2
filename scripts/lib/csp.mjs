/**
 * Tandem's Content Security Policy, in one place: the production build ships it in its page, and
 * the preview server (and any server of ours) sends it as a header.
 * - Scripts only from the app's own origin: no inline script, no eval.
 * - Workers from the app, or from blob: (the bundler may wrap a worker).
 * - Media, fetches and images from any http(s) host: listeners open episodes from any site they
 *   name. blob: is a file opened from this device, or a download being written.
 * - Styles: the app's own, plus the waveform's inline <style> in its shadow root.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: http: https:",
  "media-src 'self' blob: http: https:",
  "connect-src 'self' blob: http: https:",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
