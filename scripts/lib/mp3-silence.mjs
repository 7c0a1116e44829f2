/**
 * Puts silence before an MP3's audio without re-encoding: whole silent frames (a header like the
 * file's first frame, side information all zero, so a decoder outputs zeros) between its ID3 tag
 * and its first frame. Used to prove the transcript offset suggestion on the demo episode: the
 * silence is exactly `frames × samples per frame ÷ sample rate` long, so the truth is known.
 * Handles the demo's kind of MP3: constant bit rate, no CRC, no Xing/Info header frame.
 */

const MPEG2_L3_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const MPEG1_L3_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const RATES = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

function id3Length(bytes) {
  if (bytes[0] !== 0x49 || bytes[1] !== 0x44 || bytes[2] !== 0x33) return 0;
  return 10 + ((bytes[6] << 21) | (bytes[7] << 14) | (bytes[8] << 7) | bytes[9]);
}

/** The layer III frame header at `at`: its fields, or an Error saying what is not supported. */
function frameHeader(bytes, at) {
  const h =
    ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
  if (h >>> 21 !== 0x7ff) throw new Error(`no MP3 frame at byte ${at}`);
  const version = (h >>> 19) & 3;
  if (((h >>> 17) & 3) !== 1) throw new Error('not layer III');
  if (((h >>> 16) & 1) === 0) throw new Error('frames with CRC are not supported');
  const isMpeg1 = version === 3;
  const kbps = (isMpeg1 ? MPEG1_L3_KBPS : MPEG2_L3_KBPS)[(h >>> 12) & 15];
  const sampleRate = RATES[version]?.[(h >>> 10) & 3];
  if (!kbps || !sampleRate) throw new Error('unsupported bit rate or sample rate');
  const isMono = ((h >>> 6) & 3) === 3;
  const samples = isMpeg1 ? 1152 : 576;
  const sideInfo = isMpeg1 ? (isMono ? 17 : 32) : isMono ? 9 : 17;
  // The same header without padding: every silent frame has the same length.
  const header = (h & ~(1 << 9)) >>> 0;
  const length = Math.floor(((samples / 8) * kbps * 1000) / sampleRate);
  return { header, length, samples, sampleRate, sideInfo };
}

/**
 * `mp3` with about `seconds` of silence before its audio. Returns the new file and the exact
 * length of the silence added.
 */
export function prependSilence(mp3, seconds) {
  const bytes = new Uint8Array(mp3);
  const audioStart = id3Length(bytes);
  const frame = frameHeader(bytes, audioStart);
  const text = String.fromCharCode(...bytes.subarray(audioStart, audioStart + frame.length));
  if (text.includes('Xing') || text.includes('Info')) {
    throw new Error('files with a Xing/Info header are not supported');
  }
  const count = Math.round((seconds * frame.sampleRate) / frame.samples);
  const silent = new Uint8Array(frame.length);
  new DataView(silent.buffer).setUint32(0, frame.header);
  const out = new Uint8Array(bytes.length + count * frame.length);
  out.set(bytes.subarray(0, audioStart));
  for (let i = 0; i < count; i++) out.set(silent, audioStart + i * frame.length);
  out.set(bytes.subarray(audioStart), audioStart + count * frame.length);
  return { bytes: out, seconds: (count * frame.samples) / frame.sampleRate };
}

/** Peaks (interleaved min/max at `perSecond`) with `seconds` of silence before them. */
export function prependSilentPeaks({ duration, peaks }, seconds) {
  const perSecond = peaks[0].length / 2 / duration;
  const pairs = Math.round(seconds * perSecond);
  return {
    duration: duration + seconds,
    peaks: peaks.map((channel) => [...new Array(pairs * 2).fill(0), ...channel]),
  };
}
