import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRED_FIXTURE_DIR } from '../../tests/fixture-files';
import { SHILLER_FIXTURE } from '../../tests/history-v2-inputs';
import { V2_SERIES_IDS } from '../domain/backtest';
import { loadHistoryV2Inputs, loadShillerFixture, SHILLER_FILE } from './history-v2';

const readDated = async (id: string) => readFileSync(join(FRED_FIXTURE_DIR, `${id}.json`), 'utf8');
const readShiller = async () => readFileSync(SHILLER_FIXTURE, 'utf8');

describe('loadHistoryV2Inputs', () => {
  it('loads every FRED series v2 reads and Shiller’s months from the committed fixtures, without errors', async () => {
    const r = await loadHistoryV2Inputs(readDated, readShiller);
    expect(r.errors).toEqual([]);
    expect(Object.keys(r.inputs.series).sort()).toEqual([...V2_SERIES_IDS].sort());
    expect(r.inputs.shiller).toHaveLength(1857);
  });

  it('holds the spot rows of shared/data/README.md', async () => {
    const { inputs } = await loadHistoryV2Inputs(readDated, readShiller);
    const at = (id: (typeof V2_SERIES_IDS)[number], date: string) =>
      inputs.series[id]?.find(([d]) => d === date)?.[1];
    expect(at('BAA', '1929-09-01')).toBe(6.12);
    expect(at('BAA', '1982-02-01')).toBe(17.18);
    expect(inputs.series.BAA).toHaveLength(1290);
    expect(inputs.series.AAA).toHaveLength(1290);
    expect(at('QUSPAM770A', '2008-07-01')).toBe(172);
    expect(at('QUSPAM770A', '2025-10-01')).toBe(140.3);
    expect(inputs.series.USREC).toHaveLength(2053);
    expect(inputs.series.USREC?.filter(([, v]) => v === 1)).toHaveLength(579);
    expect(at('USREC', '2020-03-01')).toBe(1);
    expect(at('USREC', '2020-02-01')).toBe(0);
    const cape = (m: string) => inputs.shiller?.find((r) => r.month === m)?.cape;
    expect(cape('1929-09')).toBe(32.56);
    expect(cape('1999-12')).toBe(44.2);
    expect(cape('2025-08')).toBe(38.03);
    // The repeated 2025-08 label is Shiller's preliminary September row (decimal date 2025.71).
    expect(inputs.shiller?.at(-1)).toEqual({
      month: '2025-09',
      price: 6415.54,
      earnings: null,
      cpi: 323.41,
      cape: 37.97,
    });
    expect(inputs.shiller?.find((r) => r.cape !== null)?.month).toBe('1881-01');
  });

  it('reports a missing or broken file by name and still loads the rest', async () => {
    const r = await loadHistoryV2Inputs(
      async (id) => (id === 'BAA' ? undefined : id === 'AAA' ? '{"id":' : readDated(id)),
      async () => '{"id":"shiller-ie-data"}',
    );
    const files = r.errors.map((e) => e.file);
    expect(files).toContain('fred/BAA.json');
    expect(files).toContain('fred/AAA.json');
    expect(files).toContain(SHILLER_FILE);
    expect(r.inputs.series.BAA).toBeUndefined();
    expect(r.inputs.series.GDP).toBeDefined();
    expect(r.inputs.shiller).toBeUndefined();
  });
});

describe('loadShillerFixture', () => {
  it('refuses months out of order and rows without any price', () => {
    const base = JSON.parse(readFileSync(SHILLER_FIXTURE, 'utf8'));
    const swapped = { ...base, rows: [base.rows[1], base.rows[0]] };
    expect(loadShillerFixture('x.json', JSON.stringify(swapped)).errors[0]?.code).toBe('date-order');
    const empty = { ...base, rows: [['2000-01', null, null, null, null]] };
    expect(loadShillerFixture('x.json', JSON.stringify(empty)).errors[0]?.code).toBe('no-values');
    const wrong = { ...base, rows: [['2000-01', 'n/a', null, null, null]] };
    expect(loadShillerFixture('x.json', JSON.stringify(wrong)).errors[0]?.path).toBe('rows[0][1]');
  });
});
