/**
 * The panel's pure preparation function, run on the real fixtures. Expected numbers are worked out
 * here from the fixture JSON (read separately from disk), not taken from the module under test.
 */
import { describe, expect, it } from 'vitest';
import { D, EMPTY, rawSeries, SCENARIO, with_ } from '../../../tests/panel-fixtures';
import { prepareComputeMix } from './prepare';

describe('prepareComputeMix', () => {
  const { rows } = prepareComputeMix(D, SCENARIO);

  it('draws the fixture’s 2025 figure in its kind and the path after it as the scenario', () => {
    const { kinds, refs } = prepareComputeMix(D, SCENARIO);
    const now = rawSeries('compute-mix.json', 'training-share').observations[0];
    expect(kinds.now?.[2025]).toBe(now?.kind);
    expect(kinds.training?.[2025]).toBe(now?.kind);
    expect(refs.now?.[2025]).toEqual({ series: 'compute-mix/training-share', period: 2025 });
    expect(kinds.training?.[2027]).toBe('scenario');
    expect(kinds.inference?.[2027]).toBe('scenario');
    expect(refs.training?.[2027]?.series.split(' ')).toContain('scenario');
  });
  const row = (y: number) => rows.find((r) => r.year === y);

  it('runs from 2025 to 2030', () => {
    expect(rows.map((r) => r.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('has training and inference adding up to 100', () => {
    for (const r of rows) expect((r.training as number) + (r.inference as number)).toBeCloseTo(100, 9);
  });

  it('starts at the 70% estimate and reaches 50% in the inference year', () => {
    expect(row(2025)?.training).toBe(70);
    expect(row(2025)?.now).toBe(70);
    expect(row(2029)?.training).toBeCloseTo(50, 9);
    expect(row(2027)?.training).toBeCloseTo(70 - (20 * 2) / 4, 9);
    for (const y of [2026, 2027, 2028, 2029, 2030]) expect(row(y)?.now).toBeUndefined();
  });

  it('moves the crossover with the inference input', () => {
    const early = prepareComputeMix(D, with_({ inference: 2027 })).rows;
    expect(early.find((r) => r.year === 2027)?.training).toBeCloseTo(50, 9);
    expect(early.find((r) => r.year === 2026)?.training).toBeCloseTo(60, 9);
    const late = prepareComputeMix(D, with_({ inference: 2035 })).rows;
    expect(late.find((r) => r.year === 2030)?.training).toBeCloseTo(70 - (20 * 5) / 10, 9);
  });

  it('copes with an empty dataset map', () => {
    expect(prepareComputeMix(EMPTY, SCENARIO).rows).toEqual([]);
  });
});
