/**
 * The panel's pure preparation function, run on the real fixtures. Expected numbers are worked out
 * here from the fixture JSON (read separately from disk), not taken from the module under test.
 */
import { describe, expect, it } from 'vitest';
import { D, EMPTY, loaded, SCENARIO, sum, with_ } from '../../../tests/panel-fixtures';
import { preparePressure, withBaseline } from './prepare';

describe('preparePressure', () => {
  const thresholds = loaded.thresholds?.thresholds ?? [];
  const ones = {
    'capex-growth': 1,
    'debt-financing': 1,
    'off-balance-sheet': 1,
    valuation: 1,
    'monetization-gap': 1,
    depreciation: 1,
    'credit-concentration': 1,
  };
  const COMPONENTS = Object.keys(ones);

  it('has one row per history year, 2023–2030', () => {
    const { rows, readings } = preparePressure({
      datasets: D,
      thresholds,
      scenario: SCENARIO,
      weights: ones,
    });
    expect(rows.map((r) => r.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(readings.map((r) => r.year)).toEqual(rows.map((r) => r.year));
  });

  it('draws a baseline (B) beside the view: its total per scored year, gaps kept', () => {
    const a = preparePressure({ datasets: D, thresholds, scenario: { ...SCENARIO, life: 3 }, weights: ones });
    const b = preparePressure({ datasets: D, thresholds, scenario: SCENARIO, weights: ones });
    const rows = withBaseline(a.rows, b.rows);
    for (const [i, r] of rows.entries()) {
      expect(r.total).toBe(a.rows[i]?.total);
      expect(r.baseline).toBe(b.rows[i]?.total);
    }
    expect(rows.find((r) => r.year === 2023)?.baseline).toBeUndefined();
    expect(Number(rows.find((r) => r.year === 2027)?.total)).toBeGreaterThan(
      Number(rows.find((r) => r.year === 2027)?.baseline),
    );
  });

  it("has component contributions that add up to each row's total", () => {
    const { rows } = preparePressure({ datasets: D, thresholds, scenario: SCENARIO, weights: ones });
    const withTotal = rows.filter((r) => r.total !== undefined);
    expect(withTotal.map((r) => r.year)).toEqual(
      expect.arrayContaining([2025, 2026, 2027, 2028, 2029, 2030]),
    );
    for (const r of withTotal) {
      const parts = COMPONENTS.map((id) => r[id] as number);
      for (const p of parts) expect(p).toBeGreaterThanOrEqual(0);
      expect(sum(parts)).toBeCloseTo(r.total as number, 9);
      expect(r.total as number).toBeGreaterThanOrEqual(0);
      expect(r.total as number).toBeLessThanOrEqual(100);
    }
  });

  it('reads the valuation component alone when only it has weight', () => {
    // 2025: Buffett 217 against calm 100 / extreme 200 scores 1; a 0% drawdown scores 0: mean 0.5.
    const weights = { ...Object.fromEntries(COMPONENTS.map((id) => [id, 0])), valuation: 1 } as typeof ones;
    const { rows } = preparePressure({ datasets: D, thresholds, scenario: SCENARIO, weights });
    const r2025 = rows.find((r) => r.year === 2025);
    expect(r2025?.total).toBeCloseTo(50, 9);
    expect(r2025?.valuation).toBeCloseTo(50, 9);
    const atHalf = preparePressure({ datasets: D, thresholds, scenario: with_({ drawdown: 50 }), weights });
    expect(atHalf.rows.find((r) => r.year === 2025)?.total).toBeCloseTo(100, 9);
  });

  it('leaves every row empty when all weights are zero', () => {
    const zero = Object.fromEntries(COMPONENTS.map((id) => [id, 0])) as typeof ones;
    const { rows, readings } = preparePressure({
      datasets: D,
      thresholds,
      scenario: SCENARIO,
      weights: zero,
    });
    for (const r of rows) expect(Object.keys(r)).toEqual(['year']);
    for (const r of readings) expect(r.result.ok).toBe(false);
  });

  it('copes with an empty dataset map', () => {
    const { rows, readings } = preparePressure({
      datasets: EMPTY,
      thresholds,
      scenario: SCENARIO,
      weights: ones,
    });
    expect(rows).toHaveLength(8);
    for (const r of rows) expect(r.total).toBeUndefined();
    for (const r of readings) expect(r.insufficient).toBe(true);
  });
});
