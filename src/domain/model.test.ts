import { describe, expect, it } from 'vitest';
import {
  bigFourHand,
  bofa2025,
  bonds2025,
  buffett,
  capex2025,
  compositeAt,
  files,
  firstEstimate2025,
  handFiledLife,
  handScore,
  igLater,
  igNow,
  input,
  json,
  loaded,
  mean,
  ownRevision,
  type RawDataset,
  raw,
  spv2025,
  trainingCross,
  trainingNow,
  yearOf,
} from '../../tests/model-fixtures';
import { loadFixtures } from '../data/load';
import { fixtureDrawdown } from './company-figures';
import { HISTORY_YEARS, history, readYear, sensitivity } from './model';
import { COMPONENT_IDS, type ComponentId } from './pressure';
import { defaultScenario, NVIDIA_DRAWDOWN_DEFAULT, SCENARIO_KEYS, SCENARIO_SPECS } from './scenario';

describe('loadFixtures (the real fixtures, a precondition)', () => {
  it('load without errors', () => {
    expect(loaded.errors).toEqual([]);
    expect(loaded.thresholds).not.toBeNull();
    for (const id of [
      'capex',
      'bonds',
      'spv',
      'hyperscaler-capex',
      'depreciation',
      'compute-mix',
      'ig-share',
    ]) {
      expect(loaded.datasets[id]).toBeDefined();
    }
  });
});

