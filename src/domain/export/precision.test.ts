import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../types';
import {
  computedDecimals,
  decimalsOf,
  derivedDecimals,
  roundTo,
  scaledDecimals,
  sumDecimals,
  sumOf,
  unitDecimals,
  withPrecision,
} from './precision';

/** A figure as a fixture writes it: `digits` scaled by 10^-decimals, parsed from its decimal text. */
const fixtureNumber = fc
  .record({
    digits: fc.integer({ min: -99_999_999, max: 99_999_999 }),
    decimals: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ digits, decimals }) => ({ value: Number(`${digits}e-${decimals}`), digits, decimals }));

/** The exact decimal text of a sum of fixture numbers, from integer arithmetic (no floats). */
function exactSum(parts: readonly { digits: number; decimals: number }[]): number {
  const d = Math.max(0, ...parts.map((p) => p.decimals));
  const total = parts.reduce((acc, p) => acc + BigInt(p.digits) * 10n ** BigInt(d - p.decimals), 0n);
  return Number(`${total}e-${d}`);
}

function dataset(unit: 'usd-bn' | 'pct', values: readonly number[]): Dataset {
  return {
    id: 'd',
    title: 'd',
    series: [
      {
        id: 's',
        label: 's',
        entity: 'e',
        observations: values.map((value, i) => ({
          period: 2020 + i,
          value,
          unit,
          kind: 'reported',
          sourceId: 'src',
        })),
      },
    ],
  } as unknown as Dataset;
}

describe('decimalsOf', () => {
  it.each([
    [405, 0],
    [37.75, 2],
    [-2.5, 1],
    [0.1 + 0.2, 17],
    [1e-7, 7],
    [1.5e21, 0],
    [Number.NaN, 0],
  ])('%s has %s decimals', (x, d) => {
    expect(decimalsOf(x)).toBe(d);
  });

  it('reads a fixture number back with the decimals it was written with (or fewer: trailing zeros)', () => {
    fc.assert(
      fc.property(fixtureNumber, ({ value, decimals }) => {
        expect(decimalsOf(value)).toBeLessThanOrEqual(decimals);
      }),
    );
  });
});

describe('roundTo', () => {
  it.each([
    [735.41844, 1, 735.4],
    [1094.5968061, 1, 1094.6],
    [53.5999777066, 1, 53.6],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [-0.04, 1, 0],
    [2.5, 0, 3],
    [405, 1, 405],
    [102.343283582, 1, 102.3],
  ])('%s to %s decimals is %s', (x, d, out) => {
    expect(roundTo(x, d)).toBe(out);
    expect(Object.is(roundTo(x, d), -0)).toBe(false);
  });

  it('is within half a unit of the last place, has at most that many decimals, and is idempotent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        const r = roundTo(x, d);
        expect(decimalsOf(r)).toBeLessThanOrEqual(d);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + Math.abs(x) * 1e-15);
        expect(roundTo(r, d)).toBe(r);
      }),
    );
  });
});

describe('sums and derived figures', () => {
  it('a sum of fixture figures never shows more decimals than its parts, and is exact', () => {
    fc.assert(
      fc.property(fc.array(fixtureNumber, { minLength: 1, maxLength: 12 }), (parts) => {
        const sum = sumOf(parts.map((p) => p.value));
        expect(decimalsOf(sum)).toBeLessThanOrEqual(Math.max(...parts.map((p) => p.decimals)));
        expect(sum).toBe(exactSum(parts));
      }),
    );
  });

  it('a naive float sum shows noise that the rounding removes', () => {
    const parts = [37.75, 0.1, 0.2];
    expect(decimalsOf(parts.reduce((a, b) => a + b, 0))).toBeGreaterThan(2);
    expect(sumDecimals(parts)).toBe(2);
    expect(sumOf(parts)).toBe(38.05);
  });

  it('means and paths take one decimal more than what they are made from; scaling moves the point', () => {
    expect(derivedDecimals(0)).toBe(1);
    expect(scaledDecimals(2, 100)).toBe(0);
    expect(scaledDecimals(1, 100)).toBe(0);
    expect(scaledDecimals(3, 10)).toBe(2);
  });
});

describe('computed figures without a precision of their own', () => {
  const capex = dataset('usd-bn', [405, 413.2, 600]);

  it('take the most decimals of the fixture figures in their unit, at least one; points take one', () => {
    expect(unitDecimals([capex], 'usd-bn')).toBe(1);
    expect(unitDecimals([capex], 'pct')).toBeNull();
    expect(computedDecimals('usd-bn', [dataset('usd-bn', [405, 37.75])])).toBe(2);
    expect(computedDecimals('usd-bn', [dataset('usd-bn', [405])])).toBe(1);
    expect(computedDecimals('bp', [])).toBe(1);
    expect(computedDecimals('points', [dataset('usd-bn', [37.75])])).toBe(1);
  });

  it('rounds computed figures (value, low, high), leaves fixture figures and stated precisions alone', () => {
    const figures = withPrecision(
      [
        { value: 735.41844, unit: 'usd-bn', kind: 'scenario' },
        { value: null, low: 500, high: 866.666666667, unit: 'usd-bn', kind: 'interpolated' },
        { value: 53.5999777066, unit: 'points', kind: 'computed' },
        { value: 413.2, unit: 'usd-bn', kind: 'estimate', sourceId: 'fixture' },
        { value: 102.343283582, unit: 'bp', kind: 'reported', decimals: 2 },
      ] as const,
      [capex],
    );
    expect(figures.map((f) => [f.value, f.low, f.high])).toEqual([
      [735.4, undefined, undefined],
      [null, 500, 866.7],
      [53.6, undefined, undefined],
      [413.2, undefined, undefined],
      [102.34, undefined, undefined],
    ]);
  });

  it('a sum of a panel’s fixture figures is written exactly, with no more decimals than its parts', () => {
    fc.assert(
      fc.property(fc.array(fixtureNumber, { minLength: 1, maxLength: 8 }), (parts) => {
        const naive = parts.reduce((a, p) => a + p.value, 0);
        const [f] = withPrecision(
          [{ value: naive, unit: 'usd-bn', kind: 'computed' }],
          [
            dataset(
              'usd-bn',
              parts.map((p) => p.value),
            ),
          ],
        );
        expect(f?.value).toBe(exactSum(parts));
        expect(decimalsOf(f?.value ?? 0)).toBeLessThanOrEqual(Math.max(1, ...parts.map((p) => p.decimals)));
      }),
    );
  });
});
