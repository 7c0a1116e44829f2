// Peak resident memory of a page's Chromium process, from Linux's /proc: decoded audio and the
// DOM live outside the JS heap that the page's own counters report.
import { readFile } from 'node:fs/promises';

/** The ids of the browser's renderer processes now. */
export async function rendererPids(browser) {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await session.send('SystemInfo.getProcessInfo');
    return new Set(processInfo.filter((p) => p.type === 'renderer').map((p) => p.id));
  } finally {
    await session.detach();
  }
}

/**
 * The largest high-water mark (VmHWM) among renderer processes that were not running before
 * (`before`, from rendererPids): the page's own, and any spare the browser started with it.
 */
export async function peakRendererMemoryMB(browser, before) {
  let peakKB = 0;
  for (const pid of await rendererPids(browser)) {
    if (before.has(pid)) continue;
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    if (match) peakKB = Math.max(peakKB, Number(match[1]));
  }
  return peakKB / 1024;
}
