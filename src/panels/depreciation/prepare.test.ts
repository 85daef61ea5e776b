/**
 * The panel's pure preparation function, run on the real fixtures. Expected numbers are worked out
 * here from the fixture JSON (read separately from disk), not taken from the module under test.
 */
import { describe, expect, it } from 'vitest';
import { D, EMPTY, raw, rawSeries, SCENARIO, sum } from '../../../tests/panel-fixtures';
import { prepareDepreciation, SENSITIVITY_LIVES } from './prepare';

describe('prepareDepreciation', () => {
  const data = prepareDepreciation(D, SCENARIO);
  const lifeSeries = raw('depreciation.json').filter((s) => s.id.startsWith('life-'));
  /** The life in force in 2025 for each company: its latest observation up to 2025. */
  const livesIn2025 = lifeSeries.map((s) => {
    const upTo = s.observations.filter((o) => Number(o.period) <= 2025);
    const latest = upTo.reduce((a, b) => (Number(b.period) > Number(a.period) ? b : a));
    return latest.value;
  });
  const filed = sum(livesIn2025) / livesIn2025.length;

  it('averages the lives in force in 2025', () => {
    // Amazon 2025: a subset back from 6 to 5 years, so the midpoint 5.5 (an estimate).
    expect(livesIn2025).toEqual([6, 6, 5.5, 5.5]);
    expect(filed).toBeCloseTo(5.75, 9);
    expect(data.filedLife).toBeCloseTo(filed, 9);
  });

  it('computes the understatement for each assumed life', () => {
    expect(data.sensitivity.map((p) => p.life)).toEqual([...SENSITIVITY_LIVES]);
    const three = data.sensitivity.find((p) => p.life === 3);
    expect(three?.understatementPct).toBeCloseTo((filed / 3 - 1) * 100, 9);
    expect(three?.understatementPct).toBeCloseTo((5.75 / 3 - 1) * 100, 9);
    for (const p of data.sensitivity) expect(p.understatementPct).toBeCloseTo((filed / p.life - 1) * 100, 9);
  });

  it("prices the missing charge on the scenario's 2026 capex", () => {
    const capex2026 = 405 * 1.22;
    for (const p of data.sensitivity)
      expect(p.missingCharge).toBeCloseTo(capex2026 * (1 / p.life - 1 / filed), 9);
    expect(data.sensitivity.find((p) => p.life === 6)?.missingCharge).toBeLessThan(0);
  });

  it('has one row per year with each company life', () => {
    expect(data.rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(data.lives.map((l) => l.key)).toEqual(lifeSeries.map((s) => s.id));
    expect(data.lives.map((l) => l.entity)).toEqual(['microsoft', 'alphabet', 'meta', 'amazon']);
    const r2020 = data.rows.find((r) => r.year === 2020);
    expect(r2020?.['life-microsoft']).toBe(3);
    expect(r2020?.['life-meta']).toBeUndefined();
    expect(data.rows.find((r) => r.year === 2025)?.['life-meta']).toBe(5.5);
  });

  it("takes the impairment window and each life point's kind from the fixture rows", () => {
    const rows = rawSeries('depreciation.json', 'impairment-window').observations.map((o) => o.value);
    const src = rawSeries('depreciation.json', 'impairment-window').observations[0]?.sourceId ?? null;
    expect(data.window).toMatchObject({ from: Math.min(...rows), to: Math.max(...rows), sourceId: src });
    expect(data.window).toMatchObject({ from: 2026, to: 2028, sourceId: 'ctimes-2025-12-02' });
    // The label that names the source comes from the fixture series, in both languages.
    expect(data.window?.label).toBe(rawSeries('depreciation.json', 'impairment-window').label);
    expect(data.window?.labels?.['zh-TW']).toContain('CTIMES');
    for (const s of lifeSeries)
      for (const o of s.observations) expect(data.kinds[s.id]?.[Number(o.period)]).toBe(o.kind);
    expect(data.kinds['life-amazon']?.[2025]).toBe('estimate');
    expect(prepareDepreciation(EMPTY, SCENARIO).window).toBeNull();
  });

  it("reads Burry's figures", () => {
    expect(data.burry).toEqual({ understatement: 176, oracle: 26.9, meta: 20.8 });
  });

  it('copes with an empty dataset map', () => {
    const empty = prepareDepreciation(EMPTY, SCENARIO);
    expect(empty.rows).toEqual([]);
    expect(empty.lives).toEqual([]);
    expect(empty.filedLife).toBeNull();
    expect(empty.burry).toEqual({ understatement: null, oracle: null, meta: null });
    for (const p of empty.sensitivity) {
      expect(p.understatementPct).toBe(0);
      expect(p.missingCharge).toBeNull();
    }
  });
});
