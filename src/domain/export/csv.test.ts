import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from './csv';

/** Reads the text back with papaparse (the import's CSV parser), less the empty row after the last CRLF. */
function parseCsv(text: string): string[][] {
  const { data } = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' });
  return text.endsWith('\r\n') ? data.slice(0, -1) : data;
}

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises the formula start of %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves ordinary text and numbers alone, negative numbers included', () => {
    expect(csvCell('Meta')).toBe('Meta');
    expect(csvCell('資本支出')).toBe('資本支出');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(405)).toBe('405');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('quotes commas, quotes and line ends; empty for missing and non-finite values', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(494.09999999999997)).toBe('494.1');
    expect(csvCell(0.1 + 0.2)).toBe('0.3');
    expect(csvCell(1234567.891)).toBe('1234567.891');
  });

  it('never lets a cell start with a formula character (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = csvCell(s);
        const unquoted = out.startsWith('"') ? out.slice(1) : out;
        expect(/^[=+\-@\t\r]/.test(unquoted)).toBe(false);
      }),
    );
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends rows with CRLF and keeps zh-TW text', () => {
    const text = toCsv(['period', 'series'], [[2025, '資本支出']]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}period,series\r\n2025,資本支出\r\n`);
  });

  it('reads back cell for cell, apart from the apostrophe before formula starts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 5 }),
        (rows) => {
          const text = toCsv(['a', 'b'], rows);
          const back = parseCsv(text.slice(BOM.length));
          expect(back[0]).toEqual(['a', 'b']);
          expect(back.slice(1)).toEqual(
            rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c))),
          );
        },
      ),
    );
  });
});