describe('rawMetric', () => {
  it('capex-revision 2025 is the revision from the first estimate', () => {
    expect(raw('capex-revision', 2025)).toBeCloseTo(
      ((capex2025 - firstEstimate2025) / firstEstimate2025) * 100,
      9,
    );
    expect(raw('capex-revision', 2025)).toBeCloseTo(((405 - 250) / 250) * 100, 9);
  });

  it('capex-yoy compares two years on one basis; later years read the growth input', () => {
    const now = bigFourHand(2026) ?? Number.NaN;
    const before = bigFourHand(2025) ?? Number.NaN;
    expect(raw('capex-yoy', 2026)).toBeCloseTo(((now - before) / before) * 100, 9);
    // 2025 has no 2024 on the same basis (Microsoft's calendar 2024 is not known): not scored.
    expect(raw('capex-yoy', 2025)).toBeUndefined();
    expect(raw('capex-yoy', 2027, { growth: 37 })).toBe(37);
    expect(raw('capex-yoy', 2024)).toBeUndefined();
  });

  it('bonds-to-capex 2025 is the entity bond deals over capex', () => {
    expect(bonds2025).toBeGreaterThan(0);
    expect(raw('bonds-to-capex', 2025)).toBeCloseTo((bonds2025 / capex2025) * 100, 9);
    expect(raw('bonds-to-capex', 2026, { debt: 40 })).toBe(40);
  });

  it('spv-to-bonds divides the five hyperscalers’ vehicles by their bonds and holds the 2025 ratio', () => {
    // By hand: Hyperion 27.3 + Vantage 38 + Abilene 2.3 + 7.1 = 74.7 over BofA's $121B; xAI's vehicle is in neither.
    expect(spv2025).toBeCloseTo(74.7, 9);
    const expected = (spv2025 / bofa2025) * 100;
    expect(raw('spv-to-bonds', 2025)).toBeCloseTo(expected, 9);
    expect(raw('spv-to-bonds', 2028)).toBeCloseTo(expected, 9);
    expect(raw('spv-to-bonds', 2024)).toBeUndefined();
  });

  it('depreciation-understatement is filed life over the assumed life, minus one', () => {
    const life = SCENARIO_SPECS.life.default;
    expect(raw('depreciation-understatement', 2025)).toBeCloseTo((handFiledLife(2025) / life - 1) * 100, 9);
    // Projection years keep the last filed life.
    expect(raw('depreciation-understatement', 2028, { life: 5 })).toBeCloseTo(
      (handFiledLife(2025) / 5 - 1) * 100,
      9,
    );
  });

  it('training-share interpolates from the 2025 share to the crossover in the inference year', () => {
    expect(raw('training-share', 2025)).toBe(trainingNow);
    // 2027 with inference = 2029: halfway from 70 to 50.
    const expected2027 = trainingNow + ((trainingCross - trainingNow) * (2027 - 2025)) / (2029 - 2025);
    expect(expected2027).toBe(60);
    expect(raw('training-share', 2027, { inference: 2029 })).toBeCloseTo(expected2027, 9);
    expect(raw('training-share', 2029, { inference: 2029 })).toBeCloseTo(trainingCross, 9);
    expect(raw('training-share', 2024)).toBeUndefined();
  });

  it('years-to-inference counts down to the inference year and stops at zero', () => {
    expect(raw('years-to-inference', 2026, { inference: 2029 })).toBe(3);
    expect(raw('years-to-inference', 2030, { inference: 2029 })).toBe(0);
  });

  it('ai-ig-share interpolates to the later projection', () => {
    if (!igLater) throw new Error('no later ai-share row');
    const laterYear = yearOf(igLater.period);
    expect(raw('ai-ig-share', 2025)).toBe(igNow);
    expect(raw('ai-ig-share', 2027)).toBeCloseTo(
      igNow + ((igLater.value - igNow) * (2027 - 2025)) / (laterYear - 2025),
      9,
    );
  });

  it('buffett-indicator and nvidia-drawdown read the valuation fixture and the drawdown input', () => {
    expect(raw('buffett-indicator', 2025)).toBe(buffett);
    expect(raw('buffett-indicator', 2024)).toBeUndefined();
    expect(raw('nvidia-drawdown', 2026, { drawdown: 30 })).toBe(30);
  });

  it("the NVIDIA drawdown what-if starts at the fixture's latest figure (latest market value against the highest)", () => {
    const nv = json<RawDataset>('valuation.json').series.find((s) => s.id === 'nvidia-market-cap');
    const values = nv?.observations.map((o) => o.value) ?? [];
    const latest = values[values.length - 1] ?? Number.NaN;
    const byHand = 100 * (1 - latest / Math.max(...values));
    expect(fixtureDrawdown(loaded.datasets)?.value).toBeCloseTo(byHand, 12);
    // The default is that figure to one decimal (update NVIDIA_DRAWDOWN_DEFAULT when the fixture moves).
    expect(NVIDIA_DRAWDOWN_DEFAULT).toBe(Math.round(byHand * 10) / 10);
    const at = (drawdown: number) =>
      readYear(input({ drawdown }), 2026).components.valuation.metrics.find(
        (m) => m.metric === 'nvidia-drawdown',
      )?.raw;
    expect(at(NVIDIA_DRAWDOWN_DEFAULT)?.basis).toBe('data');
    expect(at(30)?.basis).toBe('scenario');
  });
});

