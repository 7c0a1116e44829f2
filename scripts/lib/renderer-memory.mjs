// Peak resident memory of Chromium's page processes, from Linux's /proc: decoded audio and the
// DOM live outside the JS heap that the page's own counters report.
import { readFile } from 'node:fs/promises';

/** The largest high-water mark (VmHWM) of any renderer process of `browser`, in MB. */
export async function peakRendererMemoryMB(browser) {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await session.send('SystemInfo.getProcessInfo');
    let peakKB = 0;
    for (const { type, id } of processInfo) {
      if (type !== 'renderer') continue;
      const status = await readFile(`/proc/${id}/status`, 'utf8').catch(() => '');
      const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
      if (match) peakKB = Math.max(peakKB, Number(match[1]));
    }
    return peakKB / 1024;
  } finally {
    await session.detach();
  }
}
