import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDEX_COMPONENTS } from '../../domain/backtest/method';
import { quarterX } from '../../domain/dated';
import { QUARTERS, quarterScale, stepAtPx, stepToPx } from '../chart/x-scale';
import type { QuarterView } from './backtest-view';
import {
  bustSummary,
  historyDomain,
  historyFigures,
  layoutLabels,
  monthX,
  readingAt,
  readingForYear,
  stepPath,
  xScale,
  yearTicks,
} from './prepare';

const NONE = {
  valuation: null,
  'run-up': null,
  investment: null,
  credit: null,
  'spread-compression': null,
  'spread-widening': null,
  drawdown: null,
};

function q(quarter: string, buildup: number | null, stress: number | null = null): QuarterView {
  return {
    quarter,
    buildup,
    stress,
    buildupBand: null,
    stressBand: null,
    components: { ...NONE, valuation: buildup === null ? null : buildup / 100 },
    metrics: {} as QuarterView['metrics'],
    raw: {} as QuarterView['raw'],
    covered: { buildup: buildup === null ? [] : ['valuation'], stress: [] },
  };
}

describe('historyDomain', () => {
  const span: [string, string] = ['1923-Q4', '2026-Q2'];
  it('shows the whole history while the shared range is the default', () => {
    expect(historyDomain(span, [2020, 2030], [2020, 2030])).toEqual([1923, 2027]);
  });
  it('follows a chosen range, from 1 January of its first year to the end of its last', () => {
    expect(historyDomain(span, [1929, 1933], [2020, 2030])).toEqual([1929, 1934]);
    expect(historyDomain(span, [1900, 1950], [2020, 2030])).toEqual([1923, 1951]);
  });
  it('keeps the whole history when the range holds none of its years', () => {
    expect(historyDomain(span, [2028, 2030], [2020, 2030])).toEqual([1923, 2027]);
  });
});

describe('yearTicks', () => {
  it('puts ticks on 1 January of round years, spaced for the width', () => {
    expect(yearTicks([1923, 2027], 1000)).toEqual([
      1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020,
    ]);
    expect(yearTicks([1923, 2027], 330)).toEqual([1940, 1960, 1980, 2000, 2020]);
    // 2010 is the axis's end (1 January after 2009, its last year): not labelled.
    expect(yearTicks([1999, 2010], 600)).toEqual([2000, 2002, 2004, 2006, 2008]);
  });
  it('never puts two ticks closer than the gap asked for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1923, max: 2029 }),
        fc.integer({ min: 1, max: 110 }),
        fc.integer({ min: 200, max: 2000 }),
        (from, span, width) => {
          const d: [number, number] = [from, from + span];
          const t = yearTicks(d, width);
          const px = (y: number) => ((y - d[0]) / span) * width;
          for (let i = 1; i < t.length; i++)
            expect(px(t[i] as number) - px(t[i - 1] as number)).toBeGreaterThanOrEqual(56 - 1e-9);
          for (const y of t) expect(Number.isInteger(y) && y >= d[0] && y < d[1]).toBe(true);
        },
      ),
    );
  });
});

describe('monthX', () => {
  it('places a month from its first day; `end` is the next month’s first day', () => {
    expect(monthX('2020-03')).toBeCloseTo(2020 + 2 / 12);
    expect(monthX('2020-04', true)).toBeCloseTo(2020 + 4 / 12);
    expect(monthX('1929-12', true)).toBe(1930);
  });
});

describe('stepPath', () => {
  const x = xScale([2000, 2001], 0, 400); // 100 px a quarter
  const y = (v: number) => 100 - v;
  it('draws flat quarters joined vertically, with a gap at an unscored quarter', () => {
    const rows = [q('2000-Q1', 10), q('2000-Q2', 20), q('2000-Q3', null), q('2000-Q4', 40)];
    expect(stepPath(rows, (r) => r.buildup, [2000, 2001], x, y)).toBe(
      'M0.0 90.0H100.0V80.0H200.0M300.0 60.0H400.0',
    );
  });
  it('keeps only the quarters inside the domain, cut at its edges', () => {
    const rows = [q('1999-Q4', 5), q('2000-Q1', 10), q('2001-Q1', 50)];
    expect(stepPath(rows, (r) => r.buildup, [2000, 2000.125], x, y)).toBe('M0.0 90.0H50.0');
  });
});

