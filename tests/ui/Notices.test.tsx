import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTandem } from '../../src/state/store';
import { Notices } from '../../src/ui/Notices';
import { resetStore } from '../helpers/store';

beforeEach(resetStore);

describe('Notices', () => {
  it('a new version waits for the listener: "Reload to update" applies it', () => {
    const apply = vi.fn();
    render(<Notices />);
    expect(screen.queryByText('A new version of Tandem is ready.', { exact: false })).toBeNull();
    act(() => useTandem.getState().setUpdate(apply));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('A new version of Tandem is ready. Reload to update');
    fireEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(apply).toHaveBeenCalledOnce();
  });

  it('the offer outlives opening another episode', () => {
    useTandem.getState().setUpdate(() => undefined);
    useTandem.getState().resetEpisode();
    render(<Notices />);
    expect(screen.getByRole('button', { name: 'Reload to update' })).toBeInTheDocument();
  });
});
