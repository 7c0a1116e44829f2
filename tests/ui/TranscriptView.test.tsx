import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cue } from '../../src/core/transcript';
import { useSettings } from '../../src/state/settings';
import { useTandem } from '../../src/state/store';
import { TranscriptView } from '../../src/ui/TranscriptView';
import { useShortcuts } from '../../src/ui/use-shortcuts';
import { resetStore } from '../helpers/store';

// Every render of a row reads its flags exactly once: count those calls per row.
const rowRenders = vi.hoisted(() => new Map<number, number>());
vi.mock('../../src/state/selectors', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/state/selectors')>();
  return {
    ...original,
    useRowFlags(index: number) {
      rowRenders.set(index, (rowRenders.get(index) ?? 0) + 1);
      return original.useRowFlags(index);
    },
  };
});

// The search bar names its keys on every render: count those calls.
const searchBarRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/shortcuts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/shortcuts')>();
  return {
    ...original,
    ariaKeyShortcuts(...args: Parameters<typeof original.ariaKeyShortcuts>) {
      if (args[0] === 'search') searchBarRenders.count++;
      return original.ariaKeyShortcuts(...args);
    },
  };
});

const cues: Cue[] = Array.from({ length: 1000 }, (_, i) => ({
  start: i * 4,
  end: (i + 1) * 4,
  text: i === 3 ? '<img src=x onerror="window.hacked=1"> <b>not bold</b>' : `Line number ${i}`,
}));

function Page() {
  useShortcuts();
  return <TranscriptView />;
}

function renderedIndexes(): number[] {
  return [...document.querySelectorAll('[data-cue-index]')].map((row) =>
    Number(row.getAttribute('data-cue-index')),
  );
}

