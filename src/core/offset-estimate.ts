/**
 * Suggests a transcript offset from the audio: where speech starts after a pause (from a
 * speech-activity envelope, a few tens of frames a second) against where the transcript's lines
 * start. The shift that puts the most line starts on speech onsets wins; it is offered only when it
 * clearly beats every other shift. Pure: envelope and line starts in, a suggestion or null out.
 */

export interface ActivityEnvelope {
  /** Frames per second. */
  rate: number;
  /** Mean signal power of each frame (the square of the samples, averaged). */
  power: Float32Array;
}

export interface OffsetEstimate {
  /** Seconds to shift the transcript by: +30 means its lines are heard 30 s after their stamps. */
  offset: number;
  /** How far the best shift stands out (its score over the runner-up's, away from it). */
  confidence: number;
  /** The share of line starts (in the audio read) that fall on a speech onset at that shift. */
  matched: number;
}

export interface EstimateOptions {
  /** The largest shift looked for, either way, in seconds. */
  maxShift?: number;
}

/** The value at `fraction` (0–1) of the sorted values. */
function percentile(sorted: Float32Array, fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number;
}

/**
 * Frames where speech starts after at least `minPauseFrames` of quiet. Quiet and speech are told
 * apart in decibels between the recording's own floor and its speech level, so loudness and
 * background noise do not matter.
 */
export function speechOnsets(envelope: ActivityEnvelope, minPauseSeconds = 0.25): number[] {
  const { power, rate } = envelope;
  if (power.length === 0) return [];
  const db = Float32Array.from(power, (p) => 10 * Math.log10(p + 1e-10));
  const sorted = Float32Array.from(db).sort();
  const floor = percentile(sorted, 0.1);
  const speech = percentile(sorted, 0.9);
  if (speech - floor < 6) return [];
  const threshold = floor + 0.35 * (speech - floor);
  const minPause = Math.max(1, Math.round(minPauseSeconds * rate));
  const onsets: number[] = [];
  let quiet = minPause;
  for (let i = 0; i < db.length; i++) {
    if ((db[i] as number) > threshold) {
      if (quiet >= minPause) onsets.push(i);
      quiet = 0;
    } else quiet++;
  }
  return onsets;
}

/**
 * The shift that best lines `starts` (seconds, the transcript's own) up with the speech onsets in
 * `envelope`; null when the audio has no clear pauses, too few lines fall in it, or no shift
 * stands out.
 */
export function estimateOffset(
  envelope: ActivityEnvelope,
  starts: ArrayLike<number>,
  { maxShift = 180 }: EstimateOptions = {},
): OffsetEstimate | null {
  const { rate, power } = envelope;
  const frames = power.length;
  const onsets = speechOnsets(envelope);
  if (onsets.length < 8) return null;
  // Nearness to an onset: 1 on it, falling off over a few frames (a line stamped in whole
  // seconds, or an onset blurred by a soft consonant, still counts).
  const width = Math.max(1, Math.round(0.08 * rate));
  const reach = width * 3;
  const near = new Float32Array(frames);
  for (const onset of onsets) {
    for (let d = -reach; d <= reach; d++) {
      const at = onset + d;
      if (at < 0 || at >= frames) continue;
      near[at] = Math.max(near[at] as number, Math.exp(-(d * d) / (2 * width * width)));
    }
  }
  const maxFrames = Math.round(maxShift * rate);
  const lineFrames: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    const frame = Math.round((starts[i] as number) * rate);
    // Lines whose start is inside the audio read, at every shift looked at.
    if (frame >= 0 && frame + maxFrames < frames) lineFrames.push(frame);
  }
  if (lineFrames.length < 8) return null;
  const scores = new Float32Array(2 * maxFrames + 1);
  for (let s = -maxFrames; s <= maxFrames; s++) {
    let score = 0;
    for (const frame of lineFrames) {
      const at = frame + s;
      if (at >= 0) score += near[at] as number;
    }
    scores[s + maxFrames] = score;
  }
  let best = 0;
  for (let i = 1; i < scores.length; i++)
    if ((scores[i] as number) > (scores[best] as number)) best = i;
  const bestScore = scores[best] as number;
  // The runner-up: the best score well away from the winner.
  let second = 0;
  scores.forEach((score, i) => {
    if (Math.abs(i - best) > reach * 2 && score > second) second = score;
  });
  // Sub-frame: the peak of the parabola through the winner and its neighbours.
  const left = scores[best - 1] ?? bestScore;
  const right = scores[best + 1] ?? bestScore;
  const curve = left - 2 * bestScore + right;
  const fraction = curve < 0 ? (0.5 * (left - right)) / curve : 0;
  const matched =
    lineFrames.filter((frame) => (near[frame + best - maxFrames] ?? 0) > 0.5).length /
    lineFrames.length;
  const confidence = second > 0 ? bestScore / second : Infinity;
  if (confidence < 1.5 || matched < 0.25) return null;
  const offset = Math.round(((best - maxFrames + fraction) / rate) * 100) / 100;
  return { offset, confidence, matched };
}

/** Accumulates an activity envelope from decoded samples, at `rate` frames a second. */
export class EnvelopeAccumulator {
  private sums: Float64Array;
  private counts: Uint32Array;
  private length = 0;

  constructor(
    readonly rate: number,
    readonly limitSeconds: number,
  ) {
    const size = Math.ceil(limitSeconds * rate);
    this.sums = new Float64Array(size);
    this.counts = new Uint32Array(size);
  }

  /** Adds samples of one channel that start at `startSeconds`; those past the limit are ignored. */
  add(samples: Float32Array, startSeconds: number, sampleRate: number): void {
    const perFrame = sampleRate / this.rate;
    const first = startSeconds * sampleRate;
    for (let i = 0; i < samples.length; i++) {
      const frame = Math.floor((first + i) / perFrame);
      if (frame >= this.sums.length) break;
      const value = samples[i] as number;
      this.sums[frame] = (this.sums[frame] as number) + value * value;
      this.counts[frame] = (this.counts[frame] as number) + 1;
      if (frame + 1 > this.length) this.length = frame + 1;
    }
  }

  /** Whether the audio read reaches the limit. */
  isFull(): boolean {
    return this.length >= this.sums.length;
  }

  result(): ActivityEnvelope {
    const power = new Float32Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const count = this.counts[i] as number;
      power[i] = count > 0 ? (this.sums[i] as number) / count : 0;
    }
    return { rate: this.rate, power };
  }
}
