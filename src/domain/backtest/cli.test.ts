/**
 * `npm run backtest` (scripts/backtest.mjs) end to end. The input folders are generated here from the
 * project's own fixtures, written the way the public copies in shared/data are laid out (FRED's current and
 * older headers, `date,value` files named by the series, Z.1 in FRED's millions, Shiller's CSV with a
 * byte-order mark, CRLF, quoted thousands, a repeated last label and a notes line): tests never read shared/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRED_FIXTURE_DIR } from '../../../tests/fixture-files';
import { SHILLER_FIXTURE } from '../../../tests/history-v2-inputs';
import { V2_SERIES_IDS } from './method';

const SCRIPT = join(process.cwd(), 'scripts', 'backtest.mjs');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Layout = 'current' | 'older' | 'date-value' | 'date-value-bare';
const LAYOUTS: Layout[] = ['current', 'older', 'date-value', 'date-value-bare'];

/** A FRED fixture written back as a CSV in one of the layouts shared/data holds. */
function fredCsv(id: string, layout: Layout): { name: string; text: string } {
  const fx = JSON.parse(readFileSync(join(FRED_FIXTURE_DIR, `${id}.json`), 'utf8')) as {
    observations: Array<[string, number | null]>;
  };
  const scale = id === 'NCBEILQ027S' || id === 'NCBDBIQ027S' ? 1000 : 1; // FRED publishes Z.1 in millions
  const cell = (v: number | null) =>
    v === null ? (layout === 'older' ? '.' : '') : String(Math.round(v * scale * 1e6) / 1e6);
  const header =
    layout === 'current' ? `observation_date,${id}` : layout === 'older' ? `DATE,${id}` : 'date,value';
  const name = layout === 'date-value-bare' ? `${id}.csv` : `fred-${id}.csv`;
  return { name, text: `${[header, ...fx.observations.map(([d, v]) => `${d},${cell(v)}`)].join('\n')}\n` };
}

const SHILLER_HEADER =
  'Date,P,D,E,CPI,Fraction,Rate GS10,Price,Dividend, Price ,Earnings, Earnings ,CAPE,,TR CAPE,,Yield,Returns,Returns,Real Return,Real Return,Returns';

/** Shiller's fixture written back in the layout of shared/data's CSV. */
function shillerCsv(): string {
  const fx = JSON.parse(readFileSync(SHILLER_FIXTURE, 'utf8')) as {
    rows: Array<[string, number | null, number | null, number | null, number | null]>;
  };
  const thousands = (v: number | null) => {
    if (v === null) return '';
    if (v < 1000) return String(v);
    const [int, dec] = String(v).split('.');
    return `"${(int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${dec ? `.${dec}` : ''}"`;
  };
  const lines = fx.rows.map(([month, p, e, cpi, cape], i) => {
    const last = i === fx.rows.length - 1;
    const year = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    // Shiller's last (preliminary) row repeats the previous label; its decimal date says which month it is.
    const label = last ? fx.rows[i - 1]?.[0] : month;
    const fraction = (year + (m - 0.5) / 12).toFixed(2);
    return `${label},${thousands(p)},,${e ?? ''},${cpi ?? ''},${fraction},,,,,,,${cape ?? 'NA'},,,,,,,,,`;
  });
  return `\uFEFF${[SHILLER_HEADER, ...lines, ',Sept price is Sept 2nd close,,,,,,,,,,,,,,,,,,,,'].join('\r\n')}`;
}

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'backtest-'));
  const full = join(dir, 'full');
  mkdirSync(full);
  V2_SERIES_IDS.forEach((id, i) => {
    const f = fredCsv(id, LAYOUTS[i % LAYOUTS.length] as Layout);
    writeFileSync(join(full, f.name), f.text);
  });
  writeFileSync(join(full, 'shiller-ie-data-monthly.csv'), shillerCsv());
  writeFileSync(join(full, 'fred-VIXCLS.csv'), 'observation_date,VIXCLS\n1990-01-02,17.24\n'); // not needed
  writeFileSync(join(full, 'README.md'), '# copies\n');
  const partial = join(dir, 'partial');
  mkdirSync(partial);
  for (const id of V2_SERIES_IDS.filter((x) => x !== 'BAA')) {
    const f = fredCsv(id, 'current');
    writeFileSync(join(partial, f.name), f.text);
  }
  const broken = join(dir, 'broken');
  mkdirSync(broken);
  writeFileSync(join(broken, 'fred-GDP.csv'), 'observation_date,GDP\n1947-01-01,243.164\n1947-04-01,n/a\n');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run backtest', () => {
  it('reads a folder of files as they come (both FRED layouts, date,value by file name, Shiller’s CSV) and gives the same result as the project’s own copies', () => {
    const fromFiles = run(['--data', join(dir, 'full'), '--json']);
    expect(fromFiles.stderr).toBe('');
    expect(fromFiles.code).toBe(0);
    const a = JSON.parse(fromFiles.stdout); // exactly one JSON object: this throws on anything else
    const own = run(['--json']);
    expect(own.code).toBe(0);
    const b = JSON.parse(own.stdout);
    expect(a.method).toBe('v2');
    expect(a.quarters).toEqual(b.quarters);
    expect(a.scorecard).toEqual(b.scorecard);
    expect(a.inputs.shiller).toBe('shiller-ie-data-monthly.csv');
    expect(a.inputs.GDP).toMatch(/GDP\.csv$/);
    const q = a.quarters.find((x: { quarter: string }) => x.quarter === '2000-Q1');
    expect(q).toEqual(
      expect.objectContaining({
        quarter: '2000-Q1',
        buildup: expect.any(Number),
        stress: expect.any(Number),
      }),
    );
    expect(typeof a.scorecard.buildup.auroc).toBe('number');
    expect(typeof a.scorecard.stress.auroc).toBe('number');
  });

  it('prints the quarterly table and the scorecard from the project’s own copies by default', () => {
    const r = run([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2000-Q1 +\d+\.\d /m);
    expect(r.stdout).toContain('Scorecard');
    expect(r.stdout).toContain('BUILD-UP — (a) bust');
    expect(r.stdout).toContain('STRESS — (b) an NBER recession starts');
  });

  it('names the missing series in one line and exits 1', () => {
    const r = run(['--data', join(dir, 'partial'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('BAA (BAA.csv or fred-BAA.csv)');
    expect(r.stderr).toContain("shiller (Shiller's ie_data CSV)");
    expect(r.stderr).not.toContain('GDP');
  });

  it('names a file it cannot read, and a folder that does not exist, in one line and exits 1', () => {
    const broken = run(['--data', join(dir, 'broken')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim()).toBe('backtest: cannot read fred-GDP.csv:3: bad value "n/a"');
    const none = run(['--data', join(dir, 'nowhere')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^backtest: no such folder: .*nowhere\n$/);
  });
});
