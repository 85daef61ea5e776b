import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addQuarters,
  byQuarter,
  drawdowns,
  provisionalQuarters,
  quarterAtX,
  quarterMeans,
  quarterOf,
  quartersBetween,
  quarterX,
  ratioPct,
  yoyGrowth,
} from './dated';
import type { DatedValue } from './types';
import { newestFigureDate, quarterEnd } from './vintage';

describe('quarters', () => {
  it('names the quarter of a date', () => {
    expect(quarterOf('2000-01-01')).toBe('2000-Q1');
    expect(quarterOf('2000-03-31')).toBe('2000-Q1');
    expect(quarterOf('2000-04-01')).toBe('2000-Q2');
    expect(quarterOf('2007-09-30')).toBe('2007-Q3');
    expect(quarterOf('2025-12-31')).toBe('2025-Q4');
  });

  it('steps across years both ways and lists a span', () => {
    expect(addQuarters('2000-Q4', 1)).toBe('2001-Q1');
    expect(addQuarters('2001-Q1', -1)).toBe('2000-Q4');
    expect(addQuarters('2000-Q2', -4)).toBe('1999-Q2');
    expect(quartersBetween('1999-Q3', '2000-Q2')).toEqual(['1999-Q3', '1999-Q4', '2000-Q1', '2000-Q2']);
  });

  it('maps quarters to decimal years and back (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1, max: 4 }), (y, n) => {
        const q = `${y}-Q${n}`;
        expect(quarterAtX(quarterX(q))).toBe(q);
        expect(quarterAtX(quarterX(q) + 0.12)).toBe(q);
        expect(quarterAtX(quarterX(q) - 0.12)).toBe(q);
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2100 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: -200, max: 200 }),
        (y, n, k) => {
          const q = `${y}-Q${n}`;
          expect(addQuarters(addQuarters(q, k), -k)).toBe(q);
          expect(quartersBetween(q, addQuarters(q, Math.abs(k)))).toHaveLength(Math.abs(k) + 1);
        },
      ),
    );
  });
});

describe('quarter means of daily series', () => {
  const obs: DatedValue[] = [
    ['2000-03-30', 2],
    ['2000-03-31', 4],
    ['2000-04-03', 1],
    ['2000-04-04', null],
    ['2000-04-05', 2],
    ['2000-07-04', null],
  ];

  it('averages the observed days and counts the missing ones (never as zero)', () => {
    const m = quarterMeans(obs);
    expect(m.get('2000-Q1')).toEqual({ mean: 3, days: 2, missing: 0 });
    expect(m.get('2000-Q2')).toEqual({ mean: 1.5, days: 2, missing: 1 });
    // A quarter of missing days only has no mean.
    expect(m.get('2000-Q3')).toEqual({ mean: null, days: 0, missing: 1 });
  });

  it('gives no mean to a quarter with fewer observed days than asked', () => {
    expect(quarterMeans(obs, 3).get('2000-Q1')?.mean).toBeNull();
    expect(quarterMeans(obs, 2).get('2000-Q1')?.mean).toBe(3);
  });

  const dayValue = fc.option(fc.double({ min: 0.01, max: 1000, noNaN: true }), { nil: null, freq: 5 });
  const dailySeries = fc
    .array(dayValue, { minLength: 1, maxLength: 300 })
    .map((vs) =>
      vs.map((v, i): DatedValue => [new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10), v]),
    );

  it('lies within the quarter range, and missing days change nothing but the count (property)', () => {
    fc.assert(
      fc.property(dailySeries, (series) => {
        const means = quarterMeans(series);
        const withoutMissing = quarterMeans(series.filter(([, v]) => v !== null));
        let rows = 0;
        for (const [q, m] of means) {
          const vals = series
            .filter(([d, v]) => quarterOf(d) === q && v !== null)
            .map(([, v]) => v as number);
          rows += m.days + m.missing;
          expect(m.days).toBe(vals.length);
          if (vals.length === 0) expect(m.mean).toBeNull();
          else {
            expect(m.mean).toBeGreaterThanOrEqual(Math.min(...vals) - 1e-9);
            expect(m.mean).toBeLessThanOrEqual(Math.max(...vals) + 1e-9);
            expect(withoutMissing.get(q)?.mean).toBeCloseTo(m.mean as number, 9);
          }
        }
        expect(rows).toBe(series.length);
      }),
    );
  });
});

describe('running-peak drawdowns', () => {
  it('measures the fall from the highest close so far, in percent', () => {
    const d = drawdowns([
      ['2000-01-03', 100],
      ['2000-01-04', 120],
      ['2000-01-05', 90],
      ['2000-01-06', null],
      ['2000-01-07', 60],
      ['2000-01-10', 130],
    ]);
    expect(d.map(([, v]) => (v === null ? null : Math.round(v * 100) / 100))).toEqual([
      0,
      0,
      25,
      null,
      50,
      0,
    ]);
  });

  it('is 0 at a new high, below 100, missing where the close is missing, and ignores missing days (property)', () => {
    const series = fc
      .array(fc.option(fc.double({ min: 1, max: 1e5, noNaN: true }), { nil: null, freq: 6 }), {
        minLength: 1,
        maxLength: 200,
      })
      .map((vs) => vs.map((v, i): DatedValue => [`d${String(i).padStart(4, '0')}`, v]));
    fc.assert(
      fc.property(series, (s) => {
        const d = drawdowns(s);
        let peak = 0;
        s.forEach(([, v], i) => {
          const dd = d[i]?.[1];
          if (v === null) expect(dd).toBeNull();
          else {
            expect(dd).toBeGreaterThanOrEqual(0);
            expect(dd).toBeLessThan(100);
            if (v >= peak) expect(dd).toBe(0);
            peak = Math.max(peak, v);
          }
        });
        const compact = drawdowns(s.filter(([, v]) => v !== null));
        expect(compact.map(([, v]) => v)).toEqual(d.filter(([, v]) => v !== null).map(([, v]) => v));
      }),
    );
  });
});

