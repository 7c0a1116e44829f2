import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EpisodeMeta } from '../../src/core/episode';
import type { Cue } from '../../src/core/transcript';
import { useTandem } from '../../src/state/store';
import { firstScreen, showFirstScreen } from '../../src/ui/first-screen';
import { resetStore } from '../helpers/store';

const episode: EpisodeMeta = {
  id: 'ep',
  title: 'Flask <b>web</b> framework',
  show: 'Talk Python to Me',
  episodeNumber: 13,
  link: 'https://example.org/13',
  audio: 'audio.mp3',
  transcript: 'transcript.txt',
};

const cues: Cue[] = Array.from({ length: 200 }, (_, i) => ({
  start: i * 5,
  end: (i + 1) * 5,
  text: i === 1 ? '<img src=x onerror="window.hacked=1">' : `Line ${i}`,
  ...(i < 3 ? { speaker: i === 2 ? 'Armin' : 'Michael' } : {}),
}));

function load(): void {
  useTandem.getState().setEpisode(episode);
  useTandem.getState().setTranscript({ cues });
}

const lines = (root: ParentNode): Element[] => [
  ...root.querySelectorAll('[data-first-screen-line]'),
];

describe('firstScreen', () => {
  beforeEach(resetStore);

  it('is nothing until the episode and its first lines are in', () => {
    expect(firstScreen(useTandem.getState())).toBeNull();
    useTandem.getState().setEpisode(episode);
    expect(firstScreen(useTandem.getState())).toBeNull();
    useTandem.getState().setTranscript({ cues: [] });
    expect(firstScreen(useTandem.getState())).toBeNull();
  });

  it('draws the title and the first lines as text, the current one marked, speakers named', () => {
    load();
    const screen = firstScreen(useTandem.getState()) as HTMLElement;
    expect(screen.querySelector('h1')?.textContent).toBe('Flask <b>web</b> framework');
    expect(screen.querySelector('.episode-meta')?.textContent).toBe(
      'Talk Python to Me · Episode 13 · Original episode',
    );
    const [first, second, third] = lines(screen);
    expect(first?.querySelector('.cue-time')?.textContent).toBe('0:00');
    expect(first?.querySelector('.cue-text')?.textContent).toBe('Line 0');
    expect(first?.classList.contains('is-current')).toBe(true);
    expect(second?.classList.contains('is-current')).toBe(false);
    // Untrusted text stays text: no element comes from it.
    expect(second?.querySelector('.cue-text')?.textContent).toBe(
      '<img src=x onerror="window.hacked=1">',
    );
    expect(screen.querySelector('img, b')).toBeNull();
    expect(first?.querySelector('.speaker')?.textContent).toBe('Michael');
    expect(second?.querySelector('.speaker')).toBeNull();
    expect(third?.querySelector('.speaker')?.textContent).toBe('Armin');
  });

  it('draws no more lines than the window can show, and nothing that can be used', () => {
    load();
    const screen = firstScreen(useTandem.getState()) as HTMLElement;
    expect(lines(screen).length).toBe(Math.ceil(window.innerHeight / 44));
    expect(screen.matches('main.app')).toBe(true);
    expect(screen.inert).toBe(true);
    expect(screen.getAttribute('aria-hidden')).toBe('true');
    // The same markup as the app's, so the stylesheet lays both out alike.
    for (const selector of [
      ':scope > header.episode-header > .topbar > .page-tools',
      ':scope > .player.player-pending',
      'section.transcript > .search-bar > input.search-input',
      'section.transcript > .transcript-offset > .offset-field > input',
      '.transcript-scroller > .transcript-sizer > .transcript-window > .cue > button.cue-time',
      '.cue > .cue-body > p.cue-text',
    ]) {
      expect(screen.querySelector(selector), selector).not.toBeNull();
    }
  });

  it('keeps a link only when it is a web address', () => {
    useTandem.getState().setEpisode({ ...episode, link: 'javascript:alert(1)' });
    useTandem.getState().setTranscript({ cues });
    const screen = firstScreen(useTandem.getState()) as HTMLElement;
    expect(screen.querySelector('.episode-meta a')?.hasAttribute('href')).toBe(false);
  });
});

describe('showFirstScreen', () => {
  let root: HTMLElement;
  beforeEach(() => {
    resetStore();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  it('draws once the store has the first lines and the page is ready, then settles', async () => {
    let becomeReady = (): void => undefined;
    const ready = new Promise<void>((resolve) => (becomeReady = resolve));
    const shown = showFirstScreen(root, ready);
    load();
    await Promise.resolve();
    expect(root.childElementCount).toBe(0);
    becomeReady();
    await shown.settled;
    expect(lines(root).length).toBeGreaterThan(0);
    // Drawn once: later changes to the store are the app's to show.
    useTandem.getState().setTranscript({ cues: cues.slice(5) });
    expect(root.querySelector('.cue-text')?.textContent).toBe('Line 0');
  });

  it('draws nothing after the app renders', async () => {
    const shown = showFirstScreen(root, Promise.resolve());
    await Promise.resolve();
    shown.stop();
    load();
    await shown.settled;
    expect(root.childElementCount).toBe(0);
  });

  it('gives up when the store has an error, which only the app shows', async () => {
    const shown = showFirstScreen(root, Promise.resolve());
    useTandem.getState().addError('episode.json: not found (404).');
    await shown.settled;
    expect(root.childElementCount).toBe(0);
  });

  it('leaves alone a root that has content', async () => {
    root.append(document.createElement('p'));
    load();
    await showFirstScreen(root, Promise.resolve()).settled;
    expect(lines(root)).toHaveLength(0);
  });
});
