import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameBox, yearToX } from './plot-interaction';
import { dateToYearX, readoutByYear, type SeriesSpec } from './time-chart';
import { stepAtFraction, yearScale } from './x-scale';

const yearAtFraction = (range: [number, number], f: number) => stepAtFraction(yearScale(range), f);

const box = { x: 64, y: 18, width: 550, height: 200 };

describe('year slots on the plot', () => {
  it('puts each year in the middle of its slot, the range filling the plot', () => {
    // 2020–2030: 11 slots of 50 px.
    expect(yearToX(box, [2020, 2030], 2020)).toBe(64 + 25);
    expect(yearToX(box, [2020, 2030], 2030)).toBe(64 + 525);
    expect(yearToX(box, [2020, 2030], 2019.5)).toBe(64);
    expect(yearToX(box, [2020, 2030], 2030.5)).toBe(64 + 550);
  });

  it('reads the year whose slot holds the pointer, clamped to the range', () => {
    expect(yearAtFraction([2020, 2030], 0)).toBe(2020);
    expect(yearAtFraction([2020, 2030], 0.999)).toBe(2030);
    expect(yearAtFraction([2020, 2030], 1)).toBe(2030);
    expect(yearAtFraction([2020, 2030], -0.2)).toBe(2020);
    expect(yearAtFraction([2024, 2026], 0.5)).toBe(2025);
    expect(yearAtFraction([2024, 2026], Number.NaN)).toBe(2024);
  });

  it('reads back the year it drew, for any range and year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 0, max: 10 }), (from, len) => {
        const to = Math.min(2030, from + len);
        for (let y = from; y <= to; y++) {
          const f = (yearToX(box, [from, to], y) - box.x) / box.width;
          expect(yearAtFraction([from, to], f)).toBe(y);
        }
      }),
    );
  });

  it('places a dated event inside its own year slot (2025-04-28 is in 2025, not 2024)', () => {
    const x = dateToYearX('2025-04-28');
    expect(x).toBeGreaterThan(2024.5);
    expect(x).toBeLessThan(2025.5);
    const f = (yearToX(box, [2020, 2030], x) - box.x) / box.width;
    expect(yearAtFraction([2020, 2030], f)).toBe(2025);
  });

  it('compares plot boxes by value', () => {
    expect(sameBox(box, { ...box })).toBe(true);
    expect(sameBox(box, { ...box, width: 549 })).toBe(false);
    expect(sameBox(null, box)).toBe(false);
  });
});

describe('readoutByYear', () => {
  const series: SeriesSpec[] = [
    { key: 'a', label: 'A', color: 'red', kind: 'reported', shape: 'line' },
    { key: 'b', label: 'B', color: 'blue', kind: 'projection', shape: 'band', showKind: false },
    { key: 'hidden', label: 'H', color: 'grey', kind: 'estimate', shape: 'points', readout: false },
  ];
  const fmt = (v: number) => `${v}!`;

  it('lists, for every axis year, the series with a value that year, in series order', () => {
    const rows = [
      { year: 2024, a: 1, b: [2, 3] as const, hidden: 9 },
      { year: 2025, a: null, b: [4, 5] as const },
    ];
    const out = readoutByYear(rows, series, fmt, [2023, 2024, 2025]);
    expect(out.map((y) => y.year)).toEqual([2023, 2024, 2025]);
    expect(out[0]?.lines).toEqual([]);
    expect(out[1]?.lines.map((l) => [l.key, l.text, l.kind])).toEqual([
      ['a', '1!', 'kind.reported'],
      ['b', '2!–3!', null],
    ]);
    expect(out[2]?.lines.map((l) => l.key)).toEqual(['b']);
  });
});
