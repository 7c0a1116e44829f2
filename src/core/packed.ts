/**
 * A transcript as a handful of typed arrays and two strings, so it can cross to or from a Web
 * Worker without cloning one object per cue and per word (which costs more than parsing did).
 */
import type { Cue, SkippedLines, Transcript, Word } from './transcript';

export interface PackedTranscript {
  title?: string;
  skipped?: SkippedLines;
  starts: Float64Array;
  ends: Float64Array;
  /** Every cue's text, back to back; cue i is text.slice(textEnds[i - 1] ?? 0, textEnds[i]). */
  text: string;
  textEnds: Uint32Array;
  /** Index into `speakers`, or -1 for a cue without one. */
  speakerOf: Int32Array;
  speakers: string[];
  /** Cues without timed words have an empty range; `hasWords` tells [] from none at all. */
  hasWords: Uint8Array;
  wordEnds: Uint32Array;
  wordStarts: Float64Array;
  wordStops: Float64Array;
  wordText: string;
  wordTextEnds: Uint32Array;
}

/** Packs a transcript; `transfer` lists the buffers postMessage can hand over without copying. */
export function packTranscript(transcript: Transcript): {
  packed: PackedTranscript;
  transfer: ArrayBuffer[];
} {
  const { cues } = transcript;
  const starts = new Float64Array(cues.length);
  const ends = new Float64Array(cues.length);
  const textEnds = new Uint32Array(cues.length);
  const speakerOf = new Int32Array(cues.length);
  const hasWords = new Uint8Array(cues.length);
  const wordEnds = new Uint32Array(cues.length);
  const speakers: string[] = [];
  const speakerIds = new Map<string, number>();
  const texts: string[] = [];
  const words: Word[] = [];
  let textLength = 0;
  cues.forEach((cue, i) => {
    starts[i] = cue.start;
    ends[i] = cue.end;
    texts.push(cue.text);
    textLength += cue.text.length;
    textEnds[i] = textLength;
    if (cue.speaker === undefined) {
      speakerOf[i] = -1;
    } else {
      let id = speakerIds.get(cue.speaker);
      if (id === undefined) {
        id = speakers.push(cue.speaker) - 1;
        speakerIds.set(cue.speaker, id);
      }
      speakerOf[i] = id;
    }
    if (cue.words) {
      hasWords[i] = 1;
      words.push(...cue.words);
    }
    wordEnds[i] = words.length;
  });
  const wordStarts = new Float64Array(words.length);
  const wordStops = new Float64Array(words.length);
  const wordTextEnds = new Uint32Array(words.length);
  let wordTextLength = 0;
  words.forEach((word, i) => {
    wordStarts[i] = word.start;
    wordStops[i] = word.end;
    wordTextLength += word.text.length;
    wordTextEnds[i] = wordTextLength;
  });
  const packed: PackedTranscript = {
    starts,
    ends,
    text: texts.join(''),
    textEnds,
    speakerOf,
    speakers,
    hasWords,
    wordEnds,
    wordStarts,
    wordStops,
    wordText: words.map((w) => w.text).join(''),
    wordTextEnds,
  };
  if (transcript.title !== undefined) packed.title = transcript.title;
  if (transcript.skipped !== undefined) packed.skipped = transcript.skipped;
  const arrays = [starts, ends, textEnds, speakerOf, hasWords, wordEnds];
  return {
    packed,
    transfer: [...arrays, wordStarts, wordStops, wordTextEnds].map((a) => a.buffer as ArrayBuffer),
  };
}

/** The transcript back as objects: one pass, each text a slice of the shared string. */
export function unpackTranscript(packed: PackedTranscript): Transcript {
  const { starts, ends, text, textEnds, speakerOf, speakers, hasWords, wordEnds } = packed;
  const cues = new Array<Cue>(starts.length);
  let textStart = 0;
  let wordStart = 0;
  for (let i = 0; i < starts.length; i++) {
    const textEnd = textEnds[i] as number;
    const cue: Cue = {
      start: starts[i] as number,
      end: ends[i] as number,
      text: text.slice(textStart, textEnd),
    };
    textStart = textEnd;
    const speaker = speakerOf[i] as number;
    if (speaker >= 0) cue.speaker = speakers[speaker] as string;
    const wordEnd = wordEnds[i] as number;
    if (hasWords[i]) cue.words = unpackWords(packed, wordStart, wordEnd);
    wordStart = wordEnd;
    cues[i] = cue;
  }
  return {
    ...(packed.title === undefined ? {} : { title: packed.title }),
    cues,
    ...(packed.skipped === undefined ? {} : { skipped: packed.skipped }),
  };
}

function unpackWords(packed: PackedTranscript, from: number, to: number): Word[] {
  const words: Word[] = [];
  let textStart = from === 0 ? 0 : (packed.wordTextEnds[from - 1] as number);
  for (let w = from; w < to; w++) {
    const textEnd = packed.wordTextEnds[w] as number;
    words.push({
      start: packed.wordStarts[w] as number,
      end: packed.wordStops[w] as number,
      text: packed.wordText.slice(textStart, textEnd),
    });
    textStart = textEnd;
  }
  return words;
}
