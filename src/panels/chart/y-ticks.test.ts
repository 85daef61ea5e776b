import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceYTicks, rowsMax } from './y-ticks';

describe('niceYTicks', () => {
  it('gives round steps where Recharts gave odd ones', () => {
    // The data-centre chart zoomed to 2026–2027 (top ≈ $2.6T): Recharts drew 0 / 650 / 1,300 / 1,950 / 2,600.
    expect(niceYTicks(2600)).toEqual([0, 1000, 2000, 3000]);
    // The capex chart (top $1.1T): 0 / 300 / … / 1,200 as before.
    expect(niceYTicks(1100)).toEqual([0, 300, 600, 900, 1200]);
    expect(niceYTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceYTicks(0.42)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it('is null without a positive finite maximum', () => {
    for (const v of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) expect(niceYTicks(v)).toBeNull();
  });

  it('starts at 0, steps evenly by a round step, and covers the maximum with under a third to spare', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (max) => {
        const ticks = niceYTicks(max);
        expect(ticks).not.toBeNull();
        if (!ticks) return;
        expect(ticks[0]).toBe(0);
        expect(ticks.length).toBeGreaterThanOrEqual(4);
        expect(ticks.length).toBeLessThanOrEqual(7);
        const step = ticks[1] as number;
        const top = ticks.at(-1) as number;
        for (let i = 1; i < ticks.length; i++)
          expect((ticks[i] as number) - (ticks[i - 1] as number)).toBeCloseTo(step, 9 - Math.log10(step));
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect([1, 2, 2.5, 3, 5].some((m) => Math.abs(m - mantissa) < 1e-9)).toBe(true);
        expect(top).toBeGreaterThanOrEqual(max * (1 - 1e-12));
        expect(top).toBeLessThan(max * (4 / 3) + 1e-9 * top);
      }),
    );
  });
});

describe('rowsMax', () => {
  it('reads numbers and [low, high] pairs, not the year', () => {
    expect(
      rowsMax(
        [
          { year: 2030, a: 5, b: [1, 9] },
          { year: 2031, c: 'x' },
        ],
        [12],
      ),
    ).toEqual({ min: 1, max: 12 });
    expect(rowsMax([{ year: 2030 }])).toEqual({
      min: Number.POSITIVE_INFINITY,
      max: Number.NEGATIVE_INFINITY,
    });
  });
});
