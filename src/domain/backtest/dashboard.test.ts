import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyV2FixtureInputs } from '../../../tests/history-v2-inputs';
import { capexCutScore, dashboardIndex } from './dashboard';
import { computeHistoryV2 } from './history';

const history = computeHistoryV2(historyV2FixtureInputs());
const AI_BUILDUP = [
  'capex-growth',
  'debt-financing',
  'off-balance-sheet',
  'monetization-gap',
  'depreciation',
  'credit-concentration',
];

describe('dashboardIndex', () => {
  it("takes the market-wide parts from the history's latest quarter: with equal weights their reading is the history's", () => {
    for (const idx of ['buildup', 'stress'] as const) {
      const d = dashboardIndex(history, idx, {});
      expect(d.marketQuarter).toBe(history.latest[idx]?.quarter);
      expect(d.market).toBeCloseTo(history.latest[idx]?.[idx] ?? Number.NaN, 9);
      // With no AI data the meter is the market-wide reading itself.
      expect(d.value).toBeCloseTo(history.latest[idx]?.[idx] ?? Number.NaN, 9);
    }
  });
  it('adds the AI parts with their weights; the points add up to the reading', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), {
          minLength: 6,
          maxLength: 6,
        }),
        fc.array(
          fc.integer({ min: 0, max: 12 }).map((k) => k / 4),
          { minLength: 11, maxLength: 11 },
        ),
        (scores, ws) => {
          const ai = Object.fromEntries(AI_BUILDUP.map((id, i) => [id, scores[i] ?? null]));
          const ids = [
            ...['valuation', 'run-up', 'investment', 'credit', 'spread-compression'],
            ...AI_BUILDUP,
          ];
          const weights = Object.fromEntries(ids.map((id, i) => [id, ws[i] ?? 1]));
          const d = dashboardIndex(history, 'buildup', ai, weights);
          const live = d.parts.filter((p) => p.score !== null && p.weight > 0);
          const total = live.reduce((a, p) => a + p.weight, 0);
          if (total === 0) {
            expect(d.value).toBeNull();
            return;
          }
          const expected = (100 * live.reduce((a, p) => a + p.weight * (p.score ?? 0), 0)) / total;
          expect(d.value).toBeCloseTo(expected, 9);
          expect(d.parts.reduce((a, p) => a + (p.points ?? 0), 0)).toBeCloseTo(d.value ?? 0, 9);
          expect(d.value).toBeGreaterThanOrEqual(0);
          expect(d.value).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
  it('lists 11 build-up parts (5 market-wide, 6 AI) and 4 stress parts (2 and 2)', () => {
    const b = dashboardIndex(history, 'buildup', {});
    const s = dashboardIndex(history, 'stress', { 'ai-drawdown': 0.1, 'capex-cut': 0 });
    expect(b.parts.map((p) => p.group)).toEqual([...Array(5).fill('market'), ...Array(6).fill('ai')]);
    expect(s.parts.map((p) => p.id)).toEqual(['spread-widening', 'drawdown', 'ai-drawdown', 'capex-cut']);
  });
});

describe('capexCutScore', () => {
  it('is 0 for no cut or a raise, 0.5 at a 10% cut, 1 from a 20% cut', () => {
    expect(capexCutScore(24.1)).toBe(0);
    expect(capexCutScore(0)).toBe(0);
    expect(capexCutScore(-10)).toBe(0.5);
    expect(capexCutScore(-35)).toBe(1);
    expect(capexCutScore(null)).toBeNull();
  });
});
