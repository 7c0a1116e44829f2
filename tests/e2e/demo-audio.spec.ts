import { expect, test } from './fixtures';
import { demo } from './helpers';

// The demo track is generated so that every line is heard at its timestamp. Decode it the way
// the browser does and check, for lines that follow a pause, where their speech really starts.
test('the demo audio speaks each line at its timestamp', async ({ page }) => {
  await page.goto('/');
  const starts = demo.cues.map((cue) => cue.start);
  const result = await page.evaluate(async (cueStarts) => {
    const bytes = await (await fetch('/episodes/talk-python-013/audio.mp3')).arrayBuffer();
    const audio = await new OfflineAudioContext(1, 1, 22050).decodeAudioData(bytes);
    const samples = audio.getChannelData(0);
    const rate = audio.sampleRate;
    const loud = (i: number) => Math.abs(samples[i] ?? 0) > 200 / 32768;
    const errors: number[] = [];
    for (const start of cueStarts) {
      const at = Math.round(start * rate);
      // Only lines preceded by 0.3 s of silence have an onset we can measure.
      const from = at - Math.round(0.3 * rate);
      if (from < 0) continue;
      let silent = true;
      for (let i = from; i < at - Math.round(0.06 * rate) && silent; i++) silent = !loud(i);
      if (!silent) continue;
      let onset = from;
      while (onset < samples.length && !loud(onset)) onset++;
      errors.push(onset / rate - start);
    }
    return { duration: audio.duration, errors };
  }, starts);

  expect(result.duration).toBeGreaterThan(2989);
  expect(result.duration).toBeLessThan(2990);
  expect(result.errors.length).toBeGreaterThan(300);
  const worst = Math.max(...result.errors.map(Math.abs));
  // Speech is heard within 20 ms of its line's time (MP3 delay compensated).
  expect(worst).toBeLessThan(0.02);
});
