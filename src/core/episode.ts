/** Episode metadata (episode.json) and precomputed peaks (peaks.json), validated. */
import { isRecord } from './formats/json-input';

/** What episode.json says about an episode. Paths are relative to the episode.json file. */
export interface EpisodeMeta {
  id: string;
  title: string;
  show: string;
  episodeNumber?: number;
  link?: string;
  audio: string;
  transcript: string;
  peaks?: string;
  /** A chapters file (JSON, WebVTT or Podlove), relative to episode.json. */
  chapters?: string;
  /** Artwork for the episode, as an absolute URL. */
  image?: string;
  audioNote?: string;
}

/** Waveform peaks: interleaved min/max values in [-1, 1], one array per channel. */
export interface Peaks {
  duration: number;
  peaks: number[][];
}

/** A metadata or peaks file that does not have the expected shape. */
export class EpisodeFileError extends Error {
  override readonly name = 'EpisodeFileError';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

function requireString(data: Record<string, unknown>, key: string, file: string): string {
  const value = data[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new EpisodeFileError(file, `expected "${key}" to be a non-empty string.`);
  }
  return value;
}

function optionalString(
  data: Record<string, unknown>,
  key: string,
  file: string,
): string | undefined {
  const value = data[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    throw new EpisodeFileError(file, `expected "${key}" to be a string.`);
  return value;
}

/** Checks parsed episode.json; throws EpisodeFileError naming the field that is wrong. */
export function readEpisodeMeta(data: unknown, file: string): EpisodeMeta {
  if (!isRecord(data)) throw new EpisodeFileError(file, 'expected a JSON object.');
  const episodeNumber = data.episodeNumber;
  if (episodeNumber !== undefined && typeof episodeNumber !== 'number') {
    throw new EpisodeFileError(file, 'expected "episodeNumber" to be a number.');
  }
  const optional = {
    episodeNumber,
    link: optionalString(data, 'link', file),
    peaks: optionalString(data, 'peaks', file),
    chapters: optionalString(data, 'chapters', file),
    audioNote: optionalString(data, 'audioNote', file),
  };
  return {
    id: requireString(data, 'id', file),
    title: requireString(data, 'title', file),
    show: requireString(data, 'show', file),
    audio: requireString(data, 'audio', file),
    transcript: requireString(data, 'transcript', file),
    ...(Object.fromEntries(
      Object.entries(optional).filter(([, v]) => v !== undefined),
    ) as Partial<EpisodeMeta>),
  };
}

/** Checks parsed peaks JSON; throws EpisodeFileError saying what is wrong. */
export function readPeaks(data: unknown, file: string): Peaks {
  if (!isRecord(data)) throw new EpisodeFileError(file, 'expected a JSON object.');
  const { duration, peaks } = data;
  if (typeof duration !== 'number' || !Number.isFinite(duration) || duration <= 0) {
    throw new EpisodeFileError(file, 'expected "duration" to be a positive number of seconds.');
  }
  if (!Array.isArray(peaks) || peaks.length === 0) {
    throw new EpisodeFileError(file, 'expected "peaks" to be a list of channels.');
  }
  peaks.forEach((channel: unknown, c) => {
    if (!Array.isArray(channel) || channel.length === 0) {
      throw new EpisodeFileError(
        file,
        `expected channel ${c} of "peaks" to be a non-empty list of numbers.`,
      );
    }
    const bad = channel.findIndex((v: unknown) => typeof v !== 'number' || !(Math.abs(v) <= 1));
    if (bad >= 0) {
      throw new EpisodeFileError(
        file,
        `peaks[${c}][${bad}] is ${JSON.stringify(channel[bad])}; expected a number from -1 to 1.`,
      );
    }
  });
  return { duration, peaks: peaks as number[][] };
}
