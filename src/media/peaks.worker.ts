/// <reference lib="webworker" />
/**
 * Reads audio off the main thread, streaming: WAV is read as it downloads; MP3 is split into
 * frames and decoded with WebCodecs a frame at a time. Decoded audio is reduced at once and let go,
 * so a long file never sits in memory whole. Two jobs: waveform peaks for audio that has none, and
 * the speech-activity envelope of the first minutes, matched against the transcript's line starts
 * to suggest a transcript offset (that job stops reading once it has its minutes).
 */
import { messageOf, type WaveformProblem } from '../core/messages';
import { EnvelopeAccumulator, estimateOffset, type OffsetEstimate } from '../core/offset-estimate';
import { id3Size } from '../core/chapters/id3';
import { PeakAccumulator, peaksPerSecondFor, readMp3FrameHeader } from './peaks-math';

/** How long to wait for the server to start answering before giving up on the waveform. */
const FIRST_ANSWER_SECONDS = 3;

/** What the offset suggestion needs: how much audio to read, and the lines' own start times. */
export interface ActivityRequest {
  limitSeconds: number;
  rate: number;
  maxShift: number;
  starts: Float64Array;
}

export type PeaksRequest = { url: string; activity?: ActivityRequest };
export type PeaksMessage =
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'done'; duration: number; peaks: number[] }
  | { type: 'suggestion'; estimate: OffsetEstimate | null }
  | { type: 'unsupported'; reason: string }
  | { type: 'error'; problem: WaveformProblem };

const post = (message: PeaksMessage): void => self.postMessage(message);

/** Where decoded audio goes, and what is done with it at the end (or once it has enough). */
interface Sink {
  add(samples: Float32Array, startSeconds: number, sampleRate: number): void;
  isFull(): boolean;
  finish(duration: number): void;
}

/** Waveform peaks for the whole file, sized from its estimated length. */
function peaksSink(estimatedSeconds: number): Sink {
  const peaks = new PeakAccumulator(peaksPerSecondFor(estimatedSeconds), estimatedSeconds);
  return {
    add: (samples, start, rate) => peaks.add(samples, start, rate),
    isFull: () => false,
    finish: (duration) => post({ type: 'done', duration, peaks: peaks.result() }),
  };
}

/** The speech-activity envelope of the first minutes, then the offset that fits it best. */
function activitySink(request: ActivityRequest): Sink {
  const envelope = new EnvelopeAccumulator(request.rate, request.limitSeconds);
  return {
    add: (samples, start, rate) => envelope.add(samples, start, rate),
    isFull: () => envelope.isFull(),
    finish: () =>
      post({
        type: 'suggestion',
        estimate: estimateOffset(envelope.result(), request.starts, { maxShift: request.maxShift }),
      }),
  };
}

/** Reads a stream into chunks, reporting progress. */
async function* readChunks(response: Response): AsyncGenerator<Uint8Array> {
  const total = Number(response.headers.get('content-length')) || 0;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let loaded = 0;
  let lastReport = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      loaded += value.length;
      if (loaded - lastReport > 256 * 1024) {
        lastReport = loaded;
        post({ type: 'progress', loaded, total });
      }
      yield value;
    }
  } finally {
    // A job that has read enough stops the download here.
    void reader.cancel().catch(() => undefined);
  }
}

/** Joins a leftover tail with the next chunk. */
function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

async function readWav(
  chunks: AsyncGenerator<Uint8Array>,
  first: Uint8Array,
  sinkFor: (estimatedSeconds: number) => Sink,
): Promise<void> {
  const view = new DataView(first.buffer, first.byteOffset, first.byteLength);
  let offset = 12;
  let format: { channels: number; sampleRate: number; bits: number; isFloat: boolean } | null =
    null;
  let dataSize = 0;
  while (offset + 8 <= first.length) {
    const id = String.fromCharCode(...first.subarray(offset, offset + 4));
    const size = view.getUint32(offset + 4, true);
    if (id === 'fmt ') {
      format = {
        isFloat: view.getUint16(offset + 8, true) === 3,
        channels: view.getUint16(offset + 10, true),
        sampleRate: view.getUint32(offset + 12, true),
        bits: view.getUint16(offset + 22, true),
      };
    } else if (id === 'data') {
      dataSize = size;
      offset += 8;
      break;
    }
    offset += 8 + size + (size % 2);
  }
  if (!format || (format.bits !== 16 && !(format.isFloat && format.bits === 32))) {
    return post({ type: 'unsupported', reason: 'a WAV encoding other than 16-bit or float PCM' });
  }
  const frameBytes = (format.bits / 8) * format.channels;
  const duration = dataSize / frameBytes / format.sampleRate;
  const sink = sinkFor(duration);
  let frames = 0;
  const consume = (bytes: Uint8Array): Uint8Array => {
    const whole = bytes.length - (bytes.length % frameBytes);
    const data = new DataView(bytes.buffer, bytes.byteOffset, whole);
    const samples = new Float32Array(whole / frameBytes);
    // The first channel draws the waveform.
    for (let i = 0; i < samples.length; i++) {
      samples[i] = format.isFloat
        ? data.getFloat32(i * frameBytes, true)
        : data.getInt16(i * frameBytes, true) / 32768;
    }
    sink.add(samples, frames / format.sampleRate, format.sampleRate);
    frames += samples.length;
    return bytes.subarray(whole);
  };
  let rest = consume(first.subarray(offset));
  for await (const chunk of chunks) {
    if (sink.isFull()) break;
    rest = consume(join(rest, chunk));
  }
  sink.finish(frames / format.sampleRate);
}

