// Where the bench and the A/B script measure pages: a desktop, and a mid-range phone (a 360×740
// touch screen, its CPU 4× slower through the DevTools protocol, and a fast 4G link for the load
// figures).
import { firstRowsProbe, ROWS_SHOWN } from './first-rows-probe.mjs';

export const PROFILES = {
  desktop: { name: 'desktop', viewport: { width: 1280, height: 800 }, cpuRate: 1 },
  phone: {
    name: 'phone',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    cpuRate: 4,
    // Chrome DevTools' "Fast 4G": 9 Mbit/s down, 1.5 Mbit/s up, 60 ms round trip.
    network: {
      latency: 60,
      downloadThroughput: (9e6 / 8) * 0.9,
      uploadThroughput: (1.5e6 / 8) * 0.9,
    },
  },
};

/**
 * Opens `url` in a fresh context set up as `profile`, with the first-rows probe in the page;
 * `withNetwork` adds the profile's network (for the load figures).
 */
export async function openProfiledPage(
  browser,
  profile,
  url,
  { withNetwork = false, serviceWorkers = 'allow' } = {},
) {
  const { viewport, isMobile = false, hasTouch = false, deviceScaleFactor = 1 } = profile;
  const context = await browser.newContext({
    viewport,
    isMobile,
    hasTouch,
    deviceScaleFactor,
    serviceWorkers,
  });
  await context.addInitScript(firstRowsProbe, ROWS_SHOWN);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (profile.cpuRate > 1)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
  if (withNetwork && profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
  await page.goto(url);
  return { context, page, cdp };
}
