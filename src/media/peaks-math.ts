/** Min/max peaks accumulated from samples in any order of chunks: the waveform's data. */

/** Collects interleaved min/max pairs, `perSecond` pairs for each second of audio. */
export class PeakAccumulator {
  private min: Float32Array;
  private max: Float32Array;
  private count = 0;

  constructor(
    readonly perSecond: number,
    expectedSeconds = 600,
  ) {
    const size = Math.max(16, Math.ceil(expectedSeconds * perSecond) + 1);
    this.min = new Float32Array(size);
    this.max = new Float32Array(size);
  }

  /** Adds samples (-1…1) of one channel that start at `startSeconds`, at `sampleRate`. */
  add(samples: Float32Array, startSeconds: number, sampleRate: number): void {
    const perBucket = sampleRate / this.perSecond;
    let bucket = Math.floor(startSeconds * this.perSecond);
    let boundary = (bucket + 1) * perBucket - startSeconds * sampleRate;
    this.ensure(bucket + Math.ceil(samples.length / perBucket) + 1);
    let min = this.min[bucket] as number;
    let max = this.max[bucket] as number;
    for (let i = 0; i < samples.length; i++) {
      if (i >= boundary) {
        this.min[bucket] = min;
        this.max[bucket] = max;
        bucket++;
        boundary += perBucket;
        min = this.min[bucket] as number;
        max = this.max[bucket] as number;
      }
      const value = samples[i] as number;
      if (value < min) min = value;
      if (value > max) max = value;
    }
    this.min[bucket] = min;
    this.max[bucket] = max;
    this.count = Math.max(this.count, bucket + 1);
  }

  /** The peaks so far, interleaved min/max, rounded to two decimals. */
  result(): number[] {
    const peaks = new Array<number>(this.count * 2);
    for (let i = 0; i < this.count; i++) {
      peaks[2 * i] = Math.round((this.min[i] as number) * 100) / 100;
      peaks[2 * i + 1] = Math.round((this.max[i] as number) * 100) / 100;
    }
    return peaks;
  }

  private ensure(size: number): void {
    if (size <= this.min.length) return;
    const grown = Math.max(size, this.min.length * 2);
    const min = new Float32Array(grown);
    const max = new Float32Array(grown);
    min.set(this.min);
    max.set(this.max);
    this.min = min;
    this.max = max;
  }
}

/** Pairs per second: fine for short audio, coarser for long, never more than ~60,000 pairs. */
export function peaksPerSecondFor(seconds: number): number {
  return Math.max(0.5, Math.min(10, 60_000 / Math.max(1, seconds)));
}

/** MPEG audio layer III frame header at `offset`: its length in bytes and its audio, or null. */
export function readMp3FrameHeader(
  bytes: Uint8Array,
  offset: number,
): {
  length: number;
  sampleRate: number;
  samples: number;
  channels: number;
  bitrate: number;
} | null {
  if (offset + 4 > bytes.length) return null;
  const b1 = bytes[offset + 1] as number;
  const b2 = bytes[offset + 2] as number;
  const b3 = bytes[offset + 3] as number;
  if (bytes[offset] !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const version = (b1 >> 3) & 3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
  const layer = (b1 >> 1) & 3; // 1: layer III
  if (version === 1 || layer !== 1) return null;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  if (bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const isMpeg1 = version === 3;
  const bitrates = isMpeg1
    ? [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
    : [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
  const baseRates = [44100, 48000, 32000];
  const sampleRate = (baseRates[rateIndex] as number) / (version === 3 ? 1 : version === 2 ? 2 : 4);
  const bitrate = (bitrates[bitrateIndex] as number) * 1000;
  const padding = (b2 >> 1) & 1;
  const samples = isMpeg1 ? 1152 : 576;
  const length = Math.floor((samples / 8) * (bitrate / sampleRate)) + padding;
  return { length, sampleRate, samples, channels: b3 >> 6 === 3 ? 1 : 2, bitrate };
}
