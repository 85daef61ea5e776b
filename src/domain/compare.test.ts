import { describe, expect, it } from 'vitest';
import { realFiles } from '../../tests/fixture-files';
import { loadFixtures } from '../data/load';
import { compareReadings } from './compare';
import { readYear } from './model';
import { defaultWeights } from './pressure';
import { defaultScenario } from './scenario';

const data = loadFixtures(realFiles());
const input = (life: number, valuationWeight = 1) => ({
  datasets: data.datasets,
  thresholds: data.thresholds?.thresholds ?? [],
  scenario: { ...defaultScenario(), life },
  weights: { ...defaultWeights(), valuation: valuationWeight },
});

describe('comparing the view (A) with a baseline (B)', () => {
  it('the same scenario differs by nothing', () => {
    const c = compareReadings(readYear(input(4), 2026), readYear(input(4), 2026));
    expect(c.diff).toBe(0);
    expect(c.components.every((x) => x.diff === 0)).toBe(true);
  });

  it('differences per component add up to the difference of the composites', () => {
    const a = readYear(input(3, 2), 2026);
    const b = readYear(input(4), 2026);
    const c = compareReadings(a, b);
    expect(c.a).not.toBeNull();
    expect(c.b).not.toBeNull();
    expect(c.diff).toBeCloseTo((c.a ?? 0) - (c.b ?? 0), 9);
    const sum = c.components.reduce((s, x) => s + (x.diff ?? 0), 0);
    expect(sum).toBeCloseTo(c.diff ?? Number.NaN, 9);
    // A shorter realistic life raises depreciation's points in A.
    expect(c.components.find((x) => x.id === 'depreciation')?.diff).toBeGreaterThan(0);
  });

  it('a year without a number on one side has no difference', () => {
    const c = compareReadings(readYear(input(4), 2023), readYear(input(4), 2026));
    expect(c.a).toBeNull();
    expect(c.diff).toBeNull();
  });
});
