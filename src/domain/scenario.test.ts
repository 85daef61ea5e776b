import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  isScenarioKey,
  normaliseScenarioValue,
  SCENARIO_KEYS,
  SCENARIO_SPECS,
  type ScenarioKey,
} from './scenario';

const keyArb = fc.constantFrom(...SCENARIO_KEYS);

/** Is `v` on the step grid of `key` (min + k·step for an integer k)? */
function onGrid(key: ScenarioKey, v: number): boolean {
  const { min, step } = SCENARIO_SPECS[key];
  const k = (v - min) / step;
  return Math.abs(k - Math.round(k)) < 1e-9;
}

describe('normaliseScenarioValue', () => {
  it('clamps into the input range', () => {
    expect(normaliseScenarioValue('life', 99)).toBe(8);
    expect(normaliseScenarioValue('life', -3)).toBe(2);
    expect(normaliseScenarioValue('growth', -1000)).toBe(-50);
    expect(normaliseScenarioValue('growth', 1000)).toBe(100);
    expect(normaliseScenarioValue('drawdown', 96)).toBe(95);
    expect(normaliseScenarioValue('inference', 1999)).toBe(2026);
    expect(normaliseScenarioValue('inference', 2100)).toBe(2035);
  });

  it('snaps to the step', () => {
    // life: step 0.5 from 2
    expect(normaliseScenarioValue('life', 3.2)).toBe(3);
    expect(normaliseScenarioValue('life', 3.3)).toBe(3.5);
    expect(normaliseScenarioValue('life', 4.75)).toBe(5);
    // growth: step 1 from -50
    expect(normaliseScenarioValue('growth', 22.4)).toBe(22);
    expect(normaliseScenarioValue('growth', -10.6)).toBe(-11);
    expect(normaliseScenarioValue('inference', 2029.4)).toBe(2029);
  });

  it('keeps values already on the grid', () => {
    expect(normaliseScenarioValue('life', 5.5)).toBe(5.5);
    expect(normaliseScenarioValue('debt', 0)).toBe(0);
    expect(normaliseScenarioValue('debt', 100)).toBe(100);
  });

  it('returns null for NaN and infinities', () => {
    for (const key of SCENARIO_KEYS) {
      expect(normaliseScenarioValue(key, Number.NaN)).toBeNull();
      expect(normaliseScenarioValue(key, Number.POSITIVE_INFINITY)).toBeNull();
      expect(normaliseScenarioValue(key, Number.NEGATIVE_INFINITY)).toBeNull();
    }
  });

  it('always lands within [min, max] on the step grid, and is idempotent', () => {
    fc.assert(
      fc.property(keyArb, fc.double({ noNaN: true, noDefaultInfinity: true }), (key, value) => {
        const v = normaliseScenarioValue(key, value);
        expect(v).not.toBeNull();
        if (v === null) return;
        const spec = SCENARIO_SPECS[key];
        expect(v).toBeGreaterThanOrEqual(spec.min);
        expect(v).toBeLessThanOrEqual(spec.max);
        expect(onGrid(key, v)).toBe(true);
        expect(normaliseScenarioValue(key, v)).toBe(v);
      }),
    );
  });

  it('moves a value by at most half a step when it is in range', () => {
    fc.assert(
      fc.property(
        keyArb.chain((key) =>
          fc.tuple(
            fc.constant(key),
            fc.double({ min: SCENARIO_SPECS[key].min, max: SCENARIO_SPECS[key].max, noNaN: true }),
          ),
        ),
        ([key, value]) => {
          const v = normaliseScenarioValue(key, value);
          expect(v).not.toBeNull();
          expect(Math.abs((v ?? Number.NaN) - value)).toBeLessThanOrEqual(
            SCENARIO_SPECS[key].step / 2 + 1e-9,
          );
        },
      ),
    );
  });
});

describe('defaultScenario', () => {
  it('uses each spec default', () => {
    expect(defaultScenario()).toEqual({
      life: 4,
      growth: 22,
      debt: 25,
      drawdown: 4.6,
      inference: 2029,
      gdp: 5,
    });
  });

  it('has defaults, lows and highs inside each range and on the grid', () => {
    for (const key of SCENARIO_KEYS) {
      const spec = SCENARIO_SPECS[key];
      expect(spec.key).toBe(key);
      for (const v of [spec.default, spec.low, spec.high]) {
        expect(v).toBeGreaterThanOrEqual(spec.min);
        expect(v).toBeLessThanOrEqual(spec.max);
        expect(onGrid(key, v)).toBe(true);
      }
      expect(spec.low).toBeLessThan(spec.high);
    }
  });
});

describe('isScenarioKey', () => {
  it('accepts scenario keys and rejects anything else', () => {
    for (const key of SCENARIO_KEYS) expect(isScenarioKey(key)).toBe(true);
    expect(isScenarioKey('nope')).toBe(false);
    expect(isScenarioKey('')).toBe(false);
    expect(isScenarioKey('constructor')).toBe(false);
  });
});
