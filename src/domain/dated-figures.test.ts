import { describe, expect, it } from 'vitest';
import { annualMeans } from './dated-figures';
import type { DatedSeries } from './types';

describe('annualMeans', () => {
  const series = (observations: DatedSeries['observations']): DatedSeries => ({
    id: 'BAMLC0A4CBBB',
    title: 'test',
    unit: 'pct',
    frequency: 'daily',
    kind: 'reported',
    sourceId: 'x',
    asOf: '2021-01-04',
    provenance: {
      publisher: 'test',
      url: 'https://fred.stlouisfed.org/',
      originalSource: 'test',
      fredUnits: 'percent',
      copiedFrom: 'test',
      inputFile: 'test.csv',
      sha256: '0'.repeat(64),
      checks: '',
      note: '',
    },
    observations,
  });

  it('averages each calendar year, leaving out missing days, and keeps the count', () => {
    const s = series([
      ['2020-01-02', 1],
      ['2020-06-30', null],
      ['2020-12-31', 2],
      ['2021-01-04', 5],
    ]);
    const m = annualMeans(s);
    expect(m.get(2020)).toEqual({ mean: 1.5, count: 2 });
    expect(m.get(2021)).toEqual({ mean: 5, count: 1 });
    expect(m.has(2019)).toBe(false);
    expect(annualMeans(undefined).size).toBe(0);
  });

  it('computes a series once: the same series gives the same result object, another series its own', () => {
    const a = series([['2020-01-02', 1]]);
    const b = series([['2020-01-02', 3]]);
    expect(annualMeans(a)).toBe(annualMeans(a));
    expect(annualMeans(b).get(2020)?.mean).toBe(3);
    expect(annualMeans(a).get(2020)?.mean).toBe(1);
  });
});
