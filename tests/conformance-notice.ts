/**
 * Says, once per run, when the third-party conformance files are not beside the repository: the
 * suites that read them are skipped then, and the run is smaller than it looks.
 */
import { CONFORMANCE_DIR, hasConformance } from './helpers/files';

export default function announceConformance(): void {
  if (hasConformance) return;
  console.warn(
    `\n[tandem] ${CONFORMANCE_DIR} is missing: the conformance suites (WebVTT, SRT, Podcasting 2.0, ASR JSON, Talk Python, Media Fragments, feeds, chapters) are SKIPPED in this run.\n`,
  );
}
