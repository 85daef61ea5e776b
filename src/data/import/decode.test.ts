import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { KIND_IDS, type Unit } from '../../domain/types';
import { firstPaintFiles } from '../fixtures';
import { decodeBytes, decodeFile, decodeText, normaliseDate } from './decode';
import { fileErrorText, rowErrorText } from './messages';
import type { BuiltinUnit, DecodeResult } from './result';
import { parseUnit } from './units';

const BUILTIN: Record<string, Unit> = { 'ig-share/ai-share': 'pct', 'hyperscaler-capex/alphabet': 'usd-bn' };
const builtinUnit: BuiltinUnit = (name) => BUILTIN[name];
const utf8 = (s: string) => new TextEncoder().encode(s);

function ok(r: DecodeResult) {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r)}`);
  return r;
}
function fail(r: DecodeResult) {
  if (r.ok) throw new Error('expected failure, got success');
  return r;
}

describe('units', () => {
  it.each([
    ['USD bn', 'usd-bn'],
    ['$bn', 'usd-bn'],
    ['usd-bn', 'usd-bn'],
    ['  usd   BN ', 'usd-bn'],
    ['%', 'pct'],
    ['percent', 'pct'],
    ['Percent', 'pct'],
    ['years', 'years'],
    ['bps', 'bp'],
  ])('%s → %s', (text, unit) => {
    expect(parseUnit(text)).toBe(unit);
  });
  it('free text is not a unit id', () => {
    expect(parseUnit('GW of capacity')).toBeNull();
  });
});

describe('dates', () => {
  it('keeps ISO dates, turns date-times into UTC', () => {
    expect(normaliseDate('2025-10-29')).toBe('2025-10-29');
    expect(normaliseDate('2025-10-29T14:00Z')).toBe('2025-10-29T14:00:00Z');
    expect(normaliseDate('2025-10-29 14:30:00')).toBe('2025-10-29T14:30:00Z');
    expect(normaliseDate('2025-10-29T14:00:00+02:00')).toBe('2025-10-29T12:00:00Z');
    expect(normaliseDate('2025-10-29T14:00:00+0200')).toBe('2025-10-29T12:00:00Z');
  });
  it('refuses impossible dates', () => {
    expect(normaliseDate('2025-02-30')).toBeNull();
    expect(normaliseDate('2025-13-01')).toBeNull();
    expect(normaliseDate('2025-01-01T25:00')).toBeNull();
    expect(normaliseDate('29/10/2025')).toBeNull();
  });
});

describe('long format', () => {
  it('groups rows into series, with units, kinds, notes, dates and overrides', () => {
    const csv = [
      'series,year,value,unit,source,kind,note',
      'ig-share/ai-share,2025,15,%,My desk,estimate,revised',
      'ig-share/ai-share,2030,24,percent,My desk,projection,',
      'my-capex,2026,700,USD bn,Own model,,',
      'my-capex,2027,820.5,$bn,Own model,,',
    ].join('\n');
    const r = ok(decodeText(csv, 'mine.csv', builtinUnit));
    expect(r.rows).toBe(4);
    expect(r.format).toBe('long');
    const [ig, mine] = r.series;
    expect(ig?.name).toBe('ig-share/ai-share');
    expect(ig?.unit).toBe('pct');
    expect(ig?.points).toEqual([
      { period: 2025, value: 15, kind: 'estimate', source: 'My desk', note: 'revised' },
      { period: 2030, value: 24, kind: 'projection', source: 'My desk' },
    ]);
    expect(mine?.unit).toBe('usd-bn');
    expect(mine?.points.map((p) => p.value)).toEqual([700, 820.5]);
    expect(mine?.points[0]?.kind).toBe('reported');
  });

  it('takes a date (ISO date or date-time) instead of a year, sorted by time', () => {
    const csv = [
      'series,date,value,unit,source',
      'load,2026-01-01T02:00Z,3,GW,grid',
      'load,2026-01-01T01:00:00Z,2,GW,grid',
      'load,2025-12-31,1,GW,grid',
    ].join('\n');
    const s = ok(decodeText(csv, 'load.csv', builtinUnit)).series[0];
    expect(s?.points.map((p) => p.period)).toEqual([
      '2025-12-31',
      '2026-01-01T01:00:00Z',
      '2026-01-01T02:00:00Z',
    ]);
    expect(s?.unit).toBeNull();
    expect(s?.unitText).toBe('GW');
  });

  it('names the row, the column and the reason', () => {
    const lines = ['series,year,value,unit,source'];
    for (let i = 2; i <= 13; i++) lines.push(`a,${2000 + i},${i},%,s`);
    lines.push('a,2030,n/a,%,s'); // row 14
    const r = fail(decodeText(lines.join('\n'), 'x.csv', builtinUnit));
    expect(r.rowErrors).toEqual([{ row: 14, column: 'value', code: 'number', got: 'n/a' }]);
    expect(r.totalRowErrors).toBe(1);
    expect(rowErrorText('en', r.rowErrors[0] as NonNullable<(typeof r.rowErrors)[0]>)).toBe(
      'row 14, value: expected a number, got "n/a"',
    );
  });

  it('lists the rows before an unclosed quote with it, each with its own reason', () => {
    const csv = [
      'series,year,value,unit,source,kind',
      'a,2024,1,%,s,estimate',
      'a,20x5,2,%,s,estimate', // row 3: a bad year
      'a,2026,lots,%,s,estimate', // row 4: a bad value
      'a,2027,4,%,s,guess', // row 5: a bad kind
      'a,2028,"5,%,s,estimate', // row 6: the quote is never closed
      'a,2029,6,%,s,estimate',
    ].join('\n');
    const r = fail(decodeText(csv, 'x.csv', builtinUnit));
    expect(r.rowErrors.map((e) => [e.row, e.code])).toEqual([
      [3, 'year'],
      [4, 'number'],
      [5, 'kind'],
      [6, 'csv'],
    ]);
    expect(r.totalRowErrors).toBe(4);
  });

  it('keeps a whole-file problem found before an unclosed quote', () => {
    const csv = ['series,year,value,unit', 'a,2024,1,%', 'a,2025,"2,%'].join('\n');
    const r = fail(decodeText(csv, 'x.csv', builtinUnit));
    expect(r.fileErrors.map((e) => e.code)).toEqual(['missingColumns']);
    expect(r.rowErrors.map((e) => [e.row, e.code])).toEqual([[3, 'csv']]);
  });

  it('lists the first 20 row errors and counts all of them', () => {
    const lines = ['series,year,value,unit,source'];
    for (let i = 0; i < 35; i++) lines.push(`a,${1990 + i},bad,%,s`);
    const r = fail(decodeText(lines.join('\n'), 'x.csv', builtinUnit));
    expect(r.rowErrors).toHaveLength(20);
    expect(r.totalRowErrors).toBe(35);
    expect(r.rowErrors[19]?.row).toBe(21);
  });

  it('reports missing cells, bad years, bad dates and unknown kinds', () => {
    const csv = [
      'series,year,date,value,unit,source,kind',
      ',2025,,1,%,s,',
      'a,20x5,,1,%,s,',
      'b,,2025-02-30,1,%,s,',
      'c,,,1,%,s,',
      'd,2025,,1,,s,guess',
    ].join('\n');
    const r = fail(decodeText(csv, 'x.csv', builtinUnit));
    expect(r.rowErrors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'series', 'required'],
      [3, 'year', 'year'],
      [4, 'date', 'date'],
      [5, 'year', 'period'],
      [6, 'unit', 'required'],
      [6, 'kind', 'kind'],
    ]);
    const kind = r.rowErrors.find((e) => e.code === 'kind');
    expect(kind && rowErrorText('en', kind)).toBe(
      `row 6, kind: expected one of ${KIND_IDS.join(', ')}, got "guess"`,
    );
  });

  it('JSON is an array of the same records', () => {
    const json = JSON.stringify([
      { series: 'hyperscaler-capex/alphabet', year: 2026, value: 95, unit: 'usd-bn', source: 'guidance' },
      {
        series: 'hyperscaler-capex/alphabet',
        date: '2027-06-30',
        value: '110',
        unit: 'USD bn',
        source: 'guidance',
      },
    ]);
    const r = ok(decodeText(json, 'a.json', builtinUnit));
    expect(r.series[0]?.points.map((p) => [p.period, p.value])).toEqual([
      [2026, 95],
      ['2027-06-30', 110],
    ]);
  });

  it('JSON records that are not objects are row errors', () => {
    const r = fail(
      decodeText(
        '[1, {"series":"a","year":2025,"value":"x","unit":"%","source":"s"}]',
        'a.json',
        builtinUnit,
      ),
    );
    expect(r.rowErrors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, 'record', 'record'],
      [2, 'value', 'number'],
    ]);
  });
});

describe('whole-file problems', () => {
  const code = (r: DecodeResult) => fail(r).fileErrors.map((e) => e.code);
  it('empty, unknown header, missing columns', () => {
    expect(code(decodeText('  \n', 'x.csv', builtinUnit))).toEqual(['empty']);
    expect(code(decodeText('a,b,c\n1,2,3', 'x.csv', builtinUnit))).toEqual(['header']);
    expect(code(decodeText('series,year,value\na,2025,1', 'x.csv', builtinUnit))).toEqual(['missingColumns']);
    expect(code(decodeText('series,year,value,unit,source\n', 'x.csv', builtinUnit))).toEqual(['noRows']);
  });
  it('bad JSON and JSON that is not an array', () => {
    expect(code(decodeText('[{', 'x.json', builtinUnit))).toEqual(['json']);
    expect(code(decodeText('{"a":1}', 'x.json', builtinUnit))).toEqual(['jsonShape']);
  });
  it('not UTF-8, over 50 MB', () => {
    expect(code(decodeFile(new Uint8Array([0x73, 0xff, 0xfe, 0x61]), 'x.csv', builtinUnit))).toEqual([
      'notUtf8',
    ]);
    const big = decodeBytes(new Uint8Array(50 * 1024 * 1024 + 1));
    expect('error' in big && big.error.code).toBe('tooLarge');
  });
  it('drops a byte-order mark', () => {
    const r = decodeFile(utf8('\ufeffseries,year,value,unit,source\na,2025,1,%,s'), 'x.csv', builtinUnit);
    expect(ok(r).series[0]?.name).toBe('a');
  });
  it('duplicate period and mixed units in one series, each named', () => {
    const r = fail(
      decodeText(
        'series,year,value,unit,source\na,2025,1,%,s\na,2025,2,%,s\nb,2025,1,%,s\nb,2026,1,USD bn,s',
        'x.csv',
        builtinUnit,
      ),
    );
    expect(r.fileErrors).toEqual([
      { code: 'duplicatePeriod', params: { series: 'a', period: '2025' } },
      { code: 'mixedUnits', params: { series: 'b', units: 'pct, usd-bn' } },
    ]);
    expect(fileErrorText('en', r.fileErrors[0] as NonNullable<(typeof r.fileErrors)[0]>)).toBe(
      'Series "a" has 2025 twice.',
    );
  });
  it('spellings of one unit are not mixed units', () => {
    ok(decodeText('series,year,value,unit,source\na,2025,1,%,s\na,2026,2,percent,s', 'x.csv', builtinUnit));
  });
  it('an override must keep the built-in unit', () => {
    const r = fail(
      decodeText('series,year,value,unit,source\nig-share/ai-share,2025,1,USD bn,s', 'x.csv', builtinUnit),
    );
    expect(r.fileErrors[0]?.code).toBe('overrideUnit');
  });
});

describe('FRED downloads', () => {
  it('observation_date,<ID>: blank and "." are missing days', () => {
    const csv = 'observation_date,DGS10\n2025-01-02,4.57\n2025-01-03,.\n2025-01-06,\n2025-01-07,4.69\n';
    const r = ok(decodeText(csv, 'DGS10.csv', builtinUnit));
    expect(r.format).toBe('fred');
    expect(r.series).toHaveLength(1);
    expect(r.series[0]?.name).toBe('DGS10');
    expect(r.series[0]?.points.map((p) => [p.period, p.value])).toEqual([
      ['2025-01-02', 4.57],
      ['2025-01-07', 4.69],
    ]);
  });
  it('the older DATE,<ID> header too; bad values name the series column', () => {
    const r = fail(decodeText('DATE,BAMLC0A4CBBB\n2025-01-02,1.1\n2025-01-03,abc\n', 'f.csv', builtinUnit));
    expect(r.rowErrors).toEqual([{ row: 3, column: 'BAMLC0A4CBBB', code: 'number', got: 'abc' }]);
  });
});

describe('OWID grapher CSV', () => {
  it('one series per entity', () => {
    const csv = [
      'Entity,Code,Year,GDP growth (annual %)',
      'United States,USA,2023,2.9',
      'United States,USA,2024,2.8',
      'Taiwan,TWN,2024,4.3',
      'World,OWID_WRL,2024,',
    ].join('\n');
    const r = ok(decodeText(csv, 'gdp.csv', builtinUnit));
    expect(r.format).toBe('owid');
    expect(r.series.map((s) => [s.name, s.points.length])).toEqual([
      ['United States', 2],
      ['Taiwan', 1],
    ]);
    expect(r.series[0]?.sources).toEqual(['Our World in Data: GDP growth (annual %)']);
  });
});

// ── Properties ────────────────────────────────────────────────────────────────────────────────────

const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
// -0 is written "0" in a file: compare numbers as files carry them.
const value = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);
const unit = fc.constantFrom('USD bn', '$bn', '%', 'percent', 'years', 'GW');
const seriesArb = fc
  .uniqueArray(
    fc.record({
      name,
      unit,
      years: fc.uniqueArray(fc.integer({ min: 1990, max: 2100 }), { minLength: 1, maxLength: 8 }),
    }),
    {
      selector: (s) => s.name,
      minLength: 1,
      maxLength: 4,
    },
  )
  .chain((series) =>
    fc.tuple(
      fc.constant(series),
      fc.array(value, {
        minLength: series.reduce((n, s) => n + s.years.length, 0),
        maxLength: series.reduce((n, s) => n + s.years.length, 0),
      }),
    ),
  )
  .map(([series, values]) => {
    let i = 0;
    return series.flatMap((s) =>
      s.years.map((year) => ({
        series: s.name,
        year,
        value: values[i++] ?? 0,
        unit: s.unit,
        source: 'src, "quoted"',
      })),
    );
  });

describe('properties', () => {
  it('CSV and JSON of the same records decode to the same series, with the exact figures', () => {
    fc.assert(
      fc.property(seriesArb, (records) => {
        const csv = Papa.unparse(records.map((r) => ({ ...r, value: String(r.value) })));
        const a = ok(decodeText(csv, 'x.csv', builtinUnit));
        const b = ok(decodeText(JSON.stringify(records), 'x.csv', builtinUnit));
        expect(a.series).toEqual(b.series);
        expect(a.rows).toBe(records.length);
        for (const r of records) {
          const s = a.series.find((x) => x.name === r.series);
          expect(s?.points.find((p) => p.period === r.year)?.value).toBe(r.value);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('atomic: one bad cell anywhere and no series comes out, the error names its row', () => {
    fc.assert(
      fc.property(seriesArb, fc.nat(), fc.constantFrom('n/a', '', '1,5', 'NaN'), (records, at, bad) => {
        const i = at % records.length;
        const rows = records.map((r, j) => ({ ...r, value: j === i ? bad : String(r.value) }));
        const r = fail(decodeText(Papa.unparse(rows), 'x.csv', builtinUnit));
        expect(r.rowErrors[0]).toMatchObject({ row: i + 2, column: 'value' });
        expect(r.totalRowErrors).toBe(1);
        expect('series' in r).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('FRED: every numeric day comes back, every "." is skipped', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.option(value, { nil: null }), { minLength: 40, maxLength: 40 }),
        (days, values) => {
          const rows = days.map(
            (d, i) =>
              [
                new Date(Date.UTC(2015, 0, 1) + d * 86400000).toISOString().slice(0, 10),
                values[i] ?? null,
              ] as const,
          );
          const csv = `observation_date,SERIES\n${rows.map(([d, v]) => `${d},${v === null ? '.' : v}`).join('\n')}`;
          const r = decodeText(csv, 'f.csv', builtinUnit);
          const expected = rows.filter(([, v]) => v !== null).sort(([a], [b]) => a.localeCompare(b));
          if (expected.length === 0) {
            expect(fail(r).fileErrors[0]?.code).toBe('noRows');
            return;
          }
          expect(ok(r).series[0]?.points.map((p) => [p.period, p.value])).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('example files in fixtures/examples/', () => {
  const dir = join(process.cwd(), 'fixtures/examples');
  const files = readdirSync(dir).filter((f) => /\.(csv|json)$/.test(f) && !f.includes('view'));
  it.each(files)('%s imports cleanly', (f) => {
    const r = decodeFile(new Uint8Array(readFileSync(join(dir, f))), f, builtinUnit);
    expect(ok(r).series.length).toBeGreaterThan(0);
  });
  it('are not bundled as fixtures', () => {
    expect(Object.keys(firstPaintFiles).some((k) => files.includes(k))).toBe(false);
  });
});
