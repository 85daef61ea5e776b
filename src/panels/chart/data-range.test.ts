import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FULL_RANGE, YEAR_MIN, type YearRange } from '../../domain/ids';
import { chartRange, dataSpan, firstDataYear } from './data-range';

describe('firstDataYear', () => {
  const rows = [
    { year: 2020 },
    { year: 2021, a: null, b: undefined },
    { year: 2022, b: [1, 2] },
    { year: 2023, a: 5 },
  ];
  it('is the earliest year in which one of the series has a value (a number or a band)', () => {
    expect(firstDataYear(rows, ['a'])).toBe(2023);
    expect(firstDataYear(rows, ['a', 'b'])).toBe(2022);
    expect(firstDataYear(rows, ['c'])).toBeNull();
    expect(firstDataYear([{ year: 2024, a: Number.NaN }], ['a'])).toBeNull();
  });
  it('counts imported points placed on the chart', () => {
    expect(firstDataYear(rows, ['a'], [2021, 2028])).toBe(2021);
    expect(firstDataYear([], ['a'], [2026])).toBe(2026);
  });
});

describe('dataSpan', () => {
  it('runs from the first to the last year with a value, widened by other years', () => {
    const rows = [{ year: 2020 }, { year: 2022, a: 1 }, { year: 2026, b: [1, 2] }, { year: 2030, a: null }];
    expect(dataSpan(rows, ['a'])).toEqual({ first: 2022, last: 2022 });
    expect(dataSpan(rows, ['a', 'b'])).toEqual({ first: 2022, last: 2026 });
    expect(dataSpan(rows, ['a'], [2027, Number.NaN])).toEqual({ first: 2022, last: 2027 });
    expect(dataSpan(rows, ['c'])).toBeNull();
  });
});

describe('chartRange', () => {
  it('ends the default range where the chart’s data end (a daily series to April 2026 ends in 2026)', () => {
    expect(chartRange(FULL_RANGE, { first: 2021, last: 2026 })).toEqual([2021, 2026]);
    expect(chartRange(FULL_RANGE, { first: 1997, last: 2040 })).toBe(FULL_RANGE);
    expect(chartRange(FULL_RANGE, { first: 2010, last: 2012 })).toEqual([FULL_RANGE[0], FULL_RANGE[0]]);
    // A range the reader chose is kept, even where the data end earlier.
    expect(chartRange([2024, 2030], { first: 2021, last: 2026 })).toEqual([2024, 2030]);
  });
  it('always gives a valid range inside the default, covering the data that fall in it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 0, max: 20 }), (first, n) => {
        const [from, to] = chartRange(FULL_RANGE, { first, last: first + n });
        expect(from).toBeGreaterThanOrEqual(FULL_RANGE[0]);
        expect(to).toBeLessThanOrEqual(FULL_RANGE[1]);
        expect(from).toBeLessThanOrEqual(to);
        if (first >= FULL_RANGE[0] && first <= FULL_RANGE[1]) expect(from).toBe(first);
        if (first + n >= FULL_RANGE[0] && first + n <= FULL_RANGE[1]) expect(to).toBe(first + n);
      }),
    );
  });

  it('starts the default range where the chart’s data starts', () => {
    expect(chartRange(FULL_RANGE, 2024)).toEqual([2024, FULL_RANGE[1]]);
    expect(chartRange(FULL_RANGE, null)).toBe(FULL_RANGE);
    expect(chartRange(FULL_RANGE, 1997)).toBe(FULL_RANGE);
    // Data that starts after the last year still leaves one year to show.
    expect(chartRange(FULL_RANGE, 2035)).toEqual([FULL_RANGE[1], FULL_RANGE[1]]);
  });
  it('starts a chosen range that reaches before 2020 (history years) at the chart’s own data', () => {
    expect(chartRange([1923, 2030], 2024)).toEqual([2024, 2030]);
    expect(chartRange([1990, 2027], 1997)).toEqual([1997, 2027]);
    // No data of the chart inside the range: the range as chosen (an empty chart, as before).
    expect(chartRange([1929, 1950], 2024)).toEqual([1929, 1950]);
    // Data from before the range: the range as chosen.
    expect(chartRange([1999, 2009], 1997)).toEqual([1999, 2009]);
  });
  it('keeps a range the reader chose within the shared axis, for every chart alike', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: YEAR_MIN, max: 2030 }),
        fc.integer({ min: YEAR_MIN, max: 2030 }),
        fc.option(fc.integer({ min: 1990, max: 2040 })),
        (a, b, first) => {
          const range: YearRange = [Math.min(a, b), Math.max(a, b)];
          const out = chartRange(range, first);
          if (range[0] !== FULL_RANGE[0] || range[1] !== FULL_RANGE[1]) expect(out).toBe(range);
          // Always a valid range inside the one given, ending where it ends.
          expect(out[0]).toBeGreaterThanOrEqual(range[0]);
          expect(out[0]).toBeLessThanOrEqual(out[1]);
          expect(out[1]).toBe(range[1]);
        },
      ),
    );
  });
  it('always gives a valid range inside the one given, ending where it ends (any range, any data start)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1923, max: 2030 }),
        fc.integer({ min: 1923, max: 2030 }),
        fc.option(fc.integer({ min: 1900, max: 2040 })),
        (a, b, first) => {
          const range: YearRange = [Math.min(a, b), Math.max(a, b)];
          const out = chartRange(range, first);
          expect(out[0]).toBeGreaterThanOrEqual(range[0]);
          expect(out[0]).toBeLessThanOrEqual(out[1]);
          expect(out[1]).toBe(range[1]);
          if (first !== null && out[0] !== range[0]) expect(out[0]).toBe(first);
        },
      ),
    );
  });
});
