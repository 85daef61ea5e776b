import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declutter, LABEL_GAP, LABEL_GAP_X, type LabelBox } from './declutter';

const overlap = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.width + LABEL_GAP_X &&
  b.x < a.x + a.width + LABEL_GAP_X &&
  a.y < b.y + b.height &&
  b.y < a.y + a.height;
const moved = (boxes: readonly LabelBox[], shifts: readonly number[]) =>
  boxes.map((b, i) => ({ ...b, y: b.y + (shifts[i] ?? 0) }));

describe('declutter', () => {
  it('leaves labels that do not touch where they are', () => {
    const boxes: LabelBox[] = [
      { x: 0, y: 0, width: 50, height: 12, fixed: false },
      { x: 50 + LABEL_GAP_X, y: 0, width: 50, height: 12, fixed: false },
      { x: 0, y: 20, width: 50, height: 12, fixed: true },
    ];
    expect(declutter(boxes, 0, 200)).toEqual([0, 0, 0]);
  });

  it('moves the lower of two crossing labels down just clear of the upper (a mean label under a warning)', () => {
    const boxes: LabelBox[] = [
      { x: 10, y: 100, width: 120, height: 12, fixed: false },
      { x: 80, y: 106, width: 90, height: 12, fixed: false },
    ];
    expect(declutter(boxes, 0, 200)).toEqual([0, 12 + LABEL_GAP - 6]);
  });

  it('keeps event numbers side by side apart (1 and 4 never read as "14")', () => {
    const boxes: LabelBox[] = [
      { x: 100, y: 10, width: 6, height: 12, fixed: false },
      { x: 109, y: 10, width: 6, height: 12, fixed: false },
    ];
    expect(declutter(boxes, 0, 200)).toEqual([0, 12 + LABEL_GAP]);
  });

  it('never moves a fixed label (an axis tick); a label near the bottom moves up instead', () => {
    const boxes: LabelBox[] = [
      { x: 0, y: 180, width: 40, height: 12, fixed: true },
      { x: 10, y: 184, width: 40, height: 12, fixed: false },
    ];
    expect(declutter(boxes, 0, 200)).toEqual([0, 180 - LABEL_GAP - 12 - 184]);
  });

  it('clears every label when the chart has room for them all', () => {
    const box = fc.record({
      x: fc.integer({ min: 0, max: 300 }),
      y: fc.integer({ min: 0, max: 300 }),
      width: fc.integer({ min: 5, max: 120 }),
      height: fc.integer({ min: 8, max: 14 }),
      fixed: fc.constant(false),
    });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 8 }), (boxes) => {
        // Room for all of them stacked: 8 labels of at most 15 px in a 1,000 px high chart.
        const out = moved(boxes, declutter(boxes, -400, 700));
        for (let i = 0; i < out.length; i++)
          for (let j = i + 1; j < out.length; j++)
            expect(overlap(out[i] as LabelBox, out[j] as LabelBox)).toBe(false);
        // Only vertical moves.
        for (const [i, b] of out.entries()) expect(b.x).toBe(boxes[i]?.x);
      }),
    );
  });
});
