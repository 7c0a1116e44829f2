/** The formats a transcript can be downloaded in: names and file types, without the writers. */
export type WritableFormat = 'webvtt' | 'srt' | 'text';

export const WRITABLE_FORMATS: Record<
  WritableFormat,
  { extension: string; mime: string; name: string }
> = {
  webvtt: { extension: 'vtt', mime: 'text/vtt', name: 'WebVTT' },
  srt: { extension: 'srt', mime: 'application/x-subrip', name: 'SRT' },
  text: { extension: 'txt', mime: 'text/plain', name: 'plain text' },
};
