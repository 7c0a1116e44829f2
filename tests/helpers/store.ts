import { initialState, useTandem } from '../../src/state/store';

/** Puts the store back to a fresh page's state (actions are kept). */
export function resetStore(): void {
  useTandem.setState(initialState);
}