async function readMp3(
  chunks: AsyncGenerator<Uint8Array>,
  first: Uint8Array,
  total: number,
  sinkFor: (estimatedSeconds: number) => Sink,
): Promise<void> {
  if (typeof AudioDecoder === 'undefined')
    return post({ type: 'unsupported', reason: 'no WebCodecs audio decoder' });
  let buffer = first.subarray(id3Size(first));
  const header = readMp3FrameHeader(buffer, 0);
  if (!header) return post({ type: 'unsupported', reason: 'no MP3 frame where one was expected' });
  const estimated = (total * 8) / header.bitrate;
  const sink = sinkFor(estimated);
  let failure: string | null = null;
  let end = 0;
  const decoder = new AudioDecoder({
    output: (data) => {
      const samples = new Float32Array(data.numberOfFrames);
      data.copyTo(samples, { planeIndex: 0, format: 'f32-planar' });
      sink.add(samples, data.timestamp / 1e6, data.sampleRate);
      end = Math.max(end, data.timestamp / 1e6 + data.numberOfFrames / data.sampleRate);
      data.close();
    },
    error: (error) => {
      failure = error.message;
    },
  });
  decoder.configure({
    codec: 'mp3',
    sampleRate: header.sampleRate,
    numberOfChannels: header.channels,
  });
  let timestampUs = 0;
  const feed = async (bytes: Uint8Array): Promise<Uint8Array> => {
    let at = 0;
    for (;;) {
      const frame = readMp3FrameHeader(bytes, at);
      if (!frame) {
        // Lost sync (a tag, garbage): look for the next frame header.
        if (at + 4 > bytes.length) break;
        at++;
        continue;
      }
      if (at + frame.length > bytes.length) break;
      decoder.decode(
        new EncodedAudioChunk({
          type: 'key',
          timestamp: timestampUs,
          data: bytes.subarray(at, at + frame.length),
        }),
      );
      timestampUs += (frame.samples / frame.sampleRate) * 1e6;
      at += frame.length;
    }
    // Back-pressure: let the decoder catch up before reading more.
    while (decoder.decodeQueueSize > 64) await new Promise((resolve) => setTimeout(resolve, 1));
    return bytes.subarray(at);
  };
  buffer = await feed(buffer);
  for await (const chunk of chunks) {
    if (sink.isFull()) break;
    buffer = await feed(join(buffer, chunk));
  }
  await decoder.flush();
  decoder.close();
  if (failure) {
    return post({
      type: 'error',
      problem: { reason: 'broken', detail: `the MP3 decoder failed: ${failure}` },
    });
  }
  sink.finish(end);
}

/** The response, or the reason there is none: refused, failed, or no answer in time. */
async function request(url: string): Promise<Response | WaveformProblem> {
  const waiting = new AbortController();
  const timer = setTimeout(() => waiting.abort(), FIRST_ANSWER_SECONDS * 1000);
  try {
    const response = await fetch(url, { signal: waiting.signal });
    if (!response.ok || !response.body) {
      const status = [response.status, response.statusText].filter(Boolean).join(' ');
      return { reason: 'status', status };
    }
    return response;
  } catch {
    return waiting.signal.aborted
      ? { reason: 'slow', waitedSeconds: FIRST_ANSWER_SECONDS }
      : { reason: 'unreadable' };
  } finally {
    clearTimeout(timer);
  }
}

self.onmessage = async (event: MessageEvent<PeaksRequest>) => {
  const { activity } = event.data;
  const sinkFor = (estimatedSeconds: number): Sink =>
    activity ? activitySink(activity) : peaksSink(estimatedSeconds);
  try {
    const response = await request(event.data.url);
    if (!(response instanceof Response)) return post({ type: 'error', problem: response });
    const total = Number(response.headers.get('content-length')) || 0;
    const chunks = readChunks(response);
    let first: Uint8Array = new Uint8Array(0);
    // Enough bytes to recognise the format and read its header.
    while (first.length < 64 * 1024) {
      const next = await chunks.next();
      if (next.done) break;
      first = join(first, next.value);
    }
    const text = String.fromCharCode(...first.subarray(0, 12));
    if (text.startsWith('RIFF') && text.slice(8, 12) === 'WAVE')
      await readWav(chunks, first, sinkFor);
    else if (text.startsWith('ID3') || readMp3FrameHeader(first, 0))
      await readMp3(chunks, first, total, sinkFor);
    else post({ type: 'unsupported', reason: 'a format this page cannot stream' });
  } catch (error) {
    post({ type: 'error', problem: { reason: 'broken', detail: messageOf(error) } });
  }
};
