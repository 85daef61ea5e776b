import { describe, expect, it } from 'vitest';
import { realDatedFiles } from '../../tests/fixture-files';
import type { DatedSeries } from '../domain/types';
import { loadDatedSeries } from './dated';
import {
  checkCandidate,
  diffRows,
  importedDatedSeries,
  parseFredCsv,
  spliceRows,
  updateProblems,
} from './fred-update';

const gdp = loadDatedSeries('fred/GDP.json', realDatedFiles().GDP ?? '', null).series as DatedSeries;

describe('parseFredCsv (FRED’s download, strictly)', () => {
  it('reads FRED’s layouts: observation_date or DATE, blank or "." for a missing day', () => {
    expect(parseFredCsv('observation_date,GDP\n2026-01-01,31906.274\n2026-04-01,\n', 'GDP')).toEqual({
      ok: true,
      rows: [
        ['2026-01-01', 31906.274],
        ['2026-04-01', null],
      ],
    });
    expect(
      parseFredCsv('DATE,BAMLC0A4CBBB\r\n2026-01-01,.\r\n2026-01-02,0.95\r\n', 'BAMLC0A4CBBB'),
    ).toMatchObject({
      ok: true,
      rows: [
        ['2026-01-01', null],
        ['2026-01-02', 0.95],
      ],
    });
    expect(parseFredCsv('observation_date,fred/GDP\n2026-01-01,1\n', 'GDP').ok).toBe(true);
  });

  it('refuses an HTML page, another series, a bad row, an empty body and a file cut off', () => {
    const code = (text: string) => {
      const r = parseFredCsv(text, 'GDP');
      return r.ok ? 'ok' : r.problem.code;
    };
    expect(code('<!DOCTYPE html><html><body>Error</body></html>\n')).toBe('html');
    expect(code('observation_date,GNP\n2026-01-01,1\n')).toBe('header');
    expect(code('observation_date,GDP\n2026-01-01,n/a\n')).toBe('row');
    expect(code('observation_date,GDP\n2026-01-0\n')).toBe('row');
    expect(code('')).toBe('empty');
    expect(code('observation_date,GDP\n')).toBe('empty');
    expect(code('observation_date,GDP\n2026-01-01,31906.274\n2026-04-01,3256')).toBe('truncated');
  });
});

describe('spliceRows and diffRows', () => {
  const old: Array<[string, number | null]> = [
    ['2026-01-01', 1],
    ['2026-01-02', 2],
    ['2026-01-03', 3],
    ['2026-01-04', 4],
  ];
  it('replaces the span the new rows cover and keeps the rest, scaling FRED’s units', () => {
    expect(
      spliceRows(
        old,
        [
          ['2026-01-03', 30_000],
          ['2026-01-02', 20_000],
        ],
        1000,
      ),
    ).toEqual([
      ['2026-01-01', 1],
      ['2026-01-02', 20],
      ['2026-01-03', 30],
      ['2026-01-04', 4],
    ]);
    expect(spliceRows(old, [])).toEqual(old);
  });
  it('lists new, revised and dropped dates', () => {
    const next: Array<[string, number | null]> = [
      ['2026-01-01', 1],
      ['2026-01-02', 2.5],
      ['2026-01-04', 4],
      ['2026-01-05', 5],
    ];
    expect(diffRows(old, next)).toEqual({
      added: [['2026-01-05', 5]],
      revised: [['2026-01-02', 2, 2.5]],
      removed: ['2026-01-03'],
    });
  });
  it('flags a download that ends early or drops dates', () => {
    const s = { observations: old, asOf: '2026-01-04' };
    expect(updateProblems(s, old.slice(0, 3)).map((p) => p.code)).toEqual(['ends-early']);
    expect(updateProblems(s, [old[0], old[1], old[3]] as typeof old).map((p) => p.code)).toEqual(['dropped']);
    expect(updateProblems(s, [...old, ['2026-01-05', 5]])).toEqual([]);
  });
});

describe('importedDatedSeries (the browser’s check of an analyst’s FRED file)', () => {
  const file = (points: Array<[string | number, number]>, unit: 'usd-bn' | null = null) => ({
    name: 'fred/GDP',
    format: 'fred' as const,
    unit,
    unitText: unit ?? '',
    file: 'fred-GDP.csv',
    points: points.map(([period, value]) => ({
      period,
      value,
      kind: 'reported' as const,
      source: 'FRED GDP',
    })),
  });
  it('merges a valid file into the built-in series, through the app’s loader', () => {
    const r = importedDatedSeries(gdp, file([['2026-04-01', 33_000]]));
    expect(r.series?.observations.at(-1)).toEqual(['2026-04-01', 33_000]);
    expect(r.series?.observations.length).toBe(gdp.observations.length);
    expect(r.series && 'span' in r ? r.span : null).toEqual(['2026-04-01', '2026-04-01']);
  });
  it('says what is wrong: not dates, a wrong unit, a date off the quarter grid', () => {
    expect(importedDatedSeries(gdp, file([[2026, 1]])).series).toBeNull();
    const notDates = importedDatedSeries(gdp, file([[2026, 1]]));
    expect(!notDates.series && notDates.problems[0]?.code).toBe('not-dates');
    const unit = importedDatedSeries(gdp, {
      ...file([['2026-04-01', 1]]),
      unit: 'pct' as never,
      unitText: '%',
    });
    expect(!unit.series && unit.problems[0]?.code).toBe('unit');
    // A monthly date in a quarterly series: the app's loader says so, file › path: reason.
    const month = importedDatedSeries(gdp, file([['2026-05-01', 1]]));
    expect(!month.series && month.problems[0]).toMatchObject({
      code: 'invalid',
      load: { code: 'quarter-date' },
    });
  });
  it('checks a candidate with the loader used at start-up', () => {
    expect(checkCandidate(gdp, null).series).not.toBeNull();
    expect(checkCandidate({ ...gdp, observations: [] }, null).series).toBeNull();
  });
});