describe('readYear', () => {
  /** Every component score for a projection year, computed by hand from the fixture JSON. */
  function handScores2026(): Record<ComponentId, number> {
    const s = defaultScenario();
    const train2026 = trainingNow + ((trainingCross - trainingNow) * (2026 - 2025)) / (s.inference - 2025);
    const igYear = igLater ? yearOf(igLater.period) : Number.NaN;
    const ig2026 = igNow + (((igLater?.value ?? Number.NaN) - igNow) * (2026 - 2025)) / (igYear - 2025);
    const b2026 = bigFourHand(2026) ?? Number.NaN;
    const b2025 = bigFourHand(2025) ?? Number.NaN;
    const yoy2026 = ((b2026 - b2025) / b2025) * 100;
    const revision2026 = ownRevision(2026);
    return {
      // 2026 reads the big four's own guidance (growth and its raises), not the scenario's growth input.
      'capex-growth': mean([handScore('capex-yoy', yoy2026), handScore('capex-revision', revision2026)]),
      'debt-financing': handScore('bonds-to-capex', s.debt),
      'off-balance-sheet': handScore('spv-to-bonds', (spv2025 / bofa2025) * 100),
      valuation: mean([handScore('buffett-indicator', buffett), handScore('nvidia-drawdown', s.drawdown)]),
      'monetization-gap': mean([
        handScore('training-share', train2026),
        handScore('years-to-inference', s.inference - 2026),
      ]),
      depreciation: handScore('depreciation-understatement', (handFiledLife(2025) / s.life - 1) * 100),
      'credit-concentration': handScore('ai-ig-share', ig2026),
    };
  }

  it('reproduces the 2026 composite computed by hand from the fixtures', () => {
    const hand = handScores2026();
    const reading = readYear(input(), 2026);
    for (const id of COMPONENT_IDS) expect(reading.components[id].score).toBeCloseTo(hand[id], 9);
    expect(reading.result.ok).toBe(true);
    expect(compositeAt(2026)).toBeCloseTo(100 * mean(COMPONENT_IDS.map((id) => hand[id])), 9);
    expect(reading.insufficient).toBe(false);
    expect(reading.kind).toBe('projection');
  });

  it('reproduces the 2025 capex-growth and debt-financing scores by hand', () => {
    const reading = readYear(input(), 2025);
    // No y/y (no 2024 on the same basis) and no capex/GDP without the FRED series: the revision alone.
    const revision = ((capex2025 - firstEstimate2025) / firstEstimate2025) * 100;
    expect(reading.components['capex-growth'].score).toBeCloseTo(handScore('capex-revision', revision), 9);
    expect(reading.components['debt-financing'].score).toBeCloseTo(
      handScore('bonds-to-capex', (bonds2025 / capex2025) * 100),
      9,
    );
    expect(reading.kind).toBe('estimate');
  });

  it('attaches the matching threshold to every metric reading', () => {
    const reading = readYear(input(), 2026);
    for (const id of COMPONENT_IDS) {
      for (const m of reading.components[id].metrics) {
        expect(m.threshold?.metric).toBe(m.metric);
        expect(m.threshold?.component).toBe(id);
      }
    }
  });

  it.each([
    ['life down', { life: 3 }],
    ['debt up', { debt: 40 }],
    ['drawdown up', { drawdown: 30 }],
    ['inference later', { inference: 2031 }],
  ] as const)('raises the 2026 composite when %s', (_label, change) => {
    expect(compositeAt(2026, change)).toBeGreaterThan(compositeAt(2026));
  });

  it.each([
    ['life up', { life: 5 }],
    ['debt down', { debt: 10 }],
    ['inference sooner', { inference: 2027 }],
  ] as const)('lowers the 2026 composite when %s', (_label, change) => {
    expect(compositeAt(2026, change)).toBeLessThan(compositeAt(2026));
  });

  it('reads 2026 capex growth from guidance (growth input ignored) and 2027 from the growth input', () => {
    expect(compositeAt(2026, { growth: 0 })).toBeCloseTo(compositeAt(2026, { growth: 40 }), 12);
    expect(compositeAt(2027, { growth: 40 })).toBeGreaterThan(compositeAt(2027));
    expect(compositeAt(2027, { growth: 15 })).toBeLessThan(compositeAt(2027));
    const yoy = readYear(input(), 2026).components['capex-growth'].metrics.find(
      (m) => m.metric === 'capex-yoy',
    );
    expect(yoy?.raw?.basis).toBe('guidance');
    const later = readYear(input(), 2027).components['capex-growth'].metrics.find(
      (m) => m.metric === 'capex-yoy',
    );
    expect(later?.raw?.basis).toBe('scenario');
  });

  it('labels the 2026 revision as measured from the first published figures, not as guidance', () => {
    const revision = readYear(input(), 2026).components['capex-growth'].metrics.find(
      (m) => m.metric === 'capex-revision',
    );
    expect(revision?.raw?.basis).toBe('revised');
    // 2025 is the article's own revision ($250B → $405B): sourced data.
    const y2025 = readYear(input(), 2025).components['capex-growth'].metrics.find(
      (m) => m.metric === 'capex-revision',
    );
    expect(y2025?.raw?.basis).toBeUndefined();
  });

  it('still reads a year when a dataset is missing: the component is null, the gauge still works', () => {
    const { valuation: _dropped, ...rest } = loaded.datasets;
    const reading = readYear(input({}, rest), 2026);
    expect(reading.components.valuation.score).toBeNull();
    for (const m of reading.components.valuation.metrics) expect(m.raw).toBeNull();
    expect(reading.result.ok).toBe(true);
    expect(reading.insufficient).toBe(false);
    const hand = handScores2026();
    const others = COMPONENT_IDS.filter((id) => id !== 'valuation');
    expect(reading.result.ok && reading.result.value).toBeCloseTo(
      100 * mean(others.map((id) => hand[id])),
      9,
    );
    expect(reading.result.ok && reading.result.covered).toEqual(others);
  });

  it('survives a broken fixture file: it is reported and left out', () => {
    const broken = loadFixtures({ ...files, 'valuation.json': '{"id": "valuation", "series": [' });
    expect(broken.errors.some((e) => e.file === 'valuation.json')).toBe(true);
    expect(broken.datasets.valuation).toBeUndefined();
    const reading = readYear(input({}, broken.datasets), 2026);
    expect(reading.components.valuation.score).toBeNull();
    expect(reading.result.ok).toBe(true);
    expect(Number.isNaN(reading.result.ok ? reading.result.value : Number.NaN)).toBe(false);
  });

  it('reports every component as null with no datasets and no thresholds, without throwing', () => {
    const reading = readYear({ ...input({}, {}), thresholds: [] }, 2026);
    for (const id of COMPONENT_IDS) expect(reading.components[id].score).toBeNull();
    expect(reading.result).toMatchObject({ ok: false, reason: 'no-data' });
    expect(reading.insufficient).toBe(true);
  });
});

