/**
 * The panel's pure preparation function, run on the real fixtures. Expected numbers are worked out
 * here from the fixture JSON (read separately from disk), not taken from the module under test.
 */
import { describe, expect, it } from 'vitest';
import { D, EMPTY, type RawObs, rawSeries, SCENARIO, sum } from '../../../tests/panel-fixtures';
import { prepareDcInvestment } from './prepare';

describe('prepareDcInvestment', () => {
  const { rows, range, runRate } = prepareDcInvestment(D, SCENARIO);
  const row = (y: number) => rows.find((r) => r.year === y);
  const quoted = rawSeries('dc-investment.json', 'article-range').observations[0] as RawObs;
  const pathValues = [0, 1, 2, 3, 4, 5].map((k) => 405 * 1.22 ** k);

  it('draws the other houses’ figures in their rows’ kinds and the cumulative path as the scenario', () => {
    const { kinds, refs } = prepareDcInvestment(D, SCENARIO);
    for (const [id, key] of [
      ['mckinsey', 'mckinsey'],
      ['morgan-stanley', 'ms'],
    ] as const)
      for (const o of rawSeries('dc-investment.json', id).observations) {
        expect(kinds[key]?.[Number(o.period)]).toBe(o.kind);
        expect(refs[key]?.[Number(o.period)]).toEqual({ series: `dc-investment/${id}`, period: o.period });
      }
    for (const r of rows) expect(kinds.cumulative?.[r.year]).toBe('scenario');
  });

  it('spans 2025 to the end year of the quoted range', () => {
    expect(rows.map((r) => r.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(range).toEqual({ low: quoted.low, high: quoted.high, from: 2025, to: 2030 });
    expect(range).toEqual({ low: 3000, high: 5200, from: 2025, to: 2030 });
  });

  it('accumulates the capex path year by year', () => {
    expect(row(2025)?.cumulative).toBeCloseTo(405, 9);
    expect(row(2027)?.cumulative).toBeCloseTo(sum(pathValues.slice(0, 3)), 9);
    expect(row(2030)?.cumulative).toBeCloseTo(sum(pathValues), 6);
  });

  it('draws the band straight to the quoted range by 2030', () => {
    const band = (y: number) => row(y)?.band as readonly [number, number];
    expect(band(2030)[0]).toBeCloseTo(3000, 9);
    expect(band(2030)[1]).toBeCloseTo(5200, 9);
    expect(band(2025)[0]).toBeCloseTo(3000 / 6, 9);
    expect(band(2025)[1]).toBeCloseTo(5200 / 6, 9);
    expect(band(2027)[0]).toBeCloseTo(1500, 9);
  });

  it('marks McKinsey and Morgan Stanley at their years', () => {
    expect(row(2030)?.mckinsey).toBe(rawSeries('dc-investment.json', 'mckinsey').observations[0]?.value);
    expect(row(2028)?.ms).toBe(2900);
  });

  it('gives the implied yearly run-rates', () => {
    expect(runRate?.low).toBeCloseTo(3000 / 6, 9);
    expect(runRate?.high).toBeCloseTo(5200 / 6, 9);
    expect(runRate?.path).toBeCloseTo(sum(pathValues) / 6, 6);
  });

  it('copes with an empty dataset map', () => {
    const empty = prepareDcInvestment(EMPTY, SCENARIO);
    expect(empty.range).toBeNull();
    expect(empty.runRate).toBeNull();
    for (const r of empty.rows) {
      expect(r.cumulative).toBeUndefined();
      expect(r.band).toBeUndefined();
    }
  });
});
