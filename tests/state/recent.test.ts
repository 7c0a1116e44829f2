import { describe, expect, it } from 'vitest';
import {
  addressOf,
  listRecent,
  listRecentShows,
  rememberRecent,
  rememberShow,
} from '../../src/state/recent';
import { MemoryStorage } from '../helpers/store';

describe('recently opened episodes and shows', () => {
  it('keeps the newest ten, each once, newest first', () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < 12; i++)
      rememberRecent({ id: `ep-${i}`, title: `Episode ${i}` }, storage, i);
    rememberRecent({ id: 'ep-5', title: 'Episode 5 again' }, storage, 100);
    const list = listRecent(storage);
    expect(list).toHaveLength(10);
    expect(list[0]).toEqual({ id: 'ep-5', title: 'Episode 5 again', openedAt: 100 });
    expect(list.filter((e) => e.id === 'ep-5')).toHaveLength(1);
  });

  it('remembers shows by their feed', () => {
    const storage = new MemoryStorage();
    rememberShow({ feedUrl: 'https://a.test/feed.xml', title: 'A' }, storage, 1);
    rememberShow({ feedUrl: 'https://b.test/feed.xml', title: 'B' }, storage, 2);
    rememberShow({ feedUrl: 'https://a.test/feed.xml', title: 'A, renamed' }, storage, 3);
    expect(listRecentShows(storage).map((s) => s.title)).toEqual(['A, renamed', 'B']);
  });

  it('reads garbage as an empty list, and a feed episode back as its feed address', () => {
    const storage = new MemoryStorage();
    storage.setItem('tandem:recent-shows', '{"not":"a list"}');
    storage.setItem('tandem:recent', '[1, null, {"id": 3}, {"id": "ok", "title": "t"}]');
    expect(listRecentShows(storage)).toEqual([]);
    expect(listRecent(storage).map((e) => e.id)).toEqual(['ok']);
    expect(
      addressOf(
        { id: 'x', title: 't', feedUrl: 'https://a.test/f.xml', episodeId: 'g 1', openedAt: 0 },
        'https://tandem.test/',
      ),
    ).toBe('https://tandem.test/?feed=https%3A%2F%2Fa.test%2Ff.xml&episode=g+1');
  });
});
