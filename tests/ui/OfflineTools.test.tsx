import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EpisodeFile } from '../../src/core/offline';
import type { OfflineStorage } from '../../src/state/offline';
import { useTandem } from '../../src/state/store';
import { OfflineTools } from '../../src/ui/OfflineTools';
import { FakeCaches } from '../helpers/fake-caches';
import { resetStore } from '../helpers/store';

const { SCOPE, AUDIO, TRANSCRIPT } = vi.hoisted(() => ({
  SCOPE: 'http://localhost:3000/',
  AUDIO: 'http://localhost:3000/episodes/demo/audio.mp3',
  TRANSCRIPT: 'http://localhost:3000/episodes/demo/transcript.txt',
}));

/** The browser's storage, in memory; a download that waits on `gate` while it is set. */
const fake = vi.hoisted(() => ({
  caches: null as unknown as FakeCaches,
  gate: null as Promise<void> | null,
  hasWorker: true,
}));

vi.mock('../../src/state/offline', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/state/offline')>();
  const storage: OfflineStorage = {
    get caches() {
      return fake.caches as unknown as CacheStorage;
    },
    fetch: async (input) => {
      const size = String(input) === AUDIO ? 2_500_000 : 4000;
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (sent >= size) return controller.close();
          if (sent > 0 && fake.gate) await fake.gate;
          const chunk = Math.min(500_000, size - sent);
          sent += chunk;
          controller.enqueue(new Uint8Array(chunk));
        },
      });
      return new Response(body, { headers: { 'content-length': String(size) } });
    },
    scope: SCOPE,
    estimate: async () => ({ usage: fake.caches.used(), quota: 10 ** 9 }),
    persist: async () => true,
    isPersisted: async () => true,
    hasWorker: () => fake.hasWorker,
    lock: (_name, work) => work(),
    heldLocks: async () => [],
    notifyWorker: () => undefined,
  };
  return { ...original, browserStorage: () => storage };
});

const FILES: EpisodeFile[] = [
  { role: 'audio', url: AUDIO, label: 'audio.mp3' },
  { role: 'transcript', url: TRANSCRIPT, label: 'transcript.txt' },
];

function openEpisode(files = FILES): void {
  useTandem
    .getState()
    .setEpisode(
      { id: 'demo', title: 'Flask', show: 'Talk Python', audio: '', transcript: '' },
      files,
    );
}

beforeEach(async () => {
  resetStore();
  fake.caches = new FakeCaches();
  fake.gate = null;
  fake.hasWorker = true;
  const { useOffline } = await import('../../src/state/offline-store');
  useOffline.setState({ records: null, keeping: null });
});

describe('OfflineTools', () => {
  it('keeps the open episode, shows its progress, then offers to remove the copy', async () => {
    openEpisode();
    render(<OfflineTools />);
    const keep = await screen.findByRole('button', { name: 'Keep for offline' });
    await waitFor(() => expect(keep).toBeEnabled());
    let open!: () => void;
    fake.gate = new Promise((resolve) => (open = resolve));
    fireEvent.click(keep);
    // While the copy is made, the button stops it and says how far it is.
    const stop = await screen.findByRole('button', { name: /^Stop keeping for offline/ });
    expect(stop).toHaveClass('keeping');
    fake.gate = null;
    act(() => open());
    await screen.findByRole('button', { name: 'Remove offline copy' });
    expect(useTandem.getState().notice?.text).toBe('“Flask” is kept for offline (2.5 MB).');

    // The list has it, with its size; removing it from there brings "Keep" back.
    fireEvent.click(screen.getByRole('button', { name: 'Offline episodes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Offline episodes' });
    const item = await within(dialog).findByRole('listitem');
    expect(item).toHaveTextContent(/Flask.*Talk Python · 2\.5 MB, kept /);
    expect(within(item).getByRole('link', { name: 'Flask' })).toHaveAttribute('href', '/');
    expect(dialog).toHaveTextContent('Kept episodes use 2.5 MB');
    fireEvent.click(within(item).getByRole('button', { name: 'Remove offline copy of “Flask”' }));
    await screen.findByRole('button', { name: 'Keep for offline' });
    expect(await within(dialog).findByText(/^No episode is kept/)).toBeInTheDocument();
    expect(await fake.caches.keys()).toEqual([]);
  });

  it('"Stop" leaves nothing kept, and says so', async () => {
    openEpisode();
    render(<OfflineTools />);
    const keep = await screen.findByRole('button', { name: 'Keep for offline' });
    await waitFor(() => expect(keep).toBeEnabled());
    fake.gate = new Promise(() => undefined);
    fireEvent.click(keep);
    fireEvent.click(await screen.findByRole('button', { name: /^Stop keeping for offline/ }));
    await screen.findByRole('button', { name: 'Keep for offline' });
    expect(useTandem.getState().notice?.text).toBe(
      'Stopped keeping “Flask” for offline: nothing of it was kept.',
    );
    expect(await fake.caches.keys()).toEqual([]);
  });

  it('without a service worker, keeping says why it cannot', async () => {
    fake.hasWorker = false;
    openEpisode();
    render(<OfflineTools />);
    const keep = await screen.findByRole('button', { name: 'Keep for offline' });
    await waitFor(() => expect(keep).toBeEnabled());
    fireEvent.click(keep);
    await waitFor(() =>
      expect(useTandem.getState().errors.at(-1)).toMatch(
        /^This page cannot keep episodes for offline yet/,
      ),
    );
    expect(fake.caches.puts).toBe(0);
  });

  it('an episode of local files has no "Keep", but the list is there', async () => {
    openEpisode([]);
    render(<OfflineTools />);
    await screen.findByRole('button', { name: 'Offline episodes' });
    expect(screen.queryByRole('button', { name: 'Keep for offline' })).toBeNull();
  });
});
