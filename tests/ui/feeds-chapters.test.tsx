import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTandem } from '../../src/state/store';
import { forgetShows } from '../../src/state/feed';
import { ChaptersNav } from '../../src/ui/ChaptersNav';
import { ShowView } from '../../src/ui/ShowView';
import { TranscriptOffset } from '../../src/ui/TranscriptOffset';
import { connectFakePlayer } from '../helpers/connected-player';
import { resetStore } from '../helpers/store';

const FEED_URL = 'https://feeds.example.test/show.xml';
const FEED = `<?xml version="1.0"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel><title>Loopback Radio</title><itunes:author>Ada &amp; Grace</itunes:author>
<item><title>Older &lt;b&gt;episode&lt;/b&gt;</title><guid>ep-1</guid><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate>
  <itunes:duration>1:02:03</itunes:duration><enclosure url="ep1.mp3" type="audio/mpeg"/></item>
<item><title>Newer, about flask</title><guid>ep-2</guid><pubDate>Tue, 02 Jan 2024 00:00:00 GMT</pubDate>
  <enclosure url="ep2.mp3" type="audio/mpeg"/><podcast:transcript url="ep2.vtt" type="text/vtt"/>
  <podcast:chapters url="ep2.json" type="application/json+chapters"/></item>
</channel></rss>`;

describe('ShowView', () => {
  beforeEach(() => {
    forgetShows();
    window.localStorage.clear();
  });

  it('lists a feed’s episodes newest first, as text, with what each offers; the filter narrows', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(FEED))),
    );
    const onChoose = vi.fn();
    render(<ShowView feedUrl={FEED_URL} onChoose={onChoose} />);
    const list = await screen.findByRole('list', { name: 'Episodes' });
    const links = within(list).getAllByRole('link');
    // Feed titles are HTML-ish: tags in them are dropped, never rendered.
    expect(links.map((link) => link.textContent)).toEqual(['Newer, about flask', 'Older episode']);
    expect(list.querySelector('b')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Loopback Radio');
    expect(screen.getByText('Ada & Grace')).toBeInTheDocument();
    expect(links[0]).toHaveAccessibleDescription(/transcript · chapters/);
    // The length through Intl: "1 hr, 2 min" (or "1 hr 2 min" where DurationFormat is missing).
    expect(links[1]).toHaveAccessibleDescription(/1 hr,? 2 min · no transcript/);
    expect(links[0]).toHaveAttribute('href', `?feed=${encodeURIComponent(FEED_URL)}&episode=ep-2`);

    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter episodes' }), {
      target: { value: 'FLASK' },
    });
    expect(within(list).getAllByRole('link')).toHaveLength(1);
    expect(screen.getByText('1 of 2 episodes')).toBeInTheDocument();
    fireEvent.click(within(list).getByRole('link'), { button: 0 });
    expect(onChoose).toHaveBeenCalledWith('ep-2');
    expect(JSON.parse(window.localStorage.getItem('tandem:recent-shows') ?? '[]')[0]).toMatchObject(
      {
        feedUrl: FEED_URL,
        title: 'Loopback Radio',
      },
    );
  });

  it('says plainly when the address is not a feed', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('<!doctype html><html><body>Shop</body></html>'))),
    );
    render(<ShowView feedUrl={FEED_URL} onChoose={vi.fn()} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The feed show.xml could not be read: it is a web page (HTML), not a podcast feed.',
    );
  });
});

describe('ChaptersNav', () => {
  beforeEach(resetStore);

  it('lists visible chapters, marks the current one, and plays from a chapter', async () => {
    const { media } = connectFakePlayer([], 600);
    act(() =>
      useTandem.getState().setChapters([
        { start: 0, title: 'Intro' },
        { start: 60, title: '', isHidden: true, img: 'https://img.test/paris.jpg' },
        { start: 120, title: 'Flask', url: 'https://flask.test/' },
      ]),
    );
    render(<ChaptersNav />);
    const nav = screen.getByRole('navigation', { name: 'Chapters' });
    const buttons = within(nav).getAllByRole('button', { name: /^(Intro|Flask)/ });
    expect(buttons.map((b) => b.textContent)).toEqual(['Intro 0:00', 'Flask 2:00']);
    expect(buttons[0]).toHaveAttribute('aria-current', 'true');
    fireEvent.click(buttons[1] as HTMLElement);
    await waitFor(() => expect(media.currentTime).toBe(120));
    expect(media.play).toHaveBeenCalled();
    await waitFor(() => expect(buttons[1]).toHaveAttribute('aria-current', 'true'));
    expect(buttons[0]).not.toHaveAttribute('aria-current');
    expect(within(nav).getByRole('link', { name: 'About “Flask”' })).toHaveAttribute(
      'href',
      'https://flask.test/',
    );
  });
});

describe('TranscriptOffset', () => {
  beforeEach(resetStore);

  it('is a spinbutton in seconds that shifts the transcript, and offers a suggestion', () => {
    act(() => {
      useTandem
        .getState()
        .setEpisode({ id: 'x', title: 'x', show: 's', audio: '', transcript: '' });
      useTandem.getState().setTranscript({ cues: [{ start: 60, end: 61, text: 'a' }] });
    });
    render(<TranscriptOffset />);
    const box = screen.getByRole('spinbutton', { name: 'Transcript offset' });
    fireEvent.change(box, { target: { value: '30' } });
    expect(useTandem.getState().transcript?.cues[0]?.start).toBe(90);
    act(() => useTandem.getState().setOffsetSuggestion(12.5));
    expect(
      screen.getByText(/The transcript seems 12\.5 s early against the audio/),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Apply +12.5 s' }));
    expect(useTandem.getState().transcriptOffset).toBe(12.5);
    expect(useTandem.getState().offsetSuggestion).toBeNull();
  });
});
