import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  missingInputs,
  parseFredCsv,
  parseShillerCsv,
  readBacktestFiles,
  seriesIdFromFileName,
  splitCsvLine,
} from './parse';

describe('parseFredCsv', () => {
  it("reads FRED's current layout: blank = missing day", () => {
    const r = parseFredCsv(
      'fred-BAA10Y.csv',
      'observation_date,BAA10Y\n2001-09-10,2.01\n2001-09-11,\n2001-09-12,2.10\n',
    );
    expect(r).toEqual({
      ok: true,
      id: 'BAA10Y',
      observations: [
        ['2001-09-10', 2.01],
        ['2001-09-11', null],
        ['2001-09-12', 2.1],
      ],
    });
  });
  it("reads FRED's older layout: `.` = missing day, CRLF line ends", () => {
    const r = parseFredCsv(
      'x.csv',
      'DATE,BAMLH0A0HYM2\r\n2016-06-17,6.1\r\n2016-06-20,6\r\n2016-06-21,.\r\n',
    );
    expect(r.ok && r.id).toBe('BAMLH0A0HYM2');
    expect(r.ok && r.observations).toEqual([
      ['2016-06-17', 6.1],
      ['2016-06-20', 6],
      ['2016-06-21', null],
    ]);
  });
  it('names a `date,value` file by its file name and scales the Z.1 levels to billions', () => {
    const r = parseFredCsv(
      'data/fred-NCBEILQ027S.csv',
      'date,value\n1945-10-01,103694.0\n1952-01-01,120000.0\n',
    );
    expect(r).toEqual({
      ok: true,
      id: 'NCBEILQ027S',
      observations: [
        ['1945-10-01', 103.694],
        ['1952-01-01', 120],
      ],
    });
    expect(parseFredCsv('QUSPAM770A.csv', 'date,value\n1947-10-01,47.1\n')).toMatchObject({
      id: 'QUSPAM770A',
    });
    expect(parseFredCsv('A679.csv', 'date,A679RC1Q027SBEA\n1947-01-01,1.709\n')).toMatchObject({
      id: 'A679RC1Q027SBEA',
    });
  });
  it('refuses a bad header, a bad value, dates out of order and a file of blanks, naming file and line', () => {
    expect(parseFredCsv('a.csv', 'when,BAA\n')).toEqual({
      ok: false,
      error: 'a.csv:1: not a FRED CSV (header "when,BAA")',
    });
    expect(parseFredCsv('b.csv', 'observation_date,BAA\n2000-01-01,n/a\n')).toEqual({
      ok: false,
      error: 'b.csv:2: bad value "n/a"',
    });
    expect(parseFredCsv('c.csv', 'observation_date,BAA\n2000-02-01,1\n2000-01-01,2\n')).toMatchObject({
      ok: false,
      error: expect.stringContaining('c.csv:3: dates not increasing'),
    });
    expect(parseFredCsv('d.csv', 'observation_date,BAA\n2000-01-01,\n')).toEqual({
      ok: false,
      error: 'd.csv: no values',
    });
    expect(parseFredCsv('value.csv', 'date,value\n2000-01-01,1\n')).toMatchObject({ ok: true, id: 'VALUE' });
    expect(parseFredCsv('-.csv', 'date,value\n2000-01-01,1\n')).toMatchObject({ ok: false });
  });
  it('keeps every value and every missing day of any well-formed file', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -100, max: 1e6, noNaN: true }), { nil: null }), {
          minLength: 1,
          maxLength: 50,
        }),
        fc.boolean(),
        (values, older) => {
          const dates = values.map((_, i) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10));
          const cells = values.map((v) => (v === null ? (older ? '.' : '') : v.toFixed(4)));
          const text = [
            `${older ? 'DATE' : 'observation_date'},GS10`,
            ...dates.map((d, i) => `${d},${cells[i]}`),
          ].join('\n');
          const r = parseFredCsv('GS10.csv', text);
          if (values.every((v) => v === null)) {
            expect(r.ok).toBe(false);
            return;
          }
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.observations.map(([d]) => d)).toEqual(dates);
          r.observations.forEach(([, v], i) => {
            const want = values[i];
            if (want === null || want === undefined) expect(v).toBeNull();
            else expect(v).toBeCloseTo(Number(want.toFixed(4)), 10);
          });
        },
      ),
    );
  });
});

describe('seriesIdFromFileName', () => {
  it('reads `<ID>.csv` and `fred-<ID>.csv`', () => {
    expect(seriesIdFromFileName('fred-BAA.csv')).toBe('BAA');
    expect(seriesIdFromFileName('/x/y/NCBDBIQ027S.csv')).toBe('NCBDBIQ027S');
    expect(seriesIdFromFileName('gdp.csv')).toBe('GDP');
    expect(seriesIdFromFileName('notes.txt')).toBeNull();
  });
});

