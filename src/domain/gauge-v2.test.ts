import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realDatedFiles, realFiles } from '../../tests/fixture-files';
import { historyV2FixtureInputs } from '../../tests/history-v2-inputs';
import { workedExampleInput } from '../data/worked-example-input';
import { computeHistoryV2 } from './backtest/history';
import { DASHBOARD_V2_COMPONENTS } from './backtest/method';
import {
  AI_PART_IDS,
  aiScores,
  compareGauge,
  defaultGaugeWeights,
  differingInputs,
  GAUGE_COMPONENT_IDS,
  type GaugeComponentId,
  MIN_AI_BUILDUP,
  marketQuarter,
  PART_INDEX,
  partGroup,
  partsOf,
  readGauge,
  readingSources,
  scenarioUse,
  sensitivityV2,
  togetherKey,
} from './gauge-v2';
import { readYear } from './model';
import { scoreMetric } from './pressure';
import { defaultScenario } from './scenario';

const input = workedExampleInput(realFiles(), realDatedFiles());
const history = computeHistoryV2(historyV2FixtureInputs());
const reading2026 = readYear(input, 2026);
const metric = (id: string) =>
  Object.values(reading2026.components)
    .flatMap((c) => c.metrics)
    .find((m) => m.metric === id);

describe('the parts of the two meters', () => {
  it('are the mapping of METHOD.md §7, in its order, with its index and group', () => {
    expect([...GAUGE_COMPONENT_IDS]).toEqual(DASHBOARD_V2_COMPONENTS.map((c) => c.id));
    for (const c of DASHBOARD_V2_COMPONENTS) {
      expect(PART_INDEX[c.id as GaugeComponentId]).toBe(c.index);
      expect(partGroup(c.id as GaugeComponentId)).toBe(c.group);
    }
    expect(partsOf('buildup')).toHaveLength(11);
    expect(partsOf('stress')).toHaveLength(4);
    expect(partsOf('buildup', 'ai')).toHaveLength(6);
  });
});

describe('aiScores', () => {
  const ai = aiScores(reading2026);
  it('debt financing reads bonds / capex only: the BBB spread went to the market-wide parts', () => {
    expect(ai['debt-financing']).toBe(metric('bonds-to-capex')?.score);
    expect(ai['debt-financing']).not.toBe(reading2026.components['debt-financing'].score);
  });
  it('the NVIDIA drawdown is a stress part of its own, scored 0 → 50% as in v1', () => {
    const m = metric('nvidia-drawdown');
    expect(m?.raw?.value).toBe(input.scenario.drawdown);
    expect(ai['ai-drawdown']).toBeCloseTo(input.scenario.drawdown / 50, 12);
  });
  it("a capex guidance cut scores in stress (0 at no cut, 1 at −20%); 2026's raise scores 0", () => {
    expect(metric('capex-revision')?.raw?.value).toBeGreaterThan(0);
    expect(ai['capex-cut']).toBe(0);
  });
  it('capex growth keeps its three metrics (growth, upward revision, capex / GDP)', () => {
    const scores = ['capex-yoy', 'capex-revision', 'capex-gdp'].map((id) => metric(id)?.score ?? 0);
    expect(ai['capex-growth']).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / 3, 12);
  });
  it('2023 has too few AI parts for a reading', () => {
    const r = readGauge(readYear(input, 2023), history, defaultGaugeWeights());
    const n = Object.values(aiScores(readYear(input, 2023))).filter((s) => s !== null).length;
    expect(n).toBeLessThan(MIN_AI_BUILDUP);
    expect(r.buildup.problem).toBe('insufficient');
    expect(r.buildup.shown).toBeNull();
  });
});

