import { describe, expect, it, vi } from 'vitest';
import { cannotRemember, createSafeStorage, onStorageTrouble } from '../../src/state/storage';
import { MemoryStorage } from '../helpers/store';

describe('storage that may not work', () => {
  it('blocked: never throws, keeps this visit in memory, and says so once', () => {
    const said = vi.fn();
    onStorageTrouble(said);
    const storage = createSafeStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(storage.getItem('a')).toBeNull();
    storage.setItem('a', '1');
    expect(storage.getItem('a')).toBe('1');
    storage.setItem('b', '2');
    expect(storage.length).toBe(2);
    storage.removeItem('a');
    expect(storage.getItem('a')).toBeNull();
    expect(said.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('full: what it refuses is kept for this visit; what it takes is read back from it', () => {
    const real = new MemoryStorage();
    const storage = createSafeStorage(() => real);
    storage.setItem('kept', 'yes');
    expect(real.getItem('kept')).toBe('yes');
    real.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    storage.setItem('refused', 'still here');
    expect(storage.getItem('refused')).toBe('still here');
    expect(storage.getItem('kept')).toBe('yes');
  });

  it('the message says what is lost and that the rest works', () => {
    expect(cannotRemember()).toMatch(/will be forgotten when you leave\. Everything else works\.$/);
  });
});
