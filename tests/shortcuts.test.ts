import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcuts,
  comboOf,
  describeCombo,
  matchShortcut,
  SHORTCUTS,
  type KeyPress,
} from '../src/shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: document.body,
  ...extra,
});

describe('the shortcut table', () => {
  it('binds no combination twice', () => {
    const all = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(all).size).toBe(all.length);
  });

  it('has the whole set the design asks for', () => {
    const bound = (combo: string) => SHORTCUTS.find((s) => s.keys.includes(combo))?.action;
    expect({
      space: bound(' '),
      k: bound('k'),
      j: bound('j'),
      l: bound('l'),
      left: bound('ArrowLeft'),
      right: bound('ArrowRight'),
      shiftLeft: bound('Shift+ArrowLeft'),
      shiftRight: bound('Shift+ArrowRight'),
      lt: bound('<'),
      gt: bound('>'),
      m: bound('m'),
      zero: bound('0'),
      nine: bound('9'),
      slash: bound('/'),
      modF: bound('Mod+f'),
      f: bound('f'),
      esc: bound('Escape'),
      c: bound('c'),
      r: bound('r'),
      help: bound('?'),
    }).toEqual({
      space: 'togglePlay',
      k: 'togglePlay',
      j: 'back10',
      l: 'forward10',
      left: 'back5',
      right: 'forward5',
      shiftLeft: 'previousLine',
      shiftRight: 'nextLine',
      lt: 'slower',
      gt: 'faster',
      m: 'toggleMute',
      zero: 'jumpToPercent',
      nine: 'jumpToPercent',
      slash: 'search',
      modF: 'search',
      f: 'toggleFollow',
      esc: 'escape',
      c: 'copyLink',
      r: 'toggleRepeat',
      help: 'showHelp',
    });
  });
});

describe('matchShortcut', () => {
  it.each([
    [press(' '), 'togglePlay'],
    [press('K', { shiftKey: true }), 'togglePlay'],
    [press('ArrowLeft', { shiftKey: true }), 'previousLine'],
    [press('?', { shiftKey: true }), 'showHelp'],
    [press('>', { shiftKey: true }), 'faster'],
    [press('f', { ctrlKey: true }), 'search'],
    [press('F', { metaKey: true, shiftKey: true }), 'search'],
    [press('7'), 'jumpToPercent'],
  ])('%j → %s', (keyPress, action) => {
    expect(matchShortcut(keyPress)?.action).toBe(action);
  });

  it('reports which digit was pressed', () => {
    expect(matchShortcut(press('7'))).toEqual({ action: 'jumpToPercent', key: '7' });
  });

  it('leaves the browser its own combinations', () => {
    for (const key of ['r', 'l', 't', 'w', 'c', 'k', '0']) {
      expect(matchShortcut(press(key, { ctrlKey: true }))).toBeUndefined();
      expect(matchShortcut(press(key, { metaKey: true }))).toBeUndefined();
    }
    expect(matchShortcut(press('ArrowLeft', { altKey: true }))).toBeUndefined();
  });

  it('never fires while typing, except Esc and Mod+F', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const search = document.createElement('div');
    search.setAttribute('role', 'searchbox');
    for (const target of [input, textarea, search]) {
      for (const key of [' ', 'k', 'j', '/', '?', '5', 'ArrowLeft']) {
        expect(matchShortcut(press(key, { target }))).toBeUndefined();
      }
      expect(matchShortcut(press('Escape', { target }))?.action).toBe('escape');
      expect(matchShortcut(press('f', { target, ctrlKey: true }))?.action).toBe('search');
    }
  });

  it('lets a focused button keep Space, but not the other keys', () => {
    const button = document.createElement('button');
    expect(matchShortcut(press(' ', { target: button }))).toBeUndefined();
    expect(matchShortcut(press('k', { target: button }))?.action).toBe('togglePlay');
  });

  it('lets a slider keep its arrow keys', () => {
    const slider = document.createElement('div');
    slider.setAttribute('role', 'slider');
    expect(matchShortcut(press('ArrowLeft', { target: slider }))).toBeUndefined();
  });
});

describe('naming keys', () => {
  it.each([
    [' ', 'Space'],
    ['k', 'K'],
    ['Shift+ArrowLeft', 'Shift+←'],
    ['Mod+f', 'Ctrl/⌘+F'],
    ['Escape', 'Esc'],
    ['?', '?'],
    ['<', '<'],
  ])('%j is shown as %j', (combo, label) => {
    expect(describeCombo(combo)).toBe(label);
  });

  it('writes aria-keyshortcuts from the table', () => {
    expect(ariaKeyShortcuts('togglePlay')).toBe('Space K');
    expect(ariaKeyShortcuts('previousLine')).toBe('Shift+ArrowLeft');
    expect(ariaKeyShortcuts('search')).toBe('/ Control+F Meta+F');
  });

  it('spells combinations from events', () => {
    expect(comboOf(press('F', { shiftKey: true }))).toBe('f');
    expect(comboOf(press('ArrowRight', { shiftKey: true }))).toBe('Shift+ArrowRight');
  });
});
