import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { id3Size } from '../../src/core/chapters/id3';
import { PeakAccumulator, peaksPerSecondFor, readMp3FrameHeader } from '../../src/media/peaks-math';

describe('PeakAccumulator', () => {
  it('keeps the min and max of each slice of time, whatever the chunking', () => {
    const samples = Float32Array.from(
      { length: 800 },
      (_, i) => Math.sin(i / 7) * (i < 400 ? 0.5 : 1),
    );
    const whole = new PeakAccumulator(4, 1);
    whole.add(samples, 0, 400);
    const chunked = new PeakAccumulator(4, 1);
    for (let at = 0; at < samples.length; at += 37)
      chunked.add(samples.subarray(at, at + 37), at / 400, 400);
    expect(chunked.result()).toEqual(whole.result());
    expect(whole.result()).toHaveLength(16);
    expect(Math.max(...whole.result().slice(0, 8))).toBeCloseTo(0.5, 1);
    expect(Math.max(...whole.result().slice(8))).toBeCloseTo(1, 1);
  });

  it('grows past its first guess of the length', () => {
    const peaks = new PeakAccumulator(10, 1);
    peaks.add(new Float32Array(8000 * 5).fill(0.25), 0, 8000);
    expect(peaks.result()).toHaveLength(100);
  });
});

describe('peaksPerSecondFor', () => {
  it('is 10 for short audio and coarser for long, within ~60,000 pairs', () => {
    expect(peaksPerSecondFor(300)).toBe(10);
    expect(peaksPerSecondFor(3 * 3600) * 3 * 3600).toBeCloseTo(60_000, 0);
  });
});

describe('MP3 frames', () => {
  it('reads the demo episode: an ID3 tag, then 32 kbps mono MPEG-2 frames at 22,050 Hz', () => {
    const bytes = new Uint8Array(
      readFileSync('public/episodes/talk-python-013/audio.mp3').subarray(0, 4096),
    );
    let offset = id3Size(bytes);
    const header = readMp3FrameHeader(bytes, offset);
    expect(header).toMatchObject({ sampleRate: 22050, samples: 576, channels: 1 });
    // Consecutive frames chain: each header says where the next one is.
    for (let i = 0; i < 5; i++) {
      const frame = readMp3FrameHeader(bytes, offset);
      expect(frame).not.toBeNull();
      offset += frame?.length ?? 0;
    }
  });

  it('refuses what is not a layer III frame header', () => {
    expect(readMp3FrameHeader(new Uint8Array([0x49, 0x44, 0x33, 0]), 0)).toBeNull();
    expect(readMp3FrameHeader(new Uint8Array([0xff, 0xfd, 0xf0, 0]), 0)).toBeNull();
  });
});
