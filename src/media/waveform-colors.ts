/** The waveform's colours: one palette, resolved from the theme's CSS custom properties. */
export interface WaveColors {
  wave: string;
  progress: string;
  cursor: string;
}

/** Used when the theme does not say (and by tests without a stylesheet). */
export const FALLBACK_WAVE_COLORS: WaveColors = {
  wave: '#8c96a8',
  progress: '#1f4fbf',
  cursor: '#1b1f24',
};

/**
 * Custom properties hold unresolved values (`light-dark(…)`), which a canvas cannot use: resolve
 * each through a probe element's computed colour.
 */
export function readThemeColors(within: HTMLElement): WaveColors {
  const probe = document.createElement('span');
  probe.hidden = true;
  within.appendChild(probe);
  const resolve = (name: string, fallback: string): string => {
    probe.style.color = `var(${name}, ${fallback})`;
    return getComputedStyle(probe).color || fallback;
  };
  const colors = {
    wave: resolve('--wave', FALLBACK_WAVE_COLORS.wave),
    progress: resolve('--wave-progress', FALLBACK_WAVE_COLORS.progress),
    cursor: resolve('--wave-cursor', FALLBACK_WAVE_COLORS.cursor),
  };
  probe.remove();
  return colors;
}

/** Calls back when the page theme changes: the system's, or the listener's choice. */
export function subscribeToThemeChanges(onChange: () => void): () => void {
  const system = window.matchMedia?.('(prefers-color-scheme: dark)');
  system?.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    system?.removeEventListener('change', onChange);
    observer.disconnect();
  };
}
