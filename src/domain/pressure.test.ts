import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandOf,
  COMPONENT_IDS,
  type ComponentId,
  componentScore,
  composite,
  DEFAULT_WEIGHT,
  defaultWeights,
  headline,
  isComponentId,
  scoreMetric,
  type Weights,
} from './pressure';

type Scores = Record<ComponentId, number | null>;

const scoreArb: fc.Arbitrary<number | null> = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), {
  nil: null,
});
/** Weights ≥ 0: either exactly zero or a finite positive value (no subnormals, so scaling stays exact enough). */
const weightArb: fc.Arbitrary<number> = fc.oneof(
  fc.constant(0),
  fc.double({ min: 1e-3, max: 100, noNaN: true }),
);

function recordOf<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<Record<ComponentId, T>> {
  const model = Object.fromEntries(COMPONENT_IDS.map((id) => [id, arb])) as Record<
    ComponentId,
    fc.Arbitrary<T>
  >;
  return fc.record(model);
}
const scoresArb = recordOf(scoreArb);
const weightsArb: fc.Arbitrary<Weights> = recordOf(weightArb);
const componentArb = fc.constantFrom(...COMPONENT_IDS);

function uniformScores(value: number | null): Scores {
  return Object.fromEntries(COMPONENT_IDS.map((id) => [id, value])) as Scores;
}
function zeroWeights(): Weights {
  return Object.fromEntries(COMPONENT_IDS.map((id) => [id, 0])) as Weights;
}

