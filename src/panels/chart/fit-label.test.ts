import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorOf, wrapLines } from './fit-label';

// A fixed-pitch measure: every character 7 px wide (the real one measures the font on screen), so a
// 70 px room holds 10 characters.
const measure = (s: string) => s.length * 7;

describe('wrapLines', () => {
  it('keeps a text that fits on one line', () => {
    expect(wrapLines('Impairment window', 200, measure)).toEqual(['Impairment window']);
  });
  it('breaks at spaces into lines no wider than the room', () => {
    expect(wrapLines('Impairment window (CTIMES): 2026–2028', 140, measure)).toEqual([
      'Impairment window',
      '(CTIMES): 2026–2028',
    ]);
  });
  it('breaks a word (or CJK run) longer than the room between characters, dropping nothing', () => {
    expect(wrapLines('減值風險期（CTIMES）：2026–2028年', 70, measure)).toEqual([
      '減值風險期（CTIM',
      'ES）：2026–2',
      '028年',
    ]);
  });
  it('never returns a line wider than the room, and keeps every character in order', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 20, max: 400 }),
        (words, room) => {
          const lines = wrapLines(words.join(' '), room, measure);
          for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(room);
          expect(lines.join('').replaceAll(' ', '')).toBe(words.join(''));
        },
      ),
    );
  });
});

describe('anchorOf', () => {
  const box = { x: 100, y: 50, width: 200, height: 80 };
  it('puts corner labels inside the box by the offset, anchored to their side', () => {
    expect(anchorOf(box, 'insideTopLeft', 5)).toEqual({ x: 105, y: 55, h: 'start', v: 'start' });
    expect(anchorOf(box, 'insideBottomRight', 5)).toEqual({ x: 295, y: 125, h: 'end', v: 'end' });
  });
  it('centres top and bottom labels; "top" sits above the box', () => {
    expect(anchorOf(box, 'insideBottom', 5)).toEqual({ x: 200, y: 125, h: 'middle', v: 'end' });
    expect(anchorOf(box, 'top', 5)).toEqual({ x: 200, y: 45, h: 'middle', v: 'end' });
  });
});
