import { describe, expect, it } from 'vitest';
import { realDatedFiles, realFiles } from '../../tests/fixture-files';
import { FRED_SERIES_IDS } from '../domain/ids';
import type { DatedSeries, DatedValue } from '../domain/types';
import { datedFileName, loadDatedSeries } from './dated';
import { loadFixtures } from './load';

const base = {
  id: 'GDP',
  title: 'Gross Domestic Product',
  unit: 'usd-bn',
  frequency: 'quarterly',
  kind: 'reported',
  sourceId: 'fred-gdp',
  asOf: '2000-04-01',
  provenance: {
    publisher: 'FRED',
    url: 'https://fred.stlouisfed.org/series/GDP',
    originalSource: 'BEA',
    fredUnits: 'Billions of dollars',
    copiedFrom: 'a copy',
    inputFile: 'fred-GDP.csv',
    sha256: 'a'.repeat(64),
    checks: 'README',
    note: '',
  },
  observations: [
    ['2000-01-01', 10002.179],
    ['2000-04-01', 10247.72],
  ],
};
const known = new Set(['fred-gdp']);
const load = (over: Record<string, unknown>, file = 'fred/GDP.json') =>
  loadDatedSeries(file, JSON.stringify({ ...base, ...over }), known);

describe('dated series loader', () => {
  it('accepts a valid series and keeps missing days as null', () => {
    const r = load({
      frequency: 'daily',
      unit: 'pct',
      observations: [
        ['2000-01-03', 1.5],
        ['2000-01-04', null],
        ['2000-01-05', 1.6],
      ],
    });
    expect(r.errors).toEqual([]);
    expect(r.series?.observations).toEqual([
      ['2000-01-03', 1.5],
      ['2000-01-04', null],
      ['2000-01-05', 1.6],
    ]);
  });

  it('rejects a value given as text or zero-filled marker, naming the path', () => {
    const r = load({ observations: [['2000-01-01', '.']] });
    expect(r.series).toBeNull();
    expect(r.errors[0]?.path).toBe('observations[0][1]');
  });

  it('rejects a bad date', () => {
    const r = load({ observations: [['2000-1-1', 1]] });
    expect(r.errors[0]).toMatchObject({ path: 'observations[0][0]', code: 'format-custom' });
  });

  it('rejects dates out of order, quarterly dates off the quarter start and all-missing series', () => {
    expect(
      load({
        observations: [
          ['2000-04-01', 1],
          ['2000-01-01', 2],
        ],
      }).errors[0],
    ).toMatchObject({ code: 'date-order', path: 'observations[1][0]', params: { date: '2000-01-01' } });
    expect(load({ observations: [['2000-02-01', 1]] }).errors[0]).toMatchObject({ code: 'quarter-date' });
    expect(load({ observations: [['2000-01-01', null]] }).errors[0]).toMatchObject({ code: 'no-values' });
  });

  it('cross-checks the file name and the source', () => {
    expect(load({}, 'fred/NASDAQCOM.json').errors[0]).toMatchObject({ code: 'id-mismatch', path: 'id' });
    expect(load({ sourceId: 'nowhere' }).errors[0]).toMatchObject({
      code: 'unknown-source',
      path: 'sourceId',
    });
  });

  it('reports broken JSON and unknown ids without throwing', () => {
    expect(loadDatedSeries('fred/GDP.json', '{', known).errors[0]?.code).toBe('json');
    expect(load({ id: 'SP500' }).errors[0]).toMatchObject({ code: 'enum', path: 'id' });
  });
});

describe('the committed FRED fixtures', () => {
  const files = realDatedFiles();
  const sources = loadFixtures(realFiles()).sources;
  const sourceIds = new Set(sources.map((s) => s.id));
  const all = new Map<string, DatedSeries>();
  for (const id of FRED_SERIES_IDS) {
    const r = loadDatedSeries(datedFileName(id), files[id] ?? '', sourceIds);
    if (r.series) all.set(id, r.series);
    else throw new Error(`${id}: ${JSON.stringify(r.errors)}`);
  }
  const get = (id: string): DatedSeries => {
    const s = all.get(id);
    if (!s) throw new Error(id);
    return s;
  };
  const at = (id: string, date: string): DatedValue | undefined =>
    get(id).observations.find(([d]) => d === date);
  const missing = (id: string) => get(id).observations.filter(([, v]) => v === null);

  it('exist for every FRED series id and load without errors', () => {
    expect(Object.keys(files).sort()).toEqual([...FRED_SERIES_IDS].sort());
    expect(all.size).toBe(FRED_SERIES_IDS.length);
  });

  it('hold the rows and missing days of the shared copies (shared/data/README.md)', () => {
    expect(get('BAMLC0A4CBBB').observations).toHaveLength(7733);
    expect(missing('BAMLC0A4CBBB')).toHaveLength(94);
    expect(at('BAMLC0A4CBBB', '2000-04-28')).toEqual(['2000-04-28', 2.2]);
    expect(at('BAMLC0A4CBBB', '2026-01-31')).toEqual(['2026-01-31', 0.95]);
    expect(at('BAMLC0A4CBBB', '2025-12-25')).toEqual(['2025-12-25', null]);
    // HY's '.' days are the BBB file's blank days.
    expect(missing('BAMLH0A0HYM2').map(([d]) => d)).toEqual(
      missing('BAMLC0A4CBBB')
        .map(([d]) => d)
        .filter((d) => d <= '2026-03-12'),
    );
    expect(at('BAMLH0A0HYM2', '2008-12-15')).toEqual(['2008-12-15', 21.82]);
    expect(missing('NASDAQCOM')).toHaveLength(478);
    expect(at('NASDAQCOM', '2000-03-10')).toEqual(['2000-03-10', 5048.62]);
    expect(get('BAMLC0A0CM').asOf).toBe('2025-12-30');
  });

  it('store Z.1 levels in USD billions (FRED: millions) and BEA series as published', () => {
    expect(at('NCBEILQ027S', '2000-01-01')?.[1]).toBe(16264.941);
    expect(at('NCBEILQ027S', '2025-10-01')?.[1]).toBe(71994.893);
    expect(at('NCBDBIQ027S', '2026-01-01')?.[1]).toBe(9136.223);
    expect(at('GDP', '2025-10-01')?.[1]).toBe(31462.523);
    expect(at('A679RC1Q027SBEA', '2024-04-01')?.[1]).toBe(1185.78);
    expect(get('NCBEILQ027S').unit).toBe('usd-bn');
    expect(get('NASDAQCOM').unit).toBe('index');
  });

  it("carry ICE's notice on the ICE BofA series and a source for every series", () => {
    for (const id of ['BAMLC0A4CBBB', 'BAMLH0A0HYM2', 'BAMLC0A0CM']) {
      expect(get(id).licence?.owner).toBe('ICE Data Indices, LLC');
      expect(get(id).licence?.notice).toMatch(/prior written permission of ICE Data Indices/);
    }
    for (const id of ['GDP', 'NCBEILQ027S', 'A679RC1Q027SBEA']) expect(get(id).licence).toBeUndefined();
    for (const s of all.values()) {
      expect(sourceIds.has(s.sourceId)).toBe(true);
      expect(s.provenance.url).toBe(`https://fred.stlouisfed.org/series/${s.id}`);
      expect(s.asOf).toBe(s.observations.at(-1)?.[0]);
    }
  });
});