/** A few lines in the layout of shared/data's Shiller file: BOM, CRLF, quoted thousands, notes line. */
const SHILLER = [
  '\uFEFFDate,P,D,E,CPI,Fraction,Rate GS10,Price,Dividend, Price ,Earnings, Earnings ,CAPE,,TR CAPE,,Yield,Returns,Returns,Real Return,Real Return,Returns',
  '1871-01,4.44,0.26,0.4,12.46,1871.04,5.32,115.21,6.75,115.21,10.38,10.38,NA,,NA,,,1,1,13.06%,9.25%,3.81%',
  '1929-03,25.43,0.88,1.44,17,1929.21,3.55,483.79,16.74,"10,149.97",27.36,573.95,27.68,,34.13,,0.42%,1.01,8.29,0.25%,6.26%,-6.01%',
  '1929-04,"1,025.28",0.89,1.46,16.9,1929.29,3.52,483.78,17.03,"10,179.58",27.88,586.69,27.57,,33.9,,0.22%,1.01,8.38,-10.01%,6.25%,-7.26%',
  '2025-08,6408.95,,,323.29,2025.62,4.26,6411.36,,"4,322,692.39",,,38.03,,40.71,,1.47%,1.01,39.98,,,',
  '2025-08,6415.54,,,323.41,2025.71,4.23,6415.54,,"4,325,508.56",,,37.97,,40.62,,1.52%,,40.2,,,',
  ',Sept price is Sept 2nd close,,,Aug/Sept CPI estimaated,,Sept GS10 is Sept 2nd value,,,,,,,,,,,,,,,',
].join('\r\n');

describe('parseShillerCsv', () => {
  it('reads the columns by position, thousands separators, NA and blanks, and skips the notes line', () => {
    const r = parseShillerCsv('shiller.csv', SHILLER);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows).toEqual([
      { month: '1871-01', price: 4.44, earnings: 0.4, cpi: 12.46, cape: null },
      { month: '1929-03', price: 25.43, earnings: 1.44, cpi: 17, cape: 27.68 },
      { month: '1929-04', price: 1025.28, earnings: 1.46, cpi: 16.9, cape: 27.57 },
      { month: '2025-08', price: 6408.95, earnings: null, cpi: 323.29, cape: 38.03 },
      // The repeated label with decimal date 2025.71 is September.
      { month: '2025-09', price: 6415.54, earnings: null, cpi: 323.41, cape: 37.97 },
    ]);
  });
  it('refuses a repeated label whose decimal date does not follow, and a bad number', () => {
    const bad = SHILLER.replace('2025.71', '2025.62');
    expect(parseShillerCsv('s.csv', bad)).toMatchObject({
      ok: false,
      error: expect.stringContaining('s.csv:6'),
    });
    const nan = SHILLER.replace('1871-01,4.44', '1871-01,four');
    expect(parseShillerCsv('s.csv', nan)).toMatchObject({
      ok: false,
      error: expect.stringContaining('s.csv:2'),
    });
    expect(parseShillerCsv('s.csv', 'Date,Price\n')).toMatchObject({ ok: false });
  });
});

describe('splitCsvLine', () => {
  it('honours quotes and doubled quotes', () => {
    expect(splitCsvLine('a,"1,2",,"say ""hi"""')).toEqual(['a', '1,2', '', 'say "hi"']);
  });
});

describe('readBacktestFiles', () => {
  const fred = (id: string, rows = '2000-01-01,1\n') => `observation_date,${id}\n${rows}`;
  it('recognises each file by its header or name, and ignores what v2 does not read', () => {
    const r = readBacktestFiles([
      { name: 'fred-BAA.csv', text: fred('BAA') },
      { name: 'AAA.csv', text: 'DATE,AAA\n2000-01-01,.\n2000-02-01,1\n' },
      { name: 'fred-NCBDBIQ027S.csv', text: 'date,value\n2000-01-01,5000.0\n' },
      { name: 'anything.csv', text: SHILLER },
      { name: 'fred-VIXCLS.csv', text: fred('VIXCLS') },
      { name: 'README.md', text: '# notes' },
      { name: 'GDP.json', text: JSON.stringify({ id: 'GDP', observations: [['2000-01-01', 10]] }) },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.ignored.sort()).toEqual(['README.md', 'fred-VIXCLS.csv']);
    expect(Object.keys(r.inputs.series).sort()).toEqual(['AAA', 'BAA', 'GDP', 'NCBDBIQ027S']);
    expect(r.inputs.series.NCBDBIQ027S).toEqual([['2000-01-01', 5]]);
    expect(r.inputs.shiller).toHaveLength(5);
    expect(r.from).toMatchObject({ BAA: 'fred-BAA.csv', shiller: 'anything.csv' });
    expect(missingInputs(r.inputs)).toEqual([
      'BAMLC0A4CBBB',
      'BAMLH0A0HYM2',
      'NASDAQCOM',
      'NCBEILQ027S',
      'A679RC1Q027SBEA',
      'QUSPAM770A',
      'USREC',
    ]);
  });
  it('reports a broken file and a series given twice', () => {
    const r = readBacktestFiles([
      { name: 'a.csv', text: fred('BAA') },
      { name: 'b.csv', text: fred('BAA') },
      { name: 'c.csv', text: 'observation_date,GDP\n2000-01-01,x\n' },
      { name: 'd.json', text: '{' },
    ]);
    expect(r.errors).toEqual([
      'b.csv: BAA is already read from a.csv',
      'c.csv:2: bad value "x"',
      'd.json: not valid JSON',
    ]);
  });
});
