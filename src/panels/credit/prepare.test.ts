import { describe, expect, it } from 'vitest';
import { realDatedFiles, realFiles } from '../../../tests/fixture-files';
import { loadDatedSeries } from '../../data/dated';
import { loadFixtures } from '../../data/load';
import type { DatedSeries } from '../../domain/types';
import { dailyLine, prepareCredit } from './prepare';

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