describe('quarters under the pointer', () => {
  const rows = [q('1999-Q4', 1), q('2000-Q1', 2), q('2000-Q2', null), q('2000-Q3', 3)];
  it('finds each quarter’s row', () => {
    expect(readingAt(rows, '2000-Q1')?.buildup).toBe(2);
    expect(readingAt(rows, '2001-Q1')).toBeNull();
    expect(readingAt(rows, null)).toBeNull();
  });
  it('reads another chart’s year as its last quarter with a reading', () => {
    expect(readingForYear(rows, 2000)?.quarter).toBe('2000-Q3');
    expect(readingForYear(rows, 1998)).toBeNull();
  });
});

describe('the shared interaction on the history’s axis', () => {
  it('puts the crosshair of a quarter where the SVG draws it, and reads that quarter back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1923, max: 2026 }),
        fc.integer({ min: 1, max: 104 }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.double({ min: 40, max: 2000, noNaN: true }),
        (from, len, left, width) => {
          const domain: [number, number] = [from, from + len];
          const drawn = xScale(domain, left, width);
          const scale = quarterScale(domain);
          const plot = { x: left, width };
          for (let s = scale.from; s <= scale.to; s++) {
            const quarter = QUARTERS.format(s);
            expect(stepToPx(scale, plot, s)).toBeCloseTo(drawn(quarterX(quarter)), 6);
            expect(QUARTERS.format(stepAtPx(scale, plot, drawn(quarterX(quarter))))).toBe(quarter);
          }
        },
      ),
    );
  });
});

describe('bustSummary', () => {
  it('names the larger fall of an episode and its trough year', () => {
    expect(
      bustSummary({
        id: '2000-Q1–2000-Q3',
        from: '2000-Q1',
        to: '2003-Q1',
        peaks: [
          { market: 'nasdaq', peak: '2000-Q1', trough: '2002-Q3', fallPct: 70.4 },
          { market: 'spx', peak: '2000-Q3', trough: '2003-Q1', fallPct: 41.7 },
        ],
      }),
    ).toEqual({ market: 'nasdaq', fallPct: 70.4, troughYear: '2002' });
  });
});

