/**
 * The performance mark the page sets once the waveform and the first transcript lines are on
 * screen: startup benchmarks and browser tests wait for it.
 */
export const READY_MARK = 'tandem:ready';
