/// <reference lib="webworker" />
/**
 * Reads a podcast feed off the main thread: a long-running show's feed is megabytes of XML, and
 * its parser is a chunk the page does not need until a feed is opened.
 */
import { decodeFeed, parseFeed, type Show } from '../core/feed';

export type FeedRequest = { bytes: ArrayBuffer; label: string; feedUrl: string };
export type FeedAnswer = { show: Show } | { error: string };

self.onmessage = (event: MessageEvent<FeedRequest>) => {
  const { bytes, label, feedUrl } = event.data;
  try {
    self.postMessage({ show: parseFeed(decodeFeed(new Uint8Array(bytes)), label, feedUrl) });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
