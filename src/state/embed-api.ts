/**
 * The compact player's side of the embed API (see core/embed.ts): commands from the page that
 * frames it drive the player, and the player tells that page what happens. Commands are taken
 * only from the framing page (and only from `origin` when the embed code names one); events go
 * only to it.
 */
import {
  embedEvent,
  parseEmbedCommand,
  TIMEUPDATE_SECONDS,
  type EmbedEvent,
  type EmbedEventName,
} from '../core/embed';
import type { Player } from '../media/player';
import { useTandem } from './store';

/** The framing page, as far as the API needs it. */
export interface EmbedHost {
  postMessage(message: EmbedEvent, targetOrigin: string): void;
}

export interface EmbedApiOptions {
  /** The page that frames this one (window.parent). */
  host: EmbedHost;
  /** Where its messages arrive (this window). */
  inbox?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** The framing page's origin, when the embed code names one; otherwise any. */
  origin?: string;
  store?: typeof useTandem;
}

/** Starts the API; the returned function stops it. */
export function connectEmbedApi({
  host,
  inbox = window,
  origin,
  store = useTandem,
}: EmbedApiOptions): () => void {
  const send = (event: EmbedEventName, time: number, cueIndex?: number): void =>
    host.postMessage(embedEvent(event, time, cueIndex), origin ?? '*');
  const timeNow = (): number => store.getState().player?.currentTime() ?? 0;

  const onMessage = (event: MessageEvent): void => {
    if (event.source !== (host as unknown) || (origin !== undefined && event.origin !== origin)) {
      return;
    }
    const command = parseEmbedCommand(event.data);
    const { player, seek } = store.getState();
    if (!command || !player) return;
    if (command.command === 'play') void player.play();
    else if (command.command === 'pause') player.pause();
    else seek(command.time);
  };
  inbox.addEventListener('message', onMessage as EventListener);

  // Events from the player in use; a new episode's player takes over from the last one's.
  let detach: (() => void) | null = null;
  const attach = (player: Player | null): void => {
    detach?.();
    detach = null;
    if (!player) return;
    let wasPlaying = player.getState().isPlaying;
    let hadEnded = player.getState().hasEnded;
    const offState = player.onState(({ isPlaying, hasEnded }) => {
      if (isPlaying !== wasPlaying) send(isPlaying ? 'play' : 'pause', player.currentTime());
      if (hasEnded && !hadEnded) send('ended', player.currentTime());
      wasPlaying = isPlaying;
      hadEnded = hasEnded;
    });
    // A few times a second while playing, and after each seek.
    let lastSent = Number.NaN;
    const offTime = player.onTime(
      (time) => {
        // Due, or a jump back (a seek); a clock waking a little early waits for the next time.
        if (time >= lastSent && time - lastSent < TIMEUPDATE_SECONDS * 0.9) return;
        lastSent = time;
        send('timeupdate', time);
      },
      {
        nextChange: (time) =>
          Number.isNaN(lastSent) ? time : Math.max(time, lastSent + TIMEUPDATE_SECONDS),
      },
    );
    detach = () => {
      offState();
      offTime();
    };
  };
  attach(store.getState().player);

  let isReady = false;
  const checkReady = (): void => {
    const { playback, hasRenderedRows, player, currentIndex } = store.getState();
    if (isReady || !player || !playback.isWaveformDrawn || !hasRenderedRows) return;
    isReady = true;
    send('ready', player.currentTime(), currentIndex);
  };
  checkReady();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.player !== previous.player) attach(state.player);
    checkReady();
    if (isReady && state.currentIndex !== previous.currentIndex) {
      send('cuechange', timeNow(), state.currentIndex);
    }
  });

  return () => {
    inbox.removeEventListener('message', onMessage as EventListener);
    unsubscribe();
    detach?.();
  };
}
