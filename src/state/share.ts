/** Hands a link or a quote to the system share sheet where there is one, else the clipboard. */
import { useTandem } from './store';

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/**
 * Shares `text` (with `url` for share sheets). Devices with a share sheet (phones) get it;
 * elsewhere the text goes to the clipboard. Returns what happened, so the caller can say so.
 */
export async function shareOrCopy(
  { title, text, url }: { title: string; text: string; url: string },
  { preferShareSheet = false }: { preferShareSheet?: boolean } = {},
): Promise<ShareOutcome> {
  if (preferShareSheet && typeof navigator.share === 'function') {
    const data = text === url ? { title, url } : { title, text };
    if (!navigator.canShare || navigator.canShare(data)) {
      try {
        await navigator.share(data);
        return 'shared';
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
        // Any other refusal falls through to the clipboard.
      }
    }
  }
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** Phones and tablets: where a share sheet is the natural way to pass a link on. */
export function hasShareSheet(): boolean {
  return (
    typeof navigator.share === 'function' &&
    (window.matchMedia?.('(pointer: coarse)').matches ?? false)
  );
}

/**
 * Shares or copies `text`, then says what happened in a notice (`what` names the thing shared).
 * When neither works (an insecure page, a refusal), the notice shows the link to copy by hand.
 */
export async function shareWithNotice({
  text,
  link,
  what,
  preferShareSheet = false,
}: {
  text: string;
  link: string;
  what: string;
  preferShareSheet?: boolean;
}): Promise<void> {
  const title = useTandem.getState().episode?.title ?? document.title;
  const outcome = await shareOrCopy({ title, text, url: link }, { preferShareSheet });
  const { showNotice } = useTandem.getState();
  if (outcome === 'copied') showNotice(`${what} copied`);
  else if (outcome === 'shared') showNotice(`${what} shared`);
  else if (outcome === 'failed') showNotice(`Copy this link: ${link}`);
}
