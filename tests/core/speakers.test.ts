import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSpeakerColors, isTurnStart } from '../../src/core/speakers';

describe('speakers', () => {
  it('colour speakers in the order they first speak, apart up to eight', () => {
    const names = ['Ann', 'Bob', 'Ann', 'Cy', 'D', 'E', 'F', 'G', 'H', 'I'];
    const colors = assignSpeakerColors(
      names.map((speaker, i) => ({ start: i, end: i + 1, text: '', speaker })),
    );
    expect([...colors]).toEqual([
      ['Ann', 0],
      ['Bob', 1],
      ['Cy', 2],
      ['D', 3],
      ['E', 4],
      ['F', 5],
      ['G', 6],
      ['H', 7],
      ['I', 0],
    ]);
  });

  it('give the same transcript the same colours every time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined })),
        (speakers) => {
          const cues = speakers.map((speaker, i) => ({
            start: i,
            end: i + 1,
            text: '',
            ...(speaker ? { speaker } : {}),
          }));
          expect([...assignSpeakerColors(cues)]).toEqual([...assignSpeakerColors(cues)]);
          expect(assignSpeakerColors(cues).size).toBe(new Set(speakers.filter(Boolean)).size);
        },
      ),
    );
  });

  it('mark where a turn starts', () => {
    const cues = ['A', 'A', 'B', undefined, 'B'].map((speaker, i) => ({
      start: i,
      end: i + 1,
      text: '',
      ...(speaker ? { speaker } : {}),
    }));
    expect(cues.map((_, i) => isTurnStart(cues, i))).toEqual([true, false, true, false, true]);
  });
});
