import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realDatedFiles, realFiles } from '../../tests/fixture-files';
import { loadFixtures } from '../data/load';
import { addQuarters } from './dated';
import {
  computeMetrics,
  HISTORY_SERIES,
  latestReading,
  placeToday,
  readingAt,
  scoreHistory,
  sensitivity,
} from './history';
import { HISTORY_COMPONENT_IDS, HISTORY_METRIC_IDS, type HistoryMetricId } from './history-ids';
import type { DatedValue, HistoryMethod } from './types';

const loaded = loadFixtures(realFiles());
const method = loaded.history as HistoryMethod;
const dated = realDatedFiles();
const series = Object.fromEntries(
  HISTORY_SERIES.map((id) => [id, JSON.parse(dated[id] ?? '{}').observations as DatedValue[]]),
);
const table = computeMetrics(series, method.minDays);
const readings = scoreHistory(table, method);
const at = (q: string) => {
  const r = readingAt(readings, q);
  if (!r) throw new Error(`no reading at ${q}`);
  return r;
};

describe('history v1 on the committed fixtures', () => {
  it('loads its method fixture without errors', () => {
    expect(loaded.errors).toEqual([]);
    expect(method.thresholds.map((t) => t.metric).sort()).toEqual([...HISTORY_METRIC_IDS].sort());
  });

  it("reproduces the issue's and the data notes' reference values", () => {
    expect(at('2000-Q1').raw['equities-gdp']).toBeCloseTo(162.6, 1);
    expect(at('2007-Q3').raw['equities-gdp']).toBeCloseTo(120.6, 1);
    expect(at('2025-Q4').raw['equities-gdp']).toBeCloseTo(228.8, 1);
    expect(at('2000-Q1').raw['infotech-gdp']).toBeCloseTo(4.31, 2);
    expect(at('2024-Q4').raw['infotech-gdp']).toBeCloseTo(4.09, 2);
    expect(at('2000-Q4').raw['debt-yoy']).toBeCloseTo(7.5, 1);
    expect(at('2002-Q4').raw['debt-yoy']).toBeCloseTo(0.6, 1);
    // NASDAQ: the dot-com low (2002-10-09) was 77.9% below the 2000 peak; Q4 2002's mean is near it.
    expect(at('2002-Q4').raw['nasdaq-drawdown']).toBeGreaterThan(70);
    expect(at('2000-Q1').raw['nasdaq-drawdown']).toBeLessThan(5);
  });

  it('averages daily spreads by quarter to the yearly means of the data notes', () => {
    const year = (y: number) =>
      [1, 2, 3, 4].map((n) => at(`${y}-Q${n}`).raw['bbb-oas'] as number).reduce((a, b) => a + b, 0) / 4;
    // Annual means of daily values: 2000 2.099, 2008 4.134 (quarter means weigh quarters equally).
    expect(year(2000)).toBeCloseTo(2.1, 1);
    expect(year(2008)).toBeCloseTo(4.13, 1);
  });

  it('marks the 2000 and 2007 peaks where equities/GDP and the NASDAQ topped out', () => {
    const eq = [...table.values['equities-gdp']].filter(([, v]) => v !== null) as [string, number][];
    const maxIn = (from: string, to: string) =>
      eq.filter(([q]) => q >= from && q <= to).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    expect(method.peaks.map((p) => p.quarter)).toEqual(['2000-Q1', '2007-Q3']);
    expect(maxIn('1997-Q1', '2009-Q4')[0]).toBe('2000-Q1');
    // 2007-Q3 (the reference quarter) is within 0.2 points of the 2003–2009 high (2007-Q2).
    expect(maxIn('2003-Q1', '2009-Q4')[1] - (at('2007-Q3').raw['equities-gdp'] ?? 0)).toBeLessThan(0.2);
    const nasdaq = (series.NASDAQCOM ?? []).filter(([, v]) => v !== null) as [string, number][];
    const high = (y: string) => nasdaq.filter(([d]) => d.startsWith(y)).sort((a, b) => b[1] - a[1])[0];
    expect(high('2000')).toEqual(['2000-03-10', 5048.62]);
    expect(high('2007')).toEqual(['2007-10-31', 2859.12]);
    expect(method.peaks[0]?.note).toContain('5,048.62 on 2000-03-10');
    expect(method.peaks[1]?.note).toContain('2007-10-31 (2,859.12)');
  });

  it('flags the equities jump of the latest quarter as provisional, and nothing in 1997–2025', () => {
    expect(table.provisional['equities-gdp'].has('2026-Q2')).toBe(true);
    expect(at('2026-Q2').provisional).toContain('equities-gdp');
    expect(readings.filter((r) => r.quarter < '2026-Q1' && r.provisional.length > 0)).toEqual([]);
  });

  it('scores today with the components that have data, and not a quarter with too few', () => {
    const latest = latestReading(readings);
    expect(latest?.quarter).toBe('2026-Q1');
    expect(latest?.covered).toEqual(['valuation', 'credit', 'debt']);
    expect(at('2026-Q2').value).toBeNull();
  });

  it('places today between the 2007 and 2000 readings', () => {
    const p = placeToday(readings, ['2000-Q1', '2007-Q3']);
    expect(p?.low.quarter).toBe('2007-Q3');
    expect(p?.high.quarter).toBe('2000-Q1');
    expect(p?.place).toBe('between');
  });
});

