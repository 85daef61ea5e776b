import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodX } from '../../domain/imports';
import { dayAtX, nearestPoint } from './day-probe';

describe('dayAtX', () => {
  it('reads back the day a daily observation is drawn at', () => {
    for (const day of ['2020-03-23', '2024-12-31', '2025-01-01', '2024-02-29'])
      expect(dayAtX(periodX(day))).toBe(day);
  });
  it('is the inverse of the year axis for every day from 1997 to 2030', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1997, 0, 1), max: Date.UTC(2030, 11, 31) }), (t) => {
        const day = new Date(t).toISOString().slice(0, 10);
        expect(dayAtX(periodX(day))).toBe(day);
      }),
    );
  });
});

describe('nearestPoint', () => {
  const line = (from: number, to: number) =>
    [
      { x: 2020.1, y: 1 },
      { x: 2020.2, y: null },
      { x: 2020.3, y: 3 },
    ].filter((p) => p.x >= from && p.x <= to);
  it('finds the nearest point with a value within reach, none in a gap', () => {
    expect(nearestPoint([line], 2020.12, 0.05)).toEqual({ x: 2020.1, y: 1 });
    expect(nearestPoint([line], 2020.28, 0.05)).toEqual({ x: 2020.3, y: 3 });
    expect(nearestPoint([line], 2020.2, 0.05)).toBeNull();
  });
});
