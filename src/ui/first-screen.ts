/**
 * The page's first screen, drawn from the store with plain DOM before React's code has run: the
 * episode's title and its first transcript lines, where the app will show them. On a phone the
 * app's code takes some 400 ms to run and render; the lines are on screen meanwhile, and React's
 * first render replaces them (it clears its root) with the same lines, now live.
 *
 * It copies the app's markup and class names for this one state (episode known, player loading,
 * first lines read), so the stylesheet lays both out alike; the tools are empty boxes of their
 * size. Nothing in it can be used: it is inert until the app takes over. All text is set as text.
 */
import { assignSpeakerColors, isTurnStart } from '../core/speakers';
import { formatClock } from '../core/time';
import type { Cue } from '../core/transcript';
import type { EpisodeMeta } from '../core/episode';
import { t } from '../i18n/i18n';
import { useTandem, type TandemState } from '../state/store';

/** A line is at least this tall (its time button): no more lines than the window can show. */
const LINE_MIN_PX = 44;

type Child = Node | string | false | undefined;

function el(tag: string, className: string, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  for (const child of children) if (child) element.append(child);
  return element;
}

/** A button as the app draws it (the stylesheet sizes buttons), inert like the rest. */
function button(className: string, text = ''): HTMLElement {
  const element = el('button', className, text);
  element.setAttribute('type', 'button');
  return element;
}

/** A tool's place: one of the app's icon buttons, with nothing in it. */
const toolPlace = (): HTMLElement => button('icon-button');

/** A link drawn as the app draws it; only a web address is kept (the screen is inert anyway). */
function link(href: string, text: string): HTMLElement {
  const element = el('a', '', text);
  if (/^https?:/i.test(href)) element.setAttribute('href', href);
  return element;
}

function header(episode: EpisodeMeta, fallbackTitle: string | undefined): HTMLElement {
  const title = el('h1', '', episode.title || fallbackTitle || '');
  // The image's place only: the app fetches it without telling its site which page asked.
  const art = episode.image ? el('span', 'episode-art first-screen-art') : undefined;
  title.dir = 'auto';
  const meta = [episode.show];
  if (episode.episodeNumber !== undefined)
    // As digits: the first number the page formats sets up the language's number rules, some
    // 50 ms on a phone, which the app's own header pays a moment later.
    meta.push(t('episode.number', { number: String(episode.episodeNumber) }));
  const note = episode.audioNote ? el('p', 'audio-note', episode.audioNote) : undefined;
  note?.setAttribute('dir', 'auto');
  return el(
    'header',
    'episode-header',
    el('div', 'topbar', el('p', 'brand', 'Tandem'), el('div', 'page-tools first-screen-tools')),
    el('div', 'episode-title', art, title),
    el(
      'p',
      'episode-meta',
      meta.join(' · '),
      episode.link && ' · ',
      episode.link && link(episode.link, t('episode.original')),
    ),
    note,
  );
}

function row(cues: readonly Cue[], index: number, isCurrent: boolean, color?: number): HTMLElement {
  const cue = cues[index] as Cue;
  const text = el('p', 'cue-text', cue.text);
  text.dir = 'auto';
  return el(
    'div',
    isCurrent ? 'cue is-current' : 'cue',
    button('cue-time', formatClock(cue.start)),
    el(
      'div',
      'cue-body',
      color !== undefined && el('span', `speaker speaker-${color}`, cue.speaker ?? ''),
      text,
    ),
    isCurrent && el('div', 'cue-actions', toolPlace(), toolPlace()),
  );
}

function transcript(cues: readonly Cue[], currentIndex: number): HTMLElement {
  const colors = assignSpeakerColors(cues);
  const rows: HTMLElement[] = [];
  const lines = Math.min(cues.length, Math.ceil(window.innerHeight / LINE_MIN_PX));
  for (let i = 0; i < lines; i++) {
    const color = isTurnStart(cues, i) ? colors.get(cues[i]?.speaker as string) : undefined;
    const line = row(cues, i, i === currentIndex, color);
    line.dataset.firstScreenLine = String(i);
    rows.push(line);
  }
  const search = el('input', 'search-input') as HTMLInputElement;
  search.type = 'search';
  search.placeholder = t('search.label');
  const offset = el('input', '') as HTMLInputElement;
  offset.type = 'number';
  offset.value = '0';
  return el(
    'section',
    'transcript',
    el(
      'div',
      'search-bar',
      search,
      el('span', 'search-status'),
      toolPlace(),
      toolPlace(),
      el('span', 'download-menu-place'),
    ),
    el(
      'div',
      'transcript-offset',
      el(
        'div',
        'offset-field',
        el('label', '', t('offset.label')),
        offset,
        el('span', '', t('offset.unit')),
      ),
      el('p', 'offset-check'),
    ),
    el(
      'div',
      'transcript-scroller',
      el('div', 'transcript-sizer', el('div', 'transcript-window', ...rows)),
    ),
  );
}

/** The first screen for this state, or null while there is nothing to show yet. */
export function firstScreen(state: TandemState): HTMLElement | null {
  const { episode, transcript: read, currentIndex } = state;
  if (!episode || !read || read.cues.length === 0) return null;
  const screen = el(
    'main',
    'app first-screen',
    header(episode, read.title),
    el('div', 'player player-pending'),
    el('div', 'notices'),
    transcript(read.cues, currentIndex),
  );
  // Seen, not used: the app's own page, a moment later, is the one to use and to read aloud.
  screen.inert = true;
  screen.setAttribute('aria-hidden', 'true');
  return screen;
}

/** The first screen being shown, and what the app does with it once its code is in. */
export interface FirstScreen {
  /** Drawn, or given up on: the store has an error to show, which only the app shows. */
  settled: Promise<void>;
  /** The app renders: the first screen is drawn no more. */
  stop(): void;
}

/**
 * Draws the first screen into `root` as soon as the store has the episode and its first lines and
 * `ready` has settled (the page's language), unless `root` has content by then.
 */
export function showFirstScreen(root: HTMLElement, ready: Promise<unknown>): FirstScreen {
  let isStopped = false;
  let unsubscribe = (): void => undefined;
  let settle = (): void => undefined;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const tryDraw = (): boolean => {
    if (isStopped || root.firstChild) return true;
    const state = useTandem.getState();
    const screen = firstScreen(state);
    if (!screen) return state.errors.length > 0;
    root.append(screen);
    return true;
  };
  void ready
    .catch(() => undefined)
    .then(() => {
      if (tryDraw()) return settle();
      unsubscribe = useTandem.subscribe(() => {
        if (!tryDraw()) return;
        unsubscribe();
        settle();
      });
    });
  return {
    settled,
    stop: () => {
      isStopped = true;
      unsubscribe();
      settle();
    },
  };
}
