/** The waveform's colours, resolved from the theme's CSS custom properties. */
export interface WaveColors {
  wave: string;
  progress: string;
  cursor: string;
}

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
    wave: resolve('--wave', '#8c96a8'),
    progress: resolve('--wave-progress', '#1f4fbf'),
    cursor: resolve('--wave-cursor', '#1b1f24'),
  };
  probe.remove();
  return colors;
}
