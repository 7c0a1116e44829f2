import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useMediaQuery } from '../../src/ui/use-media-query';

function Probe({ tick }: { tick: number }) {
  const matches = useMediaQuery('(min-width: 12345px)');
  return <p data-tick={tick}>{String(matches)}</p>;
}

describe('useMediaQuery', () => {
  it('subscribes once, not again on every render (each frame of a scroll re-renders)', () => {
    const list = {
      matches: true,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    };
    vi.stubGlobal(
      'matchMedia',
      vi.fn(() => list),
    );
    const { rerender, container } = render(<Probe tick={0} />);
    for (let tick = 1; tick <= 5; tick++) rerender(<Probe tick={tick} />);
    expect(container).toHaveTextContent('true');
    expect(list.addEventListener).toHaveBeenCalledTimes(1);
    expect(list.removeEventListener).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