describe("README's history table", () => {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const start = readme.indexOf('## Back-tested history');
  // Up to the next top-level section (method v2 has its own tables and test).
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const rows = section
    .split('\n')
    .filter((l) => /^\| (\*\*)?(latest, )?\d{4}-Q\d/.test(l))
    .map((l) => l.split('|').map((c) => c.replace(/\*/g, '').trim()));

  it('recomputes from the fixtures: each component score and the composite', () => {
    expect(rows.map((r) => r[1]?.replace('latest, ', ''))).toEqual([
      '2000-Q1',
      '2007-Q3',
      '2009-Q1',
      '2021-Q4',
      latestReading(readings)?.quarter,
    ]);
    for (const r of rows) {
      const q = (r[1] ?? '').replace('latest, ', '');
      const reading = at(q);
      HISTORY_COMPONENT_IDS.forEach((c, i) => {
        const s = reading.scores[c];
        expect(r[2 + i], `${q} ${c}`).toBe(s === null ? '–' : s.toFixed(2));
      });
      expect(r[6], `${q} composite`).toBe(reading.value?.toFixed(1));
      expect(r[7], `${q} components`).toBe(`${reading.covered.length} of 4`);
    }
  });

  it('states the sensitivity result the method gives', () => {
    const quarters = rows.map((r) => (r[1] ?? '').replace('latest, ', ''));
    const s = sensitivity(table, method, quarters);
    const unchanged = s.cases.filter((c) => !c.changed).length;
    const text = section.replace(/\s+/g, ' ');
    expect(text).toContain(`unchanged in ${unchanged} of ${s.cases.length}`);
    expect(text).toContain(`ranking: ${s.base.join(' > ')}`);
    const top = new Set(s.cases.map((c) => c.ranking[0]));
    const bottom = new Set(s.cases.map((c) => c.ranking.at(-1)));
    expect([...top]).toEqual([s.base[0]]);
    expect([...bottom]).toEqual([s.base.at(-1)]);
    expect(text).toContain(`${s.base[0]} stays highest and ${s.base.at(-1)} lowest in every case`);
  });
});

describe('history v1 composite (property)', () => {
  const someMetric = fc.option(fc.double({ min: -50, max: 300, noNaN: true }), { nil: null });
  it('stays within 0–100, adds up, and needs minComponents', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(...HISTORY_METRIC_IDS.map(() => someMetric)), { minLength: 1, maxLength: 8 }),
        (qs) => {
          const values = {} as Record<HistoryMetricId, Map<string, number | null>>;
          const provisional = {} as Record<HistoryMetricId, Set<string>>;
          HISTORY_METRIC_IDS.forEach((m, i) => {
            values[m] = new Map(qs.map((row, k) => [addQuarters('2000-Q1', k), row[i] ?? null]));
            provisional[m] = new Set();
          });
          const out = scoreHistory({ values, provisional, missing: [] }, { ...method, from: '2000-Q1' });
          for (const r of out) {
            if (r.value === null) {
              expect(r.covered.length).toBeLessThan(method.minComponents);
              continue;
            }
            expect(r.value).toBeGreaterThanOrEqual(0);
            expect(r.value).toBeLessThanOrEqual(100 + 1e-9);
            const sum = HISTORY_COMPONENT_IDS.reduce((a, c) => a + (r.contributions[c] ?? 0), 0);
            expect(sum).toBeCloseTo(r.value, 9);
            expect(r.covered.length).toBeGreaterThanOrEqual(method.minComponents);
          }
        },
      ),
    );
  });
});