describe('composite', () => {
  it('stays within 0–100 and is finite', () => {
    fc.assert(
      fc.property(scoresArb, weightsArb, (scores, weights) => {
        const r = composite(scores, weights);
        if (r.ok) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(r.value).toBeGreaterThanOrEqual(0);
          expect(r.value).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('never decreases when one component score rises', () => {
    fc.assert(
      fc.property(
        scoresArb,
        weightsArb,
        componentArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (scores, weights, id, a, b) => {
          const lo = Math.min(a, b);
          const hi = Math.max(a, b);
          const before = composite({ ...scores, [id]: lo }, weights);
          const after = composite({ ...scores, [id]: hi }, weights);
          expect(after.ok).toBe(before.ok);
          if (before.ok && after.ok) expect(after.value).toBeGreaterThanOrEqual(before.value);
        },
      ),
    );
  });

  it('gives a zero contribution to a component with zero weight', () => {
    fc.assert(
      fc.property(scoresArb, weightsArb, componentArb, (scores, weights, id) => {
        const r = composite(scores, { ...weights, [id]: 0 });
        expect(r.contributions[id]).toBe(0);
      }),
    );
  });

  it('is unchanged when every weight is scaled by the same positive factor', () => {
    fc.assert(
      fc.property(
        scoresArb,
        weightsArb,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (scores, weights, factor) => {
          const scaled = Object.fromEntries(COMPONENT_IDS.map((id) => [id, weights[id] * factor])) as Weights;
          const a = composite(scores, weights);
          const b = composite(scores, scaled);
          expect(b.ok).toBe(a.ok);
          if (a.ok && b.ok) expect(Math.abs(a.value - b.value)).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it('has contributions that add up to the composite', () => {
    fc.assert(
      fc.property(scoresArb, weightsArb, (scores, weights) => {
        const r = composite(scores, weights);
        const sum = COMPONENT_IDS.reduce((s, id) => s + r.contributions[id], 0);
        if (r.ok) expect(Math.abs(sum - r.value)).toBeLessThan(1e-9);
        else expect(sum).toBe(0);
      }),
    );
  });

  it('reports no-weight (never NaN) when every weight is zero and some component has data', () => {
    fc.assert(
      fc.property(scoresArb, componentArb, fc.double({ min: 0, max: 1, noNaN: true }), (scores, id, s) => {
        const r = composite({ ...scores, [id]: s }, zeroWeights());
        expect(r).toMatchObject({ ok: false, reason: 'no-weight' });
        for (const c of COMPONENT_IDS) expect(r.contributions[c]).toBe(0);
      }),
    );
  });

  it('reports no-data when every score is null, whatever the weights', () => {
    fc.assert(
      fc.property(weightsArb, (weights) => {
        const r = composite(uniformScores(null), weights);
        expect(r).toMatchObject({ ok: false, reason: 'no-data' });
        for (const c of COMPONENT_IDS) expect(r.contributions[c]).toBe(0);
      }),
    );
  });

  it('leaves components without data out of the total weight', () => {
    const scores: Scores = { ...uniformScores(null), 'capex-growth': 1, valuation: 0 };
    const r = composite(scores, { ...defaultWeights(), 'capex-growth': 3, valuation: 1 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 100 × (3·1 + 1·0) / (3 + 1)
    expect(r.value).toBeCloseTo(75, 12);
    expect(r.totalWeight).toBe(4);
    expect(r.covered).toEqual(['capex-growth', 'valuation']);
    expect(r.contributions['capex-growth']).toBeCloseTo(75, 12);
    expect(r.contributions.depreciation).toBe(0);
  });

  it('counts negative and non-finite weights as zero', () => {
    const scores: Scores = { ...uniformScores(null), 'capex-growth': 1, valuation: 0.5 };
    const weights: Weights = {
      ...defaultWeights(),
      'capex-growth': -5,
      valuation: 2,
    };
    const r = composite(scores, weights);
    expect(r.ok && r.value).toBeCloseTo(50, 12);
    expect(r.contributions['capex-growth']).toBe(0);
    const nan = composite(scores, {
      ...weights,
      'capex-growth': Number.NaN,
      valuation: Number.POSITIVE_INFINITY,
    });
    expect(nan).toMatchObject({ ok: false, reason: 'no-weight' });
  });

  it('is 100 when every component is at its extreme and 0 when all are calm', () => {
    const hi = composite(uniformScores(1), defaultWeights());
    const lo = composite(uniformScores(0), defaultWeights());
    expect(hi.ok && hi.value).toBeCloseTo(100, 12);
    expect(lo.ok && lo.value).toBe(0);
  });
});

describe('scoreMetric', () => {
  it('scores linearly between calm and extreme', () => {
    expect(scoreMetric(30, 10, 50)).toBeCloseTo(0.5, 12);
    expect(scoreMetric(10, 10, 50)).toBe(0);
    expect(scoreMetric(50, 10, 50)).toBe(1);
  });

  it('clips below calm to 0 and above extreme to 1', () => {
    expect(scoreMetric(-1000, 10, 50)).toBe(0);
    expect(scoreMetric(5, 10, 50)).toBe(0);
    expect(scoreMetric(51, 10, 50)).toBe(1);
    expect(scoreMetric(1e12, 10, 50)).toBe(1);
  });

  it('reads inverted thresholds (calm > extreme) the other way round', () => {
    expect(scoreMetric(100, 100, 0)).toBe(0);
    expect(scoreMetric(0, 100, 0)).toBe(1);
    expect(scoreMetric(25, 100, 0)).toBeCloseTo(0.75, 12);
    expect(scoreMetric(150, 100, 0)).toBe(0);
    expect(scoreMetric(-10, 100, 0)).toBe(1);
  });

  it('gives null for null, NaN and infinite input', () => {
    expect(scoreMetric(null, 0, 1)).toBeNull();
    expect(scoreMetric(Number.NaN, 0, 1)).toBeNull();
    expect(scoreMetric(Number.POSITIVE_INFINITY, 0, 1)).toBeNull();
    expect(scoreMetric(0.5, Number.NaN, 1)).toBeNull();
    expect(scoreMetric(0.5, 0, Number.NEGATIVE_INFINITY)).toBeNull();
  });

  it('steps at the threshold when calm equals extreme', () => {
    expect(scoreMetric(5, 5, 5)).toBe(1);
    expect(scoreMetric(4.9, 5, 5)).toBe(0);
  });

  it('always lies in [0, 1] for finite input', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (raw, calm, extreme) => {
          const s = scoreMetric(raw, calm, extreme);
          expect(s).not.toBeNull();
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('componentScore', () => {
  it('is the mean of the scores that have data', () => {
    expect(componentScore([0.2, null, 0.6])).toBeCloseTo(0.4, 12);
    expect(componentScore([1])).toBe(1);
  });

  it('is null when no metric has data', () => {
    expect(componentScore([])).toBeNull();
    expect(componentScore([null, null])).toBeNull();
  });
});

describe('defaultWeights', () => {
  it('gives every component the default weight', () => {
    const w = defaultWeights();
    expect(Object.keys(w).sort()).toEqual([...COMPONENT_IDS].sort());
    for (const id of COMPONENT_IDS) expect(w[id]).toBe(DEFAULT_WEIGHT);
  });

  it('returns a fresh object each time', () => {
    const a = defaultWeights();
    a.valuation = 7;
    expect(defaultWeights().valuation).toBe(DEFAULT_WEIGHT);
  });
});

describe('isComponentId', () => {
  it('accepts component ids and rejects anything else', () => {
    for (const id of COMPONENT_IDS) expect(isComponentId(id)).toBe(true);
    expect(isComponentId('nope')).toBe(false);
    expect(isComponentId('')).toBe(false);
    expect(isComponentId('toString')).toBe(false);
  });
});

describe('bandOf', () => {
  it.each([
    [0, 'calm'],
    [24.99, 'calm'],
    [25, 'elevated'],
    [49.99, 'elevated'],
    [50, 'high'],
    [74.99, 'high'],
    [75, 'extreme'],
    [100, 'extreme'],
  ] as const)('bandOf(%d) is %s', (value, band) => {
    expect(bandOf(value)).toBe(band);
  });
});

describe('headline', () => {
  it.each([
    [49.8, 49.8, 'elevated'],
    [49.96, 50, 'high'],
    [49.94, 49.9, 'elevated'],
    [24.96, 25, 'elevated'],
    [74.95, 75, 'extreme'],
    [0, 0, 'calm'],
  ] as const)('headline(%d) shows %d as %s', (value, shown, band) => {
    expect(headline(value)).toEqual({ shown, band });
  });
  it('never shows a number whose band differs from the band it names', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (v) => {
        const h = headline(v);
        expect(Math.abs(h.shown - v)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(h.band).toBe(bandOf(h.shown));
      }),
    );
  });
});