describe('readGauge', () => {
  const g = readGauge(reading2026, history, defaultGaugeWeights());
  it("takes the market-wide parts from the history's latest quarter in 2026 (its own reading, one number per name)", () => {
    expect(g.buildup.quarter).toBe(history.latest.buildup?.quarter);
    expect(g.stress.quarter).toBe(history.latest.stress?.quarter);
    expect(g.buildup.market).toBeCloseTo(history.latest.buildup?.buildup ?? Number.NaN, 9);
    expect(g.stress.market).toBeCloseTo(history.latest.stress?.stress ?? Number.NaN, 9);
  });
  it('is the mean of every part with data (equal weights), computed here by hand', () => {
    for (const index of ['buildup', 'stress'] as const) {
      const q = index === 'buildup' ? history.latest.buildup : history.latest.stress;
      const ai = aiScores(reading2026);
      const scores = [
        ...partsOf(index, 'market').map((id) => q?.components[id as keyof typeof q.components] ?? null),
        ...partsOf(index, 'ai').map((id) => ai[id as keyof typeof ai]),
      ].filter((s): s is number => s !== null);
      const mean = (100 * scores.reduce((a, b) => a + b, 0)) / scores.length;
      expect(g[index].value).toBeCloseTo(mean, 9);
      expect(g[index].covered).toBe(scores.length);
      expect(g[index].shown).toBe(Math.round(mean * 10) / 10);
    }
  });
  it('while the history loads: the AI parts alone, and says so', () => {
    const p = readGauge(reading2026, null, defaultGaugeWeights());
    expect(p.market).toBe('pending');
    expect(p.buildup.quarter).toBeNull();
    expect(p.buildup.parts.filter((x) => x.group === 'market').every((x) => x.score === null)).toBe(true);
    const ai = aiScores(reading2026);
    const s = partsOf('buildup', 'ai').map((id) => ai[id as keyof typeof ai] ?? 0);
    expect(p.buildup.value).toBeCloseTo((100 * s.reduce((a, b) => a + b, 0)) / s.length, 9);
  });
  it('points add up to the reading for any weights; all zero gives no number and says why', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 20 }).map((k) => k / 4),
          { minLength: 15, maxLength: 15 },
        ),
        (ws) => {
          const weights = Object.fromEntries(GAUGE_COMPONENT_IDS.map((id, i) => [id, ws[i] ?? 1]));
          const r = readGauge(reading2026, history, weights);
          for (const index of ['buildup', 'stress'] as const) {
            const x = r[index];
            if (x.value === null) {
              expect(x.problem).toBe('no-weight');
              continue;
            }
            expect(x.parts.reduce((a, p) => a + (p.points ?? 0), 0)).toBeCloseTo(x.value, 9);
            expect(x.value).toBeGreaterThanOrEqual(0);
            expect(x.value).toBeLessThanOrEqual(100);
          }
        },
      ),
      { numRuns: 60 },
    );
    const zero = Object.fromEntries(GAUGE_COMPONENT_IDS.map((id) => [id, 0]));
    expect(readGauge(reading2026, history, zero).buildup.problem).toBe('no-weight');
  });
});

describe('marketQuarter', () => {
  it('a past year takes its last scored quarter; the latest year and later take the latest', () => {
    const q2024 = marketQuarter(history, 'buildup', 2024);
    expect(q2024?.quarter.startsWith('2024')).toBe(true);
    expect(q2024?.buildup).not.toBeNull();
    const later = history.quarters.filter(
      (q) => q.quarter > (q2024?.quarter ?? '') && q.quarter <= '2024-Q4',
    );
    expect(later.every((q) => q.buildup === null)).toBe(true);
    expect(marketQuarter(history, 'buildup', 2030)).toBe(history.latest.buildup);
    expect(marketQuarter(history, 'stress', 2026)).toBe(history.latest.stress);
  });
});

describe('togetherKey', () => {
  it('reads calm as low, elevated as some, high and extreme as high', () => {
    expect(togetherKey('high', 'calm')).toBe('high-low');
    expect(togetherKey('extreme', 'extreme')).toBe('high-high');
    expect(togetherKey('elevated', 'high')).toBe('some-high');
    expect(togetherKey('calm', 'elevated')).toBe('low-some');
  });
});

