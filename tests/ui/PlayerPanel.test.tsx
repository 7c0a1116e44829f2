import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PlayButton } from '../../src/ui/PlayButton';
import { SeekWaveform } from '../../src/ui/SeekWaveform';
import { TimeReadout } from '../../src/ui/TimeReadout';
import { connectFakePlayer } from '../helpers/connected-player';
import { resetStore } from '../helpers/store';

function Controls() {
  return (
    <>
      <SeekWaveform containerRef={{ current: null }} />
      <PlayButton />
      <TimeReadout />
    </>
  );
}

const connect = (isLoaded = false) => connectFakePlayer([], 2989.9, isLoaded);

describe('player controls', () => {
  beforeEach(resetStore);

  it('shows 0:00 / 49:49 and a Play button that waits until the audio can play', () => {
    render(<Controls />);
    const { media } = connect();
    expect(screen.getByText('49:49')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play' })).toBeDisabled();
    act(() => media.loadMetadata(2989.9));
    expect(screen.getByRole('button', { name: 'Play' })).toBeEnabled();
    expect(screen.getByLabelText('Elapsed time and duration')).toHaveTextContent('0:00 / 49:49');
  });

  it('Play becomes Pause while playing, and back', () => {
    render(<Controls />);
    const { media } = connect();
    act(() => media.loadMetadata(2989.9));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(media.play).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(media.pause).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('the Seek slider reports the time in numbers and words, updated per frame', async () => {
    render(<Controls />);
    const { media, clock, player } = connect();
    const slider = screen.getByRole('slider', { name: 'Seek' });
    expect(slider).toHaveAttribute('aria-valuemin', '0');
    expect(slider).toHaveAttribute('aria-valuemax', '2989');
    await act(() => player.play());
    media.currentTime = 757.4;
    clock.runFrame();
    expect(slider).toHaveAttribute('aria-valuenow', '757');
    expect(slider).toHaveAttribute('aria-valuetext', '12:37 of 49:49');
    expect(screen.getByLabelText('Elapsed time and duration')).toHaveTextContent('12:37 / 49:49');
  });

  it.each([
    ['ArrowRight', 105],
    ['ArrowUp', 105],
    ['ArrowLeft', 95],
    ['ArrowDown', 95],
    ['PageUp', 160],
    ['PageDown', 40],
    ['Home', 0],
    ['End', 2989.9],
  ])('%s on the slider seeks to %d s', (key, expected) => {
    render(<Controls />);
    const { media } = connect();
    media.currentTime = 100;
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Seek' }), { key });
    expect(media.currentTime).toBeCloseTo(expected, 6);
  });

  it('works from the keyboard alone: Tab reaches the slider, then Play', async () => {
    const user = userEvent.setup();
    render(<Controls />);
    const { media } = connect();
    act(() => media.loadMetadata(2989.9));
    await user.tab();
    expect(screen.getByRole('slider', { name: 'Seek' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(media.currentTime).toBe(5);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Play' })).toHaveFocus();
    await user.keyboard(' ');
    expect(media.play).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus();
  });
});