describe('quarterly arithmetic', () => {
  const levels = byQuarter([
    ['1999-01-01', 100],
    ['1999-04-01', 110],
    ['1999-07-01', null],
    ['1999-10-01', 120],
    ['2000-01-01', 110],
    ['2000-04-01', 132],
    ['2000-07-01', 150],
  ]);

  it('grows over the same quarter a year earlier, missing where either end is missing', () => {
    const g = yoyGrowth(levels);
    expect(g.get('1999-Q4')).toBeNull();
    expect(g.get('2000-Q1')).toBeCloseTo(10, 10);
    expect(g.get('2000-Q2')).toBeCloseTo(20, 10);
    expect(g.get('2000-Q3')).toBeNull();
  });

  it('y/y growth is unchanged by the unit and reproduces the level (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1e7, noNaN: true }), { minLength: 5, maxLength: 40 }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        (vals, k) => {
          const q = new Map(vals.map((v, i) => [addQuarters('1990-Q1', i), v]));
          const scaled = new Map([...q].map(([x, v]) => [x, v * k]));
          const g = yoyGrowth(q);
          const gs = yoyGrowth(scaled);
          for (const [x, v] of g) {
            const base = q.get(addQuarters(x, -4));
            if (base === undefined) expect(v).toBeNull();
            else {
              expect((1 + (v as number) / 100) * base).toBeCloseTo(q.get(x) as number, 4);
              expect(gs.get(x)).toBeCloseTo(v as number, 6);
            }
          }
        },
      ),
    );
  });

  it('takes ratios only where both sides have a value', () => {
    const r = ratioPct(
      levels,
      new Map([
        ['1999-Q1', 200],
        ['1999-Q3', 200],
        ['2000-Q2', 0],
      ]),
    );
    expect([...r]).toEqual([
      ['1999-Q1', 50],
      ['1999-Q3', null],
      ['2000-Q2', null],
    ]);
  });
});

describe('provisional flags', () => {
  const steady = (n: number, growth: number) =>
    new Map(Array.from({ length: n }, (_, i) => [addQuarters('2000-Q1', i), 100 * (1 + growth / 100) ** i]));

  it('flag an outsized jump in the latest quarters, not the same jump long ago', () => {
    const s = steady(20, 2);
    const last = addQuarters('2000-Q1', 19);
    s.set(last, (s.get(addQuarters(last, -1)) as number) * 1.186);
    expect(provisionalQuarters(s)).toEqual([last]);
    const old = steady(20, 2);
    const early = addQuarters('2000-Q1', 10);
    old.set(early, (old.get(addQuarters(early, -1)) as number) * 1.186);
    expect(provisionalQuarters(old)).toEqual([]);
  });

  it('do not flag a jump that is ordinary for the series, or a small one', () => {
    const bumpy = new Map(
      Array.from({ length: 20 }, (_, i) => [addQuarters('2000-Q1', i), i % 2 === 0 ? 100 : 115]),
    );
    expect(provisionalQuarters(bumpy)).toEqual([]);
    const s = steady(20, 0.5);
    const last = addQuarters('2000-Q1', 19);
    s.set(last, (s.get(addQuarters(last, -1)) as number) * 1.08);
    expect(provisionalQuarters(s)).toEqual([]);
  });

  it('do not depend on the unit (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 30 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (vals, k) => {
          const q = new Map(vals.map((v, i) => [addQuarters('2000-Q1', i), v]));
          const scaled = new Map([...q].map(([x, v]) => [x, v * k]));
          expect(provisionalQuarters(scaled)).toEqual(provisionalQuarters(q));
        },
      ),
    );
  });
});

describe('newestFigureDate', () => {
  it('reads a published vintage first, else a quarter’s last day, else a daily date', () => {
    expect(
      newestFigureDate({
        asOf: '2026-04-01',
        frequency: 'quarterly',
        vintage: { date: '2026-07', basis: 'inferred' },
      }),
    ).toBe('2026-07');
    expect(newestFigureDate({ asOf: '2026-04-01', frequency: 'quarterly' })).toBe('2026-06-30');
    expect(newestFigureDate({ asOf: '2024-10-01', frequency: 'quarterly' })).toBe('2024-12-31');
    expect(newestFigureDate({ asOf: '2026-04-02', frequency: 'daily' })).toBe('2026-04-02');
    expect(newestFigureDate({ asOf: '2026-02-01', frequency: 'monthly' })).toBe('2026-02-28');
    expect(quarterEnd('2026-01-01')).toBe('2026-03-31');
  });
});
