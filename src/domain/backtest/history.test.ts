import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyV2FixtureInputs } from '../../../tests/history-v2-inputs';
import type { DatedValue } from '../types';
import {
  computeHistoryV2,
  historyPercentileLabel,
  latestPercentile,
  ordinal,
  percentileOfHistory,
  type QuarterV2,
} from './history';
import { INDEX_COMPONENTS, V2_LAGS, type V2_METRIC_IDS, V2_SERIES_IDS, type V2SeriesId } from './method';
import type { HistoryV2Inputs } from './parse';
import { monthIndexOfDate, monthStart, qIndex, quarterEndExclusive, quarterIndexOfDate } from './quarterly';
import { capeMonthly } from './transforms';

const inputs = historyV2FixtureInputs();
const full = computeHistoryV2(inputs);

describe('history v2 on the committed fixtures', () => {
  it('starts where METHOD.md says: build-up in 1923-Q4 on three components, stress in 1925-Q3', () => {
    const firstBuildup = full.quarters.find((q) => q.buildup !== null);
    expect(firstBuildup?.quarter).toBe('1923-Q4');
    expect(firstBuildup?.covered.buildup).toEqual(['valuation', 'run-up', 'spread-compression']);
    expect(full.quarters.find((q) => q.stress !== null)?.quarter).toBe('1925-Q3');
  });

  it("first metric values fall where METHOD.md's table puts them", () => {
    const first = (m: (typeof V2_METRIC_IDS)[number]) => Math.min(...full.metricValues[m].keys());
    expect(first('cape')).toBe(qIndex('1881-Q3')); // 120 months of earnings ending 6 months back
    expect(first('equities-gdp')).toBe(qIndex('1952-Q2')); // Z.1 from 1952-Q1, lagged a quarter
    expect(first('spx-run-up')).toBe(qIndex('1873-Q1'));
    expect(first('nasdaq-run-up')).toBe(qIndex('1973-Q1'));
    expect(first('it-investment-gap')).toBe(qIndex('1957-Q1')); // 1947-Q2 (lagged) + 40 quarters
    expect(first('credit-gap')).toBe(qIndex('1958-Q1')); // 1948-Q2 (lagged 2) + 40 quarters
    expect(first('corp-debt-growth')).toBe(qIndex('1955-Q2'));
    expect(first('baa-aaa-tight')).toBe(qIndex('1919-Q1'));
    expect(first('baa-aaa-widening')).toBe(qIndex('1920-Q4'));
    expect(first('hy-oas-tight')).toBe(qIndex('1997-Q1'));
    expect(first('nasdaq-drawdown-52w')).toBe(qIndex('1972-Q1'));
  });

  it('keeps every reading within 0–100, with its band, and scores an index only with enough components', () => {
    for (const q of full.quarters) {
      for (const idx of ['buildup', 'stress'] as const) {
        const v = q[idx];
        const need = idx === 'buildup' ? 3 : 2;
        expect(v === null).toBe(q.covered[idx].length < need);
        if (v !== null) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
          const mean = q.covered[idx].reduce((a, c) => a + (q.components[c] ?? 0), 0) / q.covered[idx].length;
          expect(v).toBeCloseTo(100 * mean, 9);
          expect(q.covered[idx].every((c) => INDEX_COMPONENTS[idx].includes(c))).toBe(true);
        }
      }
    }
    expect(full.quarters.map((q) => q.quarter)).toEqual(
      full.quarters.map((_, i) => {
        const k = qIndex(full.quarters[0]?.quarter ?? '') + i;
        return `${Math.floor(k / 4)}-Q${(k % 4) + 1}`;
      }),
    );
  });

  it("recomputes Shiller's CAPE column from his price, earnings and CPI (to his rounding since 1950)", () => {
    const price = new Map<number, number>();
    const earnings = new Map<number, number>();
    const cpi = new Map<number, number>();
    const cape = new Map<number, number>();
    for (const r of inputs.shiller ?? []) {
      const m = monthIndexOfDate(r.month);
      if (r.price !== null) price.set(m, r.price);
      if (r.earnings !== null) earnings.set(m, r.earnings);
      if (r.cpi !== null) cpi.set(m, r.cpi);
      if (r.cape !== null) cape.set(m, r.cape);
    }
    const mine = capeMonthly({ price, earnings, cpi }, { cpi: 0, earnings: 1 }, 120);
    let compared = 0;
    for (const [m, v] of mine) {
      const his = cape.get(m);
      if (his === undefined) continue;
      compared++;
      expect(Math.abs(v - his)).toBeLessThan(m >= monthIndexOfDate('1950-01') ? 0.006 : 0.1);
    }
    expect(compared).toBeGreaterThan(1700);
  });
});

