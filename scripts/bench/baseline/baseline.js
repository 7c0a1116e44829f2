// The naive way to build a read-along player, written only to be measured against: the whole
// transcript in the DOM, the highlight found by a linear scan on every `timeupdate`, search by
// walking every row, and wavesurfer.js downloading and decoding the whole audio to draw it.
import WaveSurfer from './wavesurfer.esm.js';

const params = new URLSearchParams(location.search);
const audio = document.querySelector('audio');
const list = document.getElementById('transcript');
const search = document.querySelector('input');

const toSeconds = (stamp) =>
  stamp
    .replace(',', '.')
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);

/** WebVTT cues, or "MM:SS text" lines. */
function parse(text) {
  const cues = [];
  if (text.startsWith('WEBVTT')) {
    for (const block of text.split(/\n\n+/)) {
      const lines = block.split('\n');
      const timing = lines.findIndex((line) => line.includes('-->'));
      if (timing < 0) continue;
      const [start, end] = lines[timing].split('-->').map((s) => toSeconds(s.trim().split(' ')[0]));
      const body = lines.slice(timing + 1).join(' ');
      cues.push({ start, end, text: body.replace(/<[^>]*>/g, '') });
    }
  } else {
    for (const line of text.split('\n')) {
      const match = /^(\d+(?::\d\d){1,2})\s+(.*)$/.exec(line);
      if (match) cues.push({ start: toSeconds(match[1]), text: match[2] });
    }
  }
  return cues;
}

let cues = [];
let rows = [];
let current = -1;

async function loadTranscript(url) {
  cues = parse(await (await fetch(url)).text());
  const fragment = document.createDocumentFragment();
  rows = cues.map((cue, i) => {
    const row = document.createElement('p');
    row.className = 'cue';
    row.dataset.cueIndex = String(i);
    const time = document.createElement('span');
    time.className = 'time';
    time.textContent = new Date(cue.start * 1000).toISOString().slice(11, 19);
    row.append(time, cue.text);
    row.addEventListener('click', () => {
      audio.currentTime = cue.start;
      audio.play();
    });
    fragment.append(row);
    return row;
  });
  list.append(fragment);
}

audio.addEventListener('timeupdate', () => {
  let next = -1;
  for (let i = 0; i < cues.length; i++) if (cues[i].start <= audio.currentTime) next = i;
  if (next === current) return;
  rows[current]?.classList.remove('current');
  current = next;
  rows[current]?.classList.add('current');
  rows[current]?.scrollIntoView({ block: 'center' });
});

search.addEventListener('input', () => {
  const query = search.value.toLowerCase();
  let first = null;
  rows.forEach((row, i) => {
    const isMatch = query !== '' && cues[i].text.toLowerCase().includes(query);
    row.classList.toggle('match', isMatch);
    if (isMatch && !first) first = row;
  });
  first?.scrollIntoView({ block: 'center' });
});

if (params.get('audio')) {
  const waveform = WaveSurfer.create({
    container: '#waveform',
    media: audio,
    url: params.get('audio'),
  });
  waveform.on('ready', () => (window.baselineWaveformReady = performance.now()));
  waveform.on('error', (error) => (window.baselineWaveformError = String(error)));
}
if (params.get('transcript')) void loadTranscript(params.get('transcript'));
