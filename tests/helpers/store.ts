import { initialState, useTandem } from '../../src/state/store';

/** Puts the store back to a fresh page's state (actions are kept). */
export function resetStore(): void {
  useTandem.setState(initialState);
}

/** An in-memory Storage that counts writes. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  writes = 0;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.writes++;
    this.items.set(key, value);
  }
}
