import { describe, expect, it } from 'vitest';
import { realDatedFiles, realFiles } from '../../../tests/fixture-files';
import { loadDatedSeries } from '../../data/dated';
import { loadFixtures } from '../../data/load';
import type { DatedSeries } from '../../domain/types';
import { creditTable, dailyLine, prepareCredit } from './prepare';

const thresholds = loadFixtures(realFiles()).thresholds?.thresholds ?? [];
const bbb = loadDatedSeries('fred/BAMLC0A4CBBB.json', realDatedFiles().BAMLC0A4CBBB ?? '', null)
  .series as DatedSeries;
const raw = JSON.parse(realDatedFiles().BAMLC0A4CBBB ?? '{}') as { observations: [string, number | null][] };
/** Mean in bp of the raw JSON values between two years, by hand. */
const handMean = (from: number, to: number) => {
  const v = raw.observations.filter(([d, x]) => x !== null && +d.slice(0, 4) >= from && +d.slice(0, 4) <= to);
  return (100 * v.reduce((a, [, x]) => a + (x as number), 0)) / v.length;
};

describe('prepareCredit', () => {
  const data = prepareCredit(bbb, thresholds);

  it('takes the reference lines from the daily values of 2000–2002 and 2008–2009', () => {
    expect(data.dotcom).toBeCloseTo(handMean(2000, 2002), 9);
    expect(data.gfc).toBeCloseTo(handMean(2008, 2009), 9);
    expect(Math.round(data.dotcom ?? 0)).toBe(241);
    expect(Math.round(data.gfc ?? 0)).toBe(445);
  });

  it('has one yearly mean per year, the running year an estimate', () => {
    expect(data.rows.find((r) => r.year === 2025)?.mean).toBeCloseTo(handMean(2025, 2025), 9);
    expect(data.kinds.mean?.[2025]).toBe('reported');
    expect(data.kinds.mean?.[2026]).toBe('estimate');
    expect(data.days + data.missing).toBe(raw.observations.length);
  });

  it("reads the gauge's warning and alert levels from the thresholds", () => {
    const t = thresholds.find((x) => x.metric === 'bbb-spread');
    expect([data.warning, data.alert]).toEqual([t?.calm, t?.extreme]);
  });

  it('copes with no series', () => {
    expect(prepareCredit(undefined, [])).toMatchObject({ rows: [], dotcom: null, gfc: null, asOf: null });
  });
});

describe('dailyLine', () => {
  const mk = (obs: [string, number | null][]): DatedSeries => ({ ...bbb, observations: obs });

  it('breaks the line at a missing day and never fills it', () => {
    const line = dailyLine(
      mk([
        ['2025-01-02', 1],
        ['2025-01-03', null],
        ['2025-01-06', 1.2],
      ]),
      2020,
      2030,
      800,
    );
    expect(line.map((p) => p.y)).toEqual([100, null, 120]);
  });

  it('keeps only the days within the range and downsamples long runs', () => {
    const line = dailyLine(bbb, 2019.5, 2026.5, 200);
    expect(line.length).toBeLessThan(400);
    for (const p of line) expect(p.x).toBeGreaterThanOrEqual(2019.5);
    // Every drawn value is one of the series' own values (LTTB keeps input points).
    const values = new Set(raw.observations.map(([, v]) => (v === null ? null : v * 100)));
    for (const p of line) if (p.y !== null) expect(values.has(p.y)).toBe(true);
  });
});

describe('creditTable', () => {
  const table = creditTable(bbb, thresholds);
  const mk = (obs: [string, number | null][], asOf: string): DatedSeries => ({
    ...bbb,
    observations: obs,
    asOf,
  });

  it('has one row per year with data, newest first, each with its mean and its last value', () => {
    const years = [...new Set(raw.observations.filter(([, v]) => v !== null).map(([d]) => +d.slice(0, 4)))];
    expect(table.years.map((r) => r.year)).toEqual(years.sort((a, b) => b - a));
    const y2008 = table.years.find((r) => r.year === 2008);
    expect(y2008?.mean).toBeCloseTo(handMean(2008, 2008), 9);
    const last2008 = raw.observations.filter(([d, v]) => d.startsWith('2008') && v !== null).at(-1);
    expect(y2008?.lastDate).toBe(last2008?.[0]);
    expect(y2008?.last).toBeCloseTo(100 * (last2008?.[1] as number), 9);
    expect(table.years.reduce((a, r) => a + r.days + r.missing, 0)).toBe(raw.observations.length);
  });

  it('marks the running year as an estimate and complete years as the series’ kind', () => {
    expect(table.years[0]).toMatchObject({ year: 2026, kind: 'estimate' });
    expect(table.years.find((r) => r.year === 2025)?.kind).toBe('reported');
  });

  it('lists the chart’s reference lines: the two period means (same as the chart’s) and the gauge thresholds', () => {
    const chart = prepareCredit(bbb, thresholds);
    const ref = (id: string) => table.references.find((r) => r.id === id);
    expect(ref('dotcom')?.value).toBeCloseTo(handMean(2000, 2002), 9);
    expect(ref('dotcom')?.value).toBeCloseTo(chart.dotcom ?? 0, 9);
    expect(ref('gfc')?.value).toBeCloseTo(handMean(2008, 2009), 9);
    expect(ref('dotcom')?.years).toEqual([2000, 2002]);
    const t = thresholds.find((x) => x.metric === 'bbb-spread');
    expect([ref('warning')?.value, ref('alert')?.value]).toEqual([t?.calm, t?.extreme]);
    expect(ref('alert')?.sourceIds).toEqual(t?.sourceIds);
  });

  it('counts a missing day as missing, never as a value, and copes with no series', () => {
    const small = creditTable(
      mk(
        [
          ['2024-12-30', 1],
          ['2024-12-31', null],
          ['2025-01-02', 2],
          ['2025-01-03', null],
        ],
        '2025-01-03',
      ),
      [],
    );
    expect(small.years).toEqual([
      { year: 2025, mean: 200, last: 200, lastDate: '2025-01-02', days: 1, missing: 1, kind: 'estimate' },
      { year: 2024, mean: 100, last: 100, lastDate: '2024-12-30', days: 1, missing: 1, kind: 'reported' },
    ]);
    expect(creditTable(undefined, thresholds)).toEqual({ years: [], references: [] });
  });
});
