// Draws the installed app's icons (public/icons/*.png) from the same picture as favicon.svg:
// "any" icons with rounded corners, and a maskable one whose bars sit inside the safe circle
// (the middle 80%) that launchers crop to. Run again after changing the picture.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';

const BLUE = '#1f4fbf';
const BARS = 'M6 20v-8M10 24V8M14 18v-4M18 22V10M22 19v-6M26 17v-2';

/** The picture on a 32-unit square; `inset` shrinks the bars toward the middle. */
const picture = ({ rounded, inset }) => {
  const scale = 1 - 2 * inset;
  const shift = 32 * inset;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="100%" height="100%">
<rect width="32" height="32" rx="${rounded ? 7 : 0}" fill="${BLUE}"/>
<path transform="translate(${shift} ${shift}) scale(${scale})" d="${BARS}" stroke="#fff"
 stroke-width="2.4" stroke-linecap="round" fill="none"/></svg>`;
};

const ICONS = [
  { name: 'icon-192.png', size: 192, rounded: true, inset: 0 },
  { name: 'icon-512.png', size: 512, rounded: true, inset: 0 },
  { name: 'icon-maskable-512.png', size: 512, rounded: false, inset: 0.12 },
  { name: 'apple-touch-icon-180.png', size: 180, rounded: false, inset: 0.06 },
];

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${picture(icon)}</body></html>`,
    );
    await page.screenshot({ path: `public/icons/${icon.name}`, omitBackground: true });
    await page.close();
    console.log(`public/icons/${icon.name} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