describe('history', () => {
  it('reads 2023–2030 by default', () => {
    const h = history(input());
    expect(h.map((r) => r.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect([...HISTORY_YEARS]).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('marks 2023 and 2024 as insufficient and later years as covered', () => {
    const h = history(input());
    const byYear = new Map(h.map((r) => [r.year, r]));
    expect(byYear.get(2023)?.insufficient).toBe(true);
    expect(byYear.get(2024)?.insufficient).toBe(true);
    for (const y of [2025, 2026, 2027, 2028, 2029, 2030]) expect(byYear.get(y)?.insufficient).toBe(false);
  });

  it('matches readYear for each year', () => {
    const inp = input({ growth: 35 });
    for (const r of history(inp, [2025, 2028])) expect(r).toEqual(readYear(inp, r.year));
  });
});

describe('sensitivity', () => {
  const rows = sensitivity(input(), 2026);

  it('has one row per scenario input at its spec low and high', () => {
    expect(rows.map((r) => r.key).sort()).toEqual([...SCENARIO_KEYS].sort());
    for (const r of rows) {
      expect(r.low).toBe(SCENARIO_SPECS[r.key].low);
      expect(r.high).toBe(SCENARIO_SPECS[r.key].high);
    }
  });

  it('is sorted by swing, largest first', () => {
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]?.swing).toBeLessThanOrEqual(rows[i - 1]?.swing ?? Number.NaN);
    }
  });

  it('has swing = |atHigh − atLow|, each the composite with that input changed', () => {
    for (const r of rows) {
      expect(r.atLow).not.toBeNull();
      expect(r.atHigh).not.toBeNull();
      expect(r.swing).toBeCloseTo(Math.abs((r.atHigh ?? Number.NaN) - (r.atLow ?? Number.NaN)), 12);
      expect(r.atLow).toBeCloseTo(compositeAt(2026, { [r.key]: r.low }), 12);
      expect(r.atHigh).toBeCloseTo(compositeAt(2026, { [r.key]: r.high }), 12);
    }
    // Every input but growth and GDP moves the 2026 gauge: 2026 capex growth comes from the companies'
    // guidance, and without the dated series loaded there is no capex/GDP metric for GDP growth to move.
    for (const r of rows) {
      if (r.key === 'growth' || r.key === 'gdp') expect(r.swing).toBe(0);
      else expect(r.swing).toBeGreaterThan(0);
    }
  });
});