/** When the value a series holds for a given row became available (METHOD.md §2), as an ISO date. */
function availableFrom(id: V2SeriesId, date: string, extraLag = 0): string {
  const lags = V2_LAGS.quarters as Partial<Record<V2SeriesId, number>>;
  const lag = lags[id];
  if (lag !== undefined) return quarterEndExclusive(quarterIndexOfDate(date) + lag + extraLag);
  if (id === 'BAA' || id === 'AAA' || id === 'USREC') return monthStart(monthIndexOfDate(date) + 1);
  return date; // daily: known at the close
}

/** The inputs as a reader had them on day `cut` (everything published by then, nothing later). */
function asOf(all: HistoryV2Inputs, cut: string, extraZ1Lag = 0): HistoryV2Inputs {
  const series: HistoryV2Inputs['series'] = {};
  for (const id of V2_SERIES_IDS) {
    const obs = all.series[id];
    if (!obs) continue;
    const extra = id === 'NCBEILQ027S' ? extraZ1Lag : 0;
    series[id] = obs.filter(([d]) => availableFrom(id, d, extra) <= cut) as DatedValue[];
  }
  const m = V2_LAGS.shillerMonths;
  const known = (month: string, lag: number) => monthStart(monthIndexOfDate(month) + 1 + lag) <= cut;
  const shiller = (all.shiller ?? [])
    .filter((r) => known(r.month, m.price))
    .map((r) => ({
      ...r,
      earnings: known(r.month, m.earnings) ? r.earnings : null,
      cpi: known(r.month, m.cpi) ? r.cpi : null,
      cape: null,
    }));
  return { series, shiller };
}

/** Every quarter that had ended by `cut`, as scored from data up to `cut` and from the full data. */
function endedBy(cut: string, h: ReturnType<typeof computeHistoryV2>): Map<string, QuarterV2> {
  return new Map(
    h.quarters.filter((q) => quarterEndExclusive(qIndex(q.quarter)) <= cut).map((q) => [q.quarter, q]),
  );
}

const cutDate = fc
  .integer({ min: Date.UTC(1921, 0, 1) / 86_400_000, max: Date.UTC(2026, 6, 15) / 86_400_000 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

describe('no look-ahead: the truncation test (METHOD.md §2)', () => {
  it('scores every quarter that had ended by any cut date exactly as the full series does', () => {
    fc.assert(
      fc.property(cutDate, (cut) => {
        const truncated = endedBy(cut, computeHistoryV2(asOf(inputs, cut)));
        const reference = endedBy(cut, full);
        expect([...truncated.keys()]).toEqual([...reference.keys()].filter((q) => truncated.has(q)));
        for (const [q, row] of reference) {
          const t = truncated.get(q);
          // A quarter scored before the cut is scored identically: both indices, components, metrics, raw.
          if (row.buildup !== null || row.stress !== null) expect(t).toEqual(row);
        }
      }),
      {
        numRuns: 20,
        examples: [['1929-10-01'], ['2000-04-01'], ['2007-07-01'], ['2008-09-15'], ['2026-07-01']],
      },
    );
  });

  it('has teeth: with one quarter less of Z.1 equities than a reader had, an earlier score changes', () => {
    const cut = '2001-01-01';
    const fewer = endedBy(cut, computeHistoryV2(asOf(inputs, cut, 1)));
    const reference = endedBy(cut, full);
    const differs = [...reference].some(([q, row]) => JSON.stringify(fewer.get(q)) !== JSON.stringify(row));
    expect(differs).toBe(true);
  });
});

describe('percentileOfHistory', () => {
  it('is the mid-rank percentile 0–100 of today among its history', () => {
    expect(percentileOfHistory([10, 20, 30, 40], 40)).toBe(87.5);
    expect(percentileOfHistory([10, 20, 30, 40], 5)).toBe(0);
    expect(percentileOfHistory([10, 10], 10)).toBe(50);
    expect(percentileOfHistory([], 1)).toBeNaN();
  });
  it('is within 0–100 and rises with x', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (xs, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(percentileOfHistory(xs, lo)).toBeLessThanOrEqual(percentileOfHistory(xs, hi));
          expect(percentileOfHistory(xs, a)).toBeGreaterThanOrEqual(0);
          expect(percentileOfHistory(xs, a)).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
  it('labels the latest reading by its place in its own history', () => {
    const p = latestPercentile(full, 'buildup');
    expect(p?.quarter).toBe(full.latest.buildup?.quarter);
    const values = full.quarters.map((q) => q.buildup).filter((v): v is number => v !== null);
    expect(p?.n).toBe(values.length);
    expect(p?.percentile).toBe(percentileOfHistory(values, full.latest.buildup?.buildup ?? Number.NaN));
    expect(p && historyPercentileLabel(p)).toBe(
      `market-wide build-up: ${ordinal(Math.round(p?.percentile ?? 0))} percentile of 1923–${p?.to.slice(0, 4)}`,
    );
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 96, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '96th',
      '101st',
      '111th',
    ]);
  });
});