describe('what the year reads', () => {
  it('2026 reads reported data, company guidance and what-if inputs', () => {
    expect(readingSources(reading2026)).toEqual(['data', 'guidance', 'scenario']);
  });
  it('in 2026 the capex growth input moves nothing; from 2027 it does', () => {
    expect(scenarioUse(input, 2026).growth).toBe(false);
    expect(scenarioUse(input, 2026).life).toBe(true);
    expect(scenarioUse(input, 2027).growth).toBe(true);
  });
  it('the sensitivity ranks every input by its larger swing; an unused input swings 0 in both', () => {
    const rows = sensitivityV2(input, 2026, history, defaultGaugeWeights());
    expect(rows).toHaveLength(6);
    const growth = rows.find((r) => r.key === 'growth');
    expect(growth?.used).toBe(false);
    expect(growth?.swing).toEqual({ buildup: 0, stress: 0 });
    const big = rows.map((r) => Math.max(r.swing.buildup, r.swing.stress));
    expect(big).toEqual([...big].sort((a, b) => b - a));
    // The NVIDIA drawdown moves stress only; the server life build-up only.
    const dd = rows.find((r) => r.key === 'drawdown');
    expect(dd?.swing.stress).toBeGreaterThan(0);
    expect(dd?.swing.buildup).toBe(0);
    const life = rows.find((r) => r.key === 'life');
    expect(life?.swing.buildup).toBeGreaterThan(0);
    expect(life?.swing.stress).toBe(0);
    // Its readings at low and high are the gauge's own.
    const at = readGauge(
      readYear({ ...input, scenario: { ...input.scenario, life: 3 } }, 2026),
      history,
      defaultGaugeWeights(),
    );
    expect(life?.at.buildup.low).toBe(at.buildup.value);
  });
});

describe('compareGauge and differingInputs', () => {
  const a = {
    weights: { ...defaultGaugeWeights(), valuation: 2 },
    scenario: { ...defaultScenario(), life: 3 },
  };
  const b = { weights: defaultGaugeWeights(), scenario: defaultScenario() };
  it('names the inputs and weights that differ, inputs first', () => {
    expect(differingInputs(a, b)).toEqual([
      { kind: 'scenario', id: 'life', a: 3, b: 4 },
      { kind: 'weight', id: 'valuation', a: 2, b: 1 },
    ]);
    expect(differingInputs(b, b)).toEqual([]);
  });
  it("each index's part differences add up to its difference", () => {
    const ra = readGauge(readYear({ ...input, scenario: a.scenario }, 2026), history, a.weights);
    const rb = readGauge(readYear({ ...input, scenario: b.scenario }, 2026), history, b.weights);
    const c = compareGauge(ra, rb);
    for (const index of ['buildup', 'stress'] as const) {
      const sum = c[index].parts.reduce((x, p) => x + (p.diff ?? 0), 0);
      expect(sum).toBeCloseTo(c[index].diff ?? Number.NaN, 9);
    }
    expect(c.buildup.diff).not.toBe(0);
  });
});

describe('AI parts follow their thresholds', () => {
  it('every AI part other than capex-cut is the mean of its metrics scored between calm and extreme', () => {
    const ai = aiScores(reading2026);
    for (const id of AI_PART_IDS) {
      if (id === 'capex-cut') continue;
      const ms = Object.values(reading2026.components)
        .flatMap((c) => c.metrics)
        .filter((m) =>
          (
            ({
              'capex-growth': ['capex-yoy', 'capex-revision', 'capex-gdp'],
              'debt-financing': ['bonds-to-capex'],
              'off-balance-sheet': ['spv-to-bonds'],
              'monetization-gap': ['training-share', 'years-to-inference'],
              depreciation: ['depreciation-understatement'],
              'credit-concentration': ['ai-ig-share'],
              'ai-drawdown': ['nvidia-drawdown'],
            }) as Record<string, string[]>
          )[id]?.includes(m.metric),
        )
        .map((m) =>
          m.raw && m.threshold ? scoreMetric(m.raw.value, m.threshold.calm, m.threshold.extreme) : null,
        )
        .filter((s): s is number => s !== null);
      expect(ai[id], id).toBeCloseTo(ms.reduce((x, y) => x + y, 0) / ms.length, 12);
    }
  });
});