describe('layoutLabels', () => {
  const measure = (s: string) => s.length * 6;
  const opts = { left: 0, right: 400, rows: 2 };
  const overlaps = (a: { left: number; width: number; row: number }, b: typeof a) =>
    a.row === b.row && a.left < b.left + b.width && b.left < a.left + a.width;

  it('keeps the long labels when they fit, beside or stacked, never past the plot', () => {
    const r = layoutLabels(
      [
        { id: 'a', x: 10, variants: ['1929 peak: −82%', '1929'] },
        { id: 'b', x: 300, variants: ['2000 peak: −70%', '2000'] },
        { id: 'c', x: 330, variants: ['2007 peak: −46%', '2007'] },
      ],
      measure,
      opts,
    );
    expect(r.dropped).toEqual([]);
    // b goes left of its mark (its right-hand place would cover c's mark); c ends at the plot's edge.
    expect(r.placed.map((p) => [p.id, p.text, p.row, p.left])).toEqual([
      ['a', '1929 peak: −82%', 0, 13],
      ['b', '2000 peak: −70%', 0, 207],
      ['c', '2007 peak: −46%', 0, 310],
    ]);
    // With room for one short label only between b and c, c goes to a second row.
    const tight = layoutLabels(
      [
        { id: 'b', x: 300, variants: ['2000 peak: −70%'] },
        { id: 'c', x: 310, variants: ['2007 peak: −46%'] },
      ],
      measure,
      { left: 250, right: 400, rows: 2 },
    );
    expect(tight.placed.map((p) => [p.id, p.row])).toEqual([
      ['b', 0],
      ['c', 1],
    ]);
  });

  it('puts a label left of its mark when the right-hand place would cover the next mark', () => {
    const r = layoutLabels(
      [
        { id: 'a', x: 100, variants: ['aaaaaaaaaa'] },
        { id: 'b', x: 150, variants: ['bbbbbbbbbb'] },
      ],
      measure,
      { ...opts, rows: 1 },
    );
    expect(r.placed.map((p) => [p.id, p.left])).toEqual([
      ['a', 37],
      ['b', 153],
    ]);
  });

  it('falls back to shorter labels for all, then leaves out what still does not fit', () => {
    const items = [
      { id: 'a', x: 100, variants: ['aaaaaaaaaa', 'aa'] },
      { id: 'b', x: 105, variants: ['bbbbbbbbbb', 'bb'] },
      { id: 'c', x: 110, variants: ['cccccccccc', 'cc'] },
    ];
    const one = layoutLabels(items, measure, { ...opts, rows: 1 });
    expect(one.placed.map((p) => p.text)).toEqual(['aa', 'bb']);
    expect(one.dropped).toEqual(['c']);
    const three = layoutLabels(items, measure, { ...opts, rows: 3 });
    expect(three.placed.map((p) => p.text)).toEqual(['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc']);
  });

  it('never overlaps two labels and never runs outside the plot (any marks, any widths)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 390 }), n: fc.integer({ min: 1, max: 30 }) }), {
          maxLength: 12,
        }),
        fc.integer({ min: 1, max: 3 }),
        (marks, rows) => {
          const items = marks.map((m, i) => ({
            id: String(i),
            x: m.x,
            variants: ['x'.repeat(m.n), 'x'.repeat(Math.ceil(m.n / 3))],
          }));
          const r = layoutLabels(items, measure, { left: 0, right: 390, rows });
          expect(r.placed.length + r.dropped.length).toBe(items.length);
          for (const p of r.placed) {
            expect(p.left).toBeGreaterThanOrEqual(0);
            expect(p.left + p.width).toBeLessThanOrEqual(390);
            expect(p.row).toBeLessThan(rows);
            for (const o of r.placed) if (o !== p) expect(overlaps(p, o)).toBe(false);
          }
        },
      ),
    );
  });

  it('with leaders, no label sits across the line from another label down to the plot', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 390 }), n: fc.integer({ min: 1, max: 30 }) }), {
          maxLength: 10,
        }),
        (marks) => {
          const items = marks.map((m, i) => ({ id: String(i), x: m.x, variants: ['x'.repeat(m.n)] }));
          const r = layoutLabels(items, measure, { left: 0, right: 390, rows: 3, leaders: true });
          const xOf = new Map(items.map((i) => [i.id, i.x]));
          for (const p of r.placed) {
            const x = xOf.get(p.id) as number;
            // Rows below p (nearer the plot) hold no other label across x.
            for (const o of r.placed)
              if (o !== p && o.row < p.row) expect(x < o.left || x > o.left + o.width).toBe(true);
          }
        },
      ),
    );
  });
});

describe('historyFigures', () => {
  it('lists both indices and their components in the shown years, to one decimal', () => {
    const rows = [q('1999-Q4', 10.04, 3), q('2000-Q1', 12.36, null), q('2001-Q1', 50)];
    const figures = historyFigures(
      rows,
      [2000, 2001],
      { index: (i) => `${i} (history v2)`, component: (c) => `${c} (history v2)` },
      INDEX_COMPONENTS,
    );
    expect(figures).toEqual([
      { period: '2000-Q1', series: 'buildup (history v2)', value: 12.4, unit: 'points', kind: 'computed' },
      { period: '2000-Q1', series: 'valuation (history v2)', value: 12.4, unit: 'points', kind: 'computed' },
    ]);
  });
});
