import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSettings } from '../../src/state/settings';
import { useTandem } from '../../src/state/store';
import { PageTools } from '../../src/ui/PageTools';
import { PlaybackOptions } from '../../src/ui/PlaybackOptions';
import { ShortcutsDialog } from '../../src/ui/ShortcutsDialog';
import { TransportControls } from '../../src/ui/TransportControls';
import { useShortcuts } from '../../src/ui/use-shortcuts';
import { SHORTCUTS, describeCombo } from '../../src/shortcuts';
import { connectFakePlayer } from '../helpers/connected-player';
import { resetStore } from '../helpers/store';
import { t } from '../../src/i18n/i18n';

const lines = Array.from({ length: 20 }, (_, i) => `Line ${i}`);

function Controls() {
  useShortcuts();
  return (
    <>
      <TransportControls />
      <PlaybackOptions />
      <PageTools />
      <ShortcutsDialog />
    </>
  );
}

describe('transport controls', () => {
  beforeEach(() => {
    resetStore();
    useSettings.setState({ rate: 1, volume: 1, isMuted: false, theme: 'system' });
  });

  it('names every control for screen readers and reaches each one with Tab', async () => {
    const user = userEvent.setup();
    render(<Controls />);
    connectFakePlayer(lines);
    const names = [
      'Back 10 seconds',
      'Previous line',
      'Play',
      'Next line',
      'Forward 10 seconds',
      'Repeat line',
    ];
    for (const name of names) {
      await user.tab();
      expect(screen.getByRole('button', { name })).toHaveFocus();
    }
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Playback speed' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Mute' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('slider', { name: 'Volume' })).toHaveFocus();
    // (No styles here: "More tools", shown on phones only, is in the order too.)
    for (const name of [
      'Open episode',
      'Copy link to current time',
      'More tools',
      'Embed',
      'Dark theme',
      'Keyboard shortcuts',
    ]) {
      await user.tab();
      expect(screen.getByRole('button', { name })).toHaveFocus();
    }
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveFocus();
  });

  it('skips 10 seconds and steps between lines', () => {
    render(<Controls />);
    const { media } = connectFakePlayer(lines);
    media.currentTime = 30;
    fireEvent.click(screen.getByRole('button', { name: 'Forward 10 seconds' }));
    expect(media.currentTime).toBe(40);
    fireEvent.click(screen.getByRole('button', { name: 'Back 10 seconds' }));
    expect(media.currentTime).toBe(30);
    fireEvent.click(screen.getByRole('button', { name: 'Next line' }));
    expect(media.currentTime).toBe(32);
    fireEvent.click(screen.getByRole('button', { name: 'Previous line' }));
    expect(media.currentTime).toBe(28);
  });

  it('sets speed with the pitch kept, remembered across visits', () => {
    render(<Controls />);
    connectFakePlayer(lines);
    const speed = screen.getByRole('combobox', { name: 'Playback speed' });
    expect(speed).toHaveDisplayValue('1×');
    expect([...(speed as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      '0.5×',
      '0.75×',
      '1×',
      '1.25×',
      '1.5×',
      '1.75×',
      '2×',
      '2.25×',
      '2.5×',
      '2.75×',
      '3×',
    ]);
    fireEvent.change(speed, { target: { value: '1.75' } });
    expect(useSettings.getState().rate).toBe(1.75);
    expect(JSON.parse(localStorage.getItem('tandem:settings') as string).state.rate).toBe(1.75);
    fireEvent.keyDown(document.body, { key: '>', shiftKey: true });
    expect(useSettings.getState().rate).toBe(2);
    expect(speed).toHaveDisplayValue('2×');
    fireEvent.keyDown(document.body, { key: '<', shiftKey: true });
    expect(speed).toHaveDisplayValue('1.75×');
  });

  it('mutes, unmutes and sets the volume', () => {
    render(<Controls />);
    connectFakePlayer(lines);
    fireEvent.click(screen.getByRole('button', { name: 'Mute' }));
    expect(useSettings.getState().isMuted).toBe(true);
    expect(screen.getByRole('slider', { name: 'Volume' })).toHaveAttribute(
      'aria-valuetext',
      'muted',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Unmute' }));
    fireEvent.change(screen.getByRole('slider', { name: 'Volume' }), { target: { value: '0.35' } });
    expect(useSettings.getState()).toMatchObject({ volume: 0.35, isMuted: false });
    expect(screen.getByRole('slider', { name: 'Volume' })).toHaveAttribute('aria-valuetext', '35%');
  });

  it('Repeat line is a toggle button that shows its state', () => {
    render(<Controls />);
    connectFakePlayer(lines);
    const repeat = screen.getByRole('button', { name: 'Repeat line' });
    expect(repeat).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(repeat);
    expect(repeat).toHaveAttribute('aria-pressed', 'true');
    expect(useTandem.getState().repeatIndex).toBe(0);
  });

  it('the dark theme toggle overrides the system and goes back to it', () => {
    render(<Controls />);
    const toggle = screen.getByRole('button', { name: 'Dark theme' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(toggle);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(toggle);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(useSettings.getState().theme).toBe('system');
  });
});

describe('keyboard shortcuts dialog', () => {
  beforeEach(resetStore);

  it('opens with ?, lists every shortcut of the table, and closes with Esc', () => {
    render(<Controls />);
    fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts', hidden: true });
    expect(dialog).toHaveAttribute('open');
    for (const shortcut of SHORTCUTS) {
      expect(dialog).toHaveTextContent(t(`shortcut.${shortcut.action}`));
    }
    expect(dialog).toHaveTextContent(describeCombo('Shift+ArrowLeft'));
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(dialog).not.toHaveAttribute('open');
  });
});

describe('keys on the page', () => {
  beforeEach(resetStore);

  it.each([
    ['j', 20],
    ['l', 40],
    ['ArrowLeft', 25],
    ['ArrowRight', 35],
    ['5', 2989.9 / 2],
  ])('%s moves the playhead to %d s', (key, expected) => {
    render(<Controls />);
    const { media } = connectFakePlayer(lines);
    media.currentTime = 30;
    fireEvent.keyDown(document.body, { key });
    expect(media.currentTime).toBeCloseTo(expected, 6);
  });

  it('does nothing while typing in a field', () => {
    render(
      <>
        <Controls />
        <input aria-label="notes" />
      </>,
    );
    const { media } = connectFakePlayer(lines);
    media.currentTime = 30;
    const field = screen.getByRole('textbox', { name: 'notes' });
    for (const key of ['j', 'l', 'k', ' ', '5', 'm']) fireEvent.keyDown(field, { key });
    expect(media.currentTime).toBe(30);
    expect(media.play).not.toHaveBeenCalled();
    expect(useSettings.getState().isMuted).toBe(false);
  });

  it('M mutes, F toggles following, R repeats the current line', () => {
    render(<Controls />);
    connectFakePlayer(lines);
    act(() => {
      fireEvent.keyDown(document.body, { key: 'm' });
      fireEvent.keyDown(document.body, { key: 'f' });
      fireEvent.keyDown(document.body, { key: 'r' });
    });
    expect(useSettings.getState().isMuted).toBe(true);
    expect(useTandem.getState().isFollowing).toBe(false);
    expect(useTandem.getState().repeatIndex).toBe(0);
  });
});
