/**
 * The page's view of the episodes kept for offline: the list (read from storage), the copy being
 * made (with its progress and a way to stop it), and the actions behind "Keep for offline" and
 * "Remove offline copy". Loaded with the offline controls, on demand.
 */
import { create } from 'zustand';
import { messageOf } from '../core/messages';
import type { OfflineRecord } from '../core/offline';
import { formatBytes } from '../i18n/format';
import { i18n, t } from '../i18n/i18n';
import {
  browserStorage,
  keepEpisode,
  listOfflineCopies,
  removeOfflineCopy,
  type EpisodeToKeep,
  type KeepProgress,
  type OfflineStorage,
} from './offline';
import { useTandem } from './store';

export interface OfflineState {
  /** The complete copies, newest first; null until first read. */
  records: OfflineRecord[] | null;
  /** What the browser says this site uses and may use, when it says. */
  estimate: { usage?: number | undefined; quota?: number | undefined } | null;
  /** Whether the browser promised to keep the copies (null: not known yet). */
  isPersisted: boolean | null;
  /** The copy being made now. */
  keeping: { id: string; title: string; progress: KeepProgress } | null;
  refresh(): Promise<void>;
  keep(episode: EpisodeToKeep): Promise<void>;
  /** Stops the copy being made (nothing of it is left). */
  stopKeeping(): void;
  remove(record: { id: string; title: string }): Promise<void>;
}

// Progress is shown a few times a second, not for every chunk of a long download.
const PROGRESS_EVERY_MS = 200;

const size = (bytes: number): string => formatBytes(bytes, i18n.locale || 'en');

/** The store for `storage` (tests pass their own; the page uses the browser's). */
export function createOfflineStore(storage: OfflineStorage | null) {
  let stopping: AbortController | null = null;
  return create<OfflineState>()((set, get) => ({
    records: null,
    estimate: null,
    isPersisted: null,
    keeping: null,

    refresh: async () => {
      if (!storage) return set({ records: [] });
      try {
        const [{ records, removed }, estimate] = await Promise.all([
          listOfflineCopies(storage),
          storage.estimate(),
        ]);
        set({ records, estimate, isPersisted: await storage.isPersisted() });
        if (removed > 0) {
          useTandem.getState().showNotice(t('offline.removedUnfinished', { count: removed }));
        }
      } catch (error) {
        set({ records: [] });
        useTandem.getState().addError(t('offline.error.list', { detail: messageOf(error) }));
      }
    },

    keep: async (episode) => {
      const { addError, showNotice } = useTandem.getState();
      if (get().keeping) return;
      if (!storage || !storage.hasWorker()) {
        addError(t(storage ? 'offline.error.noWorker' : 'offline.error.unsupported'));
        return;
      }
      const controller = new AbortController();
      stopping = controller;
      let shownAt = 0;
      set({
        keeping: { id: episode.id, title: episode.title, progress: { stored: 0, total: null } },
      });
      try {
        const record = await keepEpisode(episode, {
          storage,
          signal: controller.signal,
          onProgress: (progress) => {
            const now = performance.now();
            if (now - shownAt < PROGRESS_EVERY_MS) return;
            shownAt = now;
            set({ keeping: { id: episode.id, title: episode.title, progress } });
          },
        });
        showNotice(t('offline.kept', { title: record.title, size: size(record.bytes) }));
      } catch (error) {
        if (controller.signal.aborted) showNotice(t('offline.stopped', { title: episode.title }));
        else addError(messageOf(error));
      } finally {
        stopping = null;
        set({ keeping: null });
        await get().refresh();
      }
    },

    stopKeeping: () => stopping?.abort(),

    remove: async ({ id, title }) => {
      if (!storage) return;
      try {
        await removeOfflineCopy(id, storage);
        useTandem.getState().showNotice(t('offline.removed', { title }));
      } catch (error) {
        useTandem
          .getState()
          .addError(t('offline.error.remove', { title, detail: messageOf(error) }));
      }
      await get().refresh();
    },
  }));
}

export const useOffline = createOfflineStore(browserStorage());