describe('TranscriptView', () => {
  beforeEach(() => {
    resetStore();
    rowRenders.clear();
    useTandem.getState().setTranscript({ cues });
  });

  it('is the "Transcript" region and renders only the rows near the viewport', () => {
    render(<Page />);
    const region = screen.getByRole('region', { name: 'Transcript' });
    const rows = within(region).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(renderedIndexes()[0]).toBe(0);
    expect(rows[1]).toHaveTextContent('0:04');
    expect(rows[1]).toHaveTextContent('Line number 1');
  });

  it('names the list by its number of lines once its first rows are painted', async () => {
    useTandem.getState().setTranscript({ cues: [] });
    render(<Page />);
    // The view was painted before the lines came: the count still waits for a frame with them.
    await act(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    act(() => useTandem.getState().setTranscript({ cues }));
    // The count is formatted after the first frame (formatting a first number is slow on a phone).
    expect(screen.getByRole('list')).not.toHaveAttribute('aria-label');
    expect(await screen.findByRole('list', { name: '1,000 lines' })).toBeInTheDocument();
  });

  it('renders transcript text as text, never as HTML', () => {
    render(<Page />);
    const row = document.querySelector('[data-cue-index="3"]') as HTMLElement;
    expect(row).toHaveTextContent('<img src=x onerror="window.hacked=1"> <b>not bold</b>');
    expect(row.querySelector('img, b')).toBeNull();
  });

  it('marks exactly the current line with aria-current', () => {
    render(<Page />);
    act(() => useTandem.getState().setCurrentIndex(2));
    const current = document.querySelectorAll('[aria-current="true"]');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveAttribute('data-cue-index', '2');
  });

  it("has a line's actions only where they can be seen: current line, pointer, keyboard focus", () => {
    render(<Page />);
    act(() => useTandem.getState().setCurrentIndex(2));
    const row = (index: number): HTMLElement =>
      document.querySelector(`[data-cue-index="${index}"]`) as HTMLElement;
    const quoteIn = (index: number) =>
      within(row(index)).queryByRole('button', { name: 'Copy quote' });
    expect(quoteIn(2)).not.toBeNull();
    expect(screen.getAllByRole('button', { name: 'Copy quote' })).toHaveLength(1);
    // Under the pointer, then not.
    fireEvent.pointerEnter(row(5));
    expect(quoteIn(5)).not.toBeNull();
    fireEvent.pointerLeave(row(5));
    expect(quoteIn(5)).toBeNull();
    // Around the keyboard focus: Tab from the line's time reaches them.
    act(() =>
      within(row(7))
        .getByRole('button', { name: /^Go to / })
        .focus(),
    );
    expect(quoteIn(7)).not.toBeNull();
    act(() => (quoteIn(7) as HTMLElement).focus());
    expect(quoteIn(7)).toHaveFocus();
    act(() => (quoteIn(7) as HTMLElement).blur());
    expect(quoteIn(7)).toBeNull();
  });

  it('a cue change re-renders only the two rows whose current-ness changed', () => {
    render(<Page />);
    act(() => useTandem.getState().setCurrentIndex(1));
    rowRenders.clear();
    act(() => useTandem.getState().setCurrentIndex(2));
    expect(Object.fromEntries(rowRenders)).toEqual({ 1: 1, 2: 1 });
  });

  it('follows the current line into view', () => {
    render(<Page />);
    act(() => useTandem.getState().setCurrentIndex(500));
    expect(renderedIndexes()).toContain(500);
    expect(renderedIndexes()).not.toContain(0);
  });

  it('glides to the next line when it is heard long enough to rest on, else steps at once', () => {
    // Lines 20 to 29 last a fifth of a second and lines 40 to 49 one second; the others, four.
    const lasting = (i: number): number => (i >= 20 && i < 30 ? 0.2 : i >= 40 && i < 50 ? 1 : 4);
    useTandem
      .getState()
      .setTranscript({ cues: cues.map((cue, i) => ({ ...cue, end: cue.start + lasting(i) })) });
    render(<Page />);
    const scroller = document.querySelector('.transcript-scroller') as HTMLElement;
    const scrollTo = vi.spyOn(Element.prototype, 'scrollTo');
    const stepTo = (line: number): 'glides' | 'moves at once' => {
      act(() => useTandem.getState().setCurrentIndex(line - 1));
      scrollTo.mockClear();
      const top = scroller.scrollTop;
      act(() => useTandem.getState().setCurrentIndex(line));
      const glides = scrollTo.mock.calls.some((call) => {
        const [options] = call as unknown[];
        return (options as ScrollToOptions | undefined)?.behavior === 'smooth';
      });
      expect(glides || scroller.scrollTop !== top).toBe(true);
      return glides ? 'glides' : 'moves at once';
    };
    try {
      expect(stepTo(11)).toBe('glides');
      expect(stepTo(20)).toBe('moves at once');
      expect(stepTo(25)).toBe('moves at once');
      expect(stepTo(30)).toBe('glides');
      expect(stepTo(41)).toBe('glides');
      // At three times the speed a line of one second is heard in a third: too short to rest on.
      useSettings.setState({ rate: 3 });
      expect(stepTo(42)).toBe('moves at once');
      expect(stepTo(60)).toBe('glides');
    } finally {
      scrollTo.mockRestore();
      useSettings.setState({ rate: 1 });
    }
  });

  it('moving the window of rows (a scroll, a jump) re-renders the rows, not the tools above them', () => {
    render(<Page />);
    searchBarRenders.count = 0;
    act(() => useTandem.getState().setCurrentIndex(500));
    expect(renderedIndexes()).toContain(500);
    expect(searchBarRenders.count).toBe(0);
  });

  it('clicking a line plays from its start', () => {
    const playFrom = vi.fn();
    useTandem.setState({ playFrom });
    render(<Page />);
    fireEvent.click(screen.getByText('Line number 5'));
    expect(playFrom).toHaveBeenCalledWith(cues[5]?.start);
    fireEvent.click(screen.getByRole('button', { name: 'Go to 0:28' }));
    expect(playFrom).toHaveBeenLastCalledWith(cues[7]?.start);
  });

  it.each([
    ['the wheel', (scroller: Element) => fireEvent.wheel(scroller, { deltaY: 300 })],
    ['a touch drag', (scroller: Element) => fireEvent.touchMove(scroller)],
    ['a scroll key', (scroller: Element) => fireEvent.keyDown(scroller, { key: 'PageDown' })],
    ['a grab of the scrollbar', (scroller: Element) => fireEvent.pointerDown(scroller)],
  ])('scrolling away with %s pauses following and offers the way back', (_how, scrollAway) => {
    render(<Page />);
    act(() => useTandem.getState().setCurrentIndex(1));
    expect(screen.queryByRole('button', { name: 'Back to current line' })).toBeNull();
    scrollAway(document.querySelector('.transcript-scroller') as Element);
    expect(useTandem.getState().isFollowing).toBe(false);
    // While paused, a cue change does not drag the list back.
    act(() => useTandem.getState().setCurrentIndex(600));
    expect(renderedIndexes()).not.toContain(600);
    fireEvent.click(screen.getByRole('button', { name: 'Back to current line' }));
    expect(useTandem.getState().isFollowing).toBe(true);
    expect(renderedIndexes()).toContain(600);
    expect(screen.queryByRole('button', { name: 'Back to current line' })).toBeNull();
  });

  it('Esc brings the current line back', () => {
    render(<Page />);
    act(() => useTandem.getState().setCurrentIndex(300));
    fireEvent.wheel(document.querySelector('.transcript-scroller') as Element);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(useTandem.getState().isFollowing).toBe(true);
  });

  it('says so when no transcript is open, or when it has no lines', () => {
    resetStore();
    render(<Page />);
    const region = screen.getByRole('region', { name: 'Transcript' });
    expect(region).toHaveTextContent('No transcript is open.');
    act(() => useTandem.getState().setTranscript({ cues: [] }));
    expect(region).toHaveTextContent('This transcript has no lines.');
  });

  it('says how many lines were skipped and where, quietly', () => {
    resetStore();
    useTandem.getState().setTranscript({
      cues: [{ start: 0, end: 1, text: 'kept' }],
      skipped: { count: 7, first: [{ line: 4, detail: 'expected a time.' }] },
    });
    render(<Page />);
    expect(screen.getByText(/^Skipped 7 lines/)).toHaveAttribute('role', 'status');
    expect(screen.getByText(/^Skipped 7 lines/)).toHaveTextContent(
      'Skipped 7 lines of the transcript that could not be read (the first 1 shown). line 4: expected a time.',
    );
  });

  it('while a transcript is read for more than a moment, says so once and shows the progress in a bar', async () => {
    resetStore();
    useTandem.getState().setTranscriptLoad({ loaded: 2 * 2 ** 20, total: 8 * 2 ** 20 });
    render(<Page />);
    // A read that ends at once shows nothing (it would only flash and move the list).
    expect(screen.queryByText('Reading the transcript…')).toBeNull();
    expect(await screen.findByText('Reading the transcript…')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('progressbar', { name: 'Transcript read' })).toHaveAttribute(
      'value',
      String(2 * 2 ** 20),
    );
    expect(screen.queryByText('No transcript is open.')).toBeNull();
    act(() => useTandem.getState().setTranscriptLoad(null));
    expect(screen.queryByText('Reading the transcript…')).toBeNull();
    expect(screen.getByText('No transcript is open.')).toBeInTheDocument();
  });
});

describe('TranscriptView search', () => {
  beforeEach(() => {
    resetStore();
    useTandem.getState().setTranscript({
      cues: cues.map((cue, i) =>
        i === 700 ? { ...cue, text: 'Deep down, a Café and a cafe' } : cue,
      ),
    });
  });

  it('finds a line that is not rendered, scrolls to it and marks the text', async () => {
    render(<Page />);
    expect(renderedIndexes()).not.toContain(700);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search transcript' }), {
      target: { value: 'CAFE' },
    });
    expect(within(screen.getByRole('search')).getByRole('status')).toHaveTextContent('1 of 2');
    await waitFor(() => expect(renderedIndexes()).toContain(700));
    const row = document.querySelector('[data-cue-index="700"]') as HTMLElement;
    const marks = [...row.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['Café', 'cafe']);
    expect(marks.map((m) => m.classList.contains('is-active'))).toEqual([true, false]);
  });

  it('says only "more than" when a query matches more lines than are kept', () => {
    render(<Page />);
    // "n" is twice in every "Line number …": more matches than the 1,000 kept.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search transcript' }), {
      target: { value: 'n' },
    });
    expect(within(screen.getByRole('search')).getByRole('status')).toHaveTextContent(
      'More than 1,000 matches',
    );
  });

  it('Enter and Shift+Enter step through matches; the buttons too', async () => {
    render(<Page />);
    const box = screen.getByRole('searchbox', { name: 'Search transcript' });
    fireEvent.change(box, { target: { value: 'line number 99' } });
    // "Line number 99", "Line number 990" … "Line number 999": 11 matches.
    expect(within(screen.getByRole('search')).getByRole('status')).toHaveTextContent('1 of 11');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(within(screen.getByRole('search')).getByRole('status')).toHaveTextContent('2 of 11');
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(within(screen.getByRole('search')).getByRole('status')).toHaveTextContent('11 of 11');
    await waitFor(() => expect(renderedIndexes()).toContain(999));
    fireEvent.click(screen.getByRole('button', { name: 'Next match' }));
    expect(within(screen.getByRole('search')).getByRole('status')).toHaveTextContent('1 of 11');
    fireEvent.click(screen.getByRole('button', { name: 'Previous match' }));
    expect(within(screen.getByRole('search')).getByRole('status')).toHaveTextContent('11 of 11');
  });

  it('says when nothing matches, and Esc clears the search and follows again', () => {
    render(<Page />);
    const box = screen.getByRole('searchbox', { name: 'Search transcript' });
    fireEvent.change(box, { target: { value: 'zebra' } });
    expect(within(screen.getByRole('search')).getByRole('status')).toHaveTextContent('No matches');
    fireEvent.change(box, { target: { value: 'café' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveValue('');
    expect(useTandem.getState().isFollowing).toBe(true);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });

  it('/ and Ctrl+F put the cursor in the search box', () => {
    render(<Page />);
    const box = screen.getByRole('searchbox', { name: 'Search transcript' });
    act(() => {
      fireEvent.keyDown(document.body, { key: '/' });
    });
    expect(box).toHaveFocus();
    act(() => box.blur());
    act(() => {
      fireEvent.keyDown(document.body, { key: 'f', ctrlKey: true });
    });
    expect(box).toHaveFocus();
  });
});

describe('TranscriptView keyboard', () => {
  beforeEach(() => {
    resetStore();
    useTandem.getState().setTranscript({ cues });
  });

  const focused = (): string | null | undefined =>
    document.activeElement?.closest('[data-cue-index]')?.getAttribute('data-cue-index');

  it('has one tab stop, on the current line', () => {
    render(<Page />);
    act(() => useTandem.getState().setCurrentIndex(3));
    const stops = document.querySelectorAll('.cue-time[tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect(stops[0]?.closest('[data-cue-index]')).toHaveAttribute('data-cue-index', '3');
  });

  it('↑ ↓ Page Up/Down Home End move focus between lines, rendered or not', async () => {
    render(<Page />);
    const first = screen.getByRole('button', { name: 'Go to 0:00' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(focused()).toBe('1');
    fireEvent.keyDown(document.activeElement as Element, { key: 'PageDown' });
    expect(focused()).toBe('11');
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    await waitFor(() => expect(focused()).toBe('999'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(focused()).toBe('998');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    await waitFor(() => expect(focused()).toBe('0'));
    expect(useTandem.getState().isFollowing).toBe(false);
  });

  it('a click on a timed word plays from that word, through the same action as a line', () => {
    const playFrom = vi.fn();
    useTandem.setState({ playFrom });
    useTandem.getState().setTranscript({
      cues: [
        {
          start: 0,
          end: 2,
          text: 'one two',
          words: [
            { start: 0, end: 1, text: 'one' },
            { start: 1.25, end: 2, text: 'two' },
          ],
        },
      ],
    });
    render(<Page />);
    fireEvent.click(screen.getByText('two'));
    expect(playFrom).toHaveBeenCalledTimes(1);
    expect(playFrom).toHaveBeenCalledWith(1.25);
  });

  it('Enter on a focused line plays from it', () => {
    const playFrom = vi.fn();
    useTandem.setState({ playFrom });
    render(<Page />);
    const button = screen.getByRole('button', { name: 'Go to 0:08' });
    button.focus();
    fireEvent.click(button);
    expect(playFrom).toHaveBeenCalledWith(cues[2]?.start);
  });
});
