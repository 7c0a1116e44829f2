/**
 * Whether an address asks for the compact player (`?embed=1`), and what it says about its host.
 * Apart from core/embed.ts so that the page's first script carries only this.
 */

/** The search parameter that asks for the compact player. */
export const EMBED_PARAM = 'embed';

/** Whether an address's query asks for the compact player (`?embed=1`). */
export function isEmbedSearch(search: string): boolean {
  const value = new URLSearchParams(search).get(EMBED_PARAM);
  return value !== null && value !== '0' && value !== 'false';
}

/**
 * What an address asks of the compact player: undefined when it is not one; `origin` when the
 * embed code names the page allowed to drive it (`?origin=https://podcast.example`).
 */
export function embedOptions(search: string): { origin?: string } | undefined {
  if (!isEmbedSearch(search)) return undefined;
  const origin = new URLSearchParams(search).get('origin');
  if (origin === null) return {};
  try {
    const url = new URL(origin);
    const isOrigin = /^https?:$/.test(url.protocol) && url.origin === origin.replace(/\/$/, '');
    return isOrigin ? { origin: url.origin } : {};
  } catch {
    return {};
  }
}
