import { describe, expect, it } from 'vitest';
import { realFiles } from '../../tests/fixture-files';
import { loadFixtures } from '../data/load';
import {
  bigFourCapex,
  capexPath,
  companyRevision,
  filedUsefulLife,
  fixtureDrawdown,
  hyperscalerCapex,
} from './company-figures';
import { annualMeans } from './dated-figures';
import {
  HISTORY_YEARS,
  history,
  type MetricId,
  type ModelInput,
  rawMetric,
  readYear,
  sensitivity,
} from './model';
import { COMPONENT_IDS, type ComponentId, defaultWeights } from './pressure';
import {
  defaultScenario,
  NVIDIA_DRAWDOWN_DEFAULT,
  SCENARIO_KEYS,
  SCENARIO_SPECS,
  type Scenario,
} from './scenario';
import type { DatedSeries } from './types';

// ---- The real fixtures, read straight from disk (vitest's cwd is the project root). ----

const files: Record<string, string> = realFiles();

interface RawObs {
  period: number | string;
  value: number;
  kind: string;
  revisions?: Array<{ value: number; consensus?: boolean }>;
}
interface RawSeries {
  id: string;
  entity?: string;
  tenant?: string;
  observations: RawObs[];
}
interface RawDataset {
  id: string;
  series: RawSeries[];
}
interface RawThreshold {
  component: string;
  metric: string;
  calm: number;
  extreme: number;
}

function json<T>(file: string): T {
  const text = files[file];
  if (text === undefined) throw new Error(`fixture ${file} is missing`);
  return JSON.parse(text) as T;
}
const rawCapex = json<RawDataset>('capex.json');
const rawBonds = json<RawDataset>('bonds.json');
const rawSpv = json<RawDataset>('spv.json');
const rawHyperscaler = json<RawDataset>('hyperscaler-capex.json');
const rawDepreciation = json<RawDataset>('depreciation.json');
const rawMix = json<RawDataset>('compute-mix.json');
const rawIg = json<RawDataset>('ig-share.json');
const rawValuation = json<RawDataset>('valuation.json');
const rawThresholds = json<{ thresholds: RawThreshold[] }>('thresholds.json').thresholds;

const yearOf = (p: number | string) => (typeof p === 'number' ? p : Number(p.slice(0, 4)));
function series(ds: RawDataset, id: string): RawSeries {
  const s = ds.series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id} in ${ds.id}`);
  return s;
}
function valueIn(s: RawSeries, year: number): number {
  const o = s.observations.find((x) => yearOf(x.period) === year);
  if (!o) throw new Error(`no ${year} observation in ${s.id}`);
  return o.value;
}
/** Σ of every observation in `year` of the series that have an entity. */
function entitySum(ds: RawDataset, year: number): number {
  let sum = 0;
  for (const s of ds.series) {
    if (s.entity === undefined) continue;
    for (const o of s.observations) if (yearOf(o.period) === year) sum += o.value;
  }
  return sum;
}
/** Score a raw value against thresholds.json, by hand. */
function handScore(metric: MetricId, raw: number): number {
  const t = rawThresholds.find((x) => x.metric === metric);
  if (!t) throw new Error(`no threshold for ${metric}`);
  return Math.min(1, Math.max(0, (raw - t.calm) / (t.extreme - t.calm)));
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

// ---- Hand-derived figures from the fixture JSON. ----

const capex2025 = valueIn(series(rawCapex, 'article-path'), 2025); // 405
const firstEstimate2025 = (() => {
  const o = series(rawCapex, 'article-path').observations.find((x) => yearOf(x.period) === 2025);
  const first = o?.revisions?.[0]?.value;
  if (first === undefined) throw new Error('no first estimate for 2025');
  return first; // 250
})();
const bonds2025 = entitySum(rawBonds, 2025);
const usable = (o: RawObs | undefined): o is RawObs =>
  o !== undefined && o.kind !== 'secondary' && o.kind !== 'superseded';
/** BofA's count of the five hyperscalers' 2025 bonds: the denominator of SPV debt / bonds. */
const bofa2025 = valueIn(series(rawBonds, 'bofa-total'), 2025); // 121
/** Σ of the 2025 debt of the vehicles financing the five hyperscalers (tenant, else entity), by hand. */
const FIVE = ['alphabet', 'amazon', 'meta', 'microsoft', 'oracle'];
const spv2025 = rawSpv.series
  .filter((s) => FIVE.includes(s.tenant ?? s.entity ?? ''))
  .flatMap((s) => s.observations.filter((o) => yearOf(o.period) === 2025 && usable(o)))
  .reduce((a, o) => a + o.value, 0);
const BIG_FOUR_IDS = ['alphabet', 'amazon', 'meta', 'microsoft'];
const bigFour = BIG_FOUR_IDS.map((id) => series(rawHyperscaler, id));
const obsIn = (s: RawSeries, year: number) => s.observations.find((x) => yearOf(x.period) === year);
/** The four companies' sum where all four have a usable figure, else null. */
const hyperscalerSum = (year: number): number | null =>
  bigFour.every((s) => usable(obsIn(s, year)))
    ? bigFour.reduce((a, s) => a + (obsIn(s, year)?.value ?? 0), 0)
    : null;
/** The gauge's big-four figure: the companies' sum, else the usable press tally, else null. */
const bigFourHand = (year: number): number | null => {
  const sum = hyperscalerSum(year);
  if (sum !== null) return sum;
  const o = obsIn(series(rawCapex, 'big-four-press'), year);
  return usable(o) ? o.value : null;
};
/** The companies' own raises: current over each company's first own figure (Street expectations skipped). */
const ownRevision = (year: number): number => {
  let now = 0;
  let first = 0;
  for (const s of bigFour) {
    const o = obsIn(s, year);
    if (!usable(o)) continue;
    now += o.value;
    first += o.revisions?.find((r) => !r.consensus)?.value ?? o.value;
  }
  return ((now - first) / first) * 100;
};
/** Mean of each life-* series' latest value at or before `year`. */
function handFiledLife(year: number): number {
  const lives: number[] = [];
  for (const s of rawDepreciation.series) {
    if (!s.id.startsWith('life-')) continue;
    const upTo = s.observations.filter((o) => yearOf(o.period) <= year);
    if (upTo.length === 0) continue;
    const latest = upTo.reduce((a, b) => (yearOf(b.period) > yearOf(a.period) ? b : a));
    lives.push(latest.value);
  }
  return mean(lives);
}
const trainingNow = valueIn(series(rawMix, 'training-share'), 2025); // 70
const trainingCross = (() => {
  const o = series(rawMix, 'training-share').observations.find((x) => x.kind === 'projection');
  if (!o) throw new Error('no crossover row');
  return o.value; // 50
})();
const igNow = valueIn(series(rawIg, 'ai-share'), 2025); // 14
const igLater = series(rawIg, 'ai-share').observations.find((o) => yearOf(o.period) > 2025);
const buffett = series(rawValuation, 'buffett-indicator').observations[0]?.value ?? Number.NaN; // 217

// ---- The model input under test. ----

const loaded = loadFixtures(files);
const thresholds = loaded.thresholds?.thresholds ?? [];
function input(scenario: Partial<Scenario> = {}, datasets = loaded.datasets): ModelInput {
  return { datasets, thresholds, scenario: { ...defaultScenario(), ...scenario }, weights: defaultWeights() };
}
function compositeAt(year: number, scenario: Partial<Scenario> = {}): number {
  const r = readYear(input(scenario), year).result;
  if (!r.ok) throw new Error(`no composite for ${year}: ${r.reason}`);
  return r.value;
}
function raw(metric: MetricId, year: number, scenario: Partial<Scenario> = {}): number | undefined {
  return rawMetric(metric, loaded.datasets, { ...defaultScenario(), ...scenario }, year)?.value;
}

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

describe('capexPath', () => {
  it('starts at the 2025 figure and compounds the growth input', () => {
    const path = capexPath(
      loaded.datasets,
      { ...defaultScenario(), growth: 22 },
      [2023, 2024, 2025, 2026, 2027],
    );
    expect(path.map((p) => p.year)).toEqual([2025, 2026, 2027]);
    expect(path[0]).toEqual({ year: 2025, value: capex2025, kind: 'estimate' });
    expect(path[1]?.value).toBeCloseTo(capex2025 * 1.22, 9);
    expect(path[2]?.value).toBeCloseTo(capex2025 * 1.22 ** 2, 9);
    expect(path[2]?.kind).toBe('projection');
  });

  it('is empty without the capex dataset', () => {
    expect(capexPath({}, defaultScenario(), [2025, 2026])).toEqual([]);
  });
});

describe('filedUsefulLife', () => {
  it('averages the life in force in the year across companies', () => {
    const d = loaded.datasets.depreciation;
    expect(filedUsefulLife(d, 2025)).toBeCloseTo(handFiledLife(2025), 12);
    // By hand: Microsoft 6, Alphabet 6, Meta 5.5, Amazon 5 (latest filed, 2023) → 5.625.
    expect(filedUsefulLife(d, 2025)).toBeCloseTo(5.75, 12);
    // 2020: Microsoft 3, Alphabet 3, Amazon 4; Meta has no 2020 row.
    expect(filedUsefulLife(d, 2020)).toBeCloseTo(10 / 3, 12);
  });

  it('is null before any filing and without the dataset', () => {
    expect(filedUsefulLife(loaded.datasets.depreciation, 2010)).toBeNull();
    expect(filedUsefulLife(undefined, 2025)).toBeNull();
  });
});

describe('hyperscalerCapex and bigFourCapex', () => {
  it('sums the four companies on one basis (2025: calendar years, Microsoft including finance leases)', () => {
    expect(hyperscalerCapex(loaded.datasets['hyperscaler-capex'], 2025)).toBeCloseTo(
      hyperscalerSum(2025) ?? 0,
      9,
    );
    // By hand: 92 + 131 + 72.2 + (21.4 + 24.2 + 34.9 + 37.5) = 413.2, near the WSJ's "over $400 billion".
    expect(hyperscalerCapex(loaded.datasets['hyperscaler-capex'], 2025)).toBeCloseTo(413.2, 9);
  });

  it('is null unless every company has a usable figure on the basis', () => {
    // 2024: Microsoft's calendar-year figure is not known; 2026: Microsoft's is secondary.
    expect(hyperscalerCapex(loaded.datasets['hyperscaler-capex'], 2024)).toBeNull();
    expect(hyperscalerCapex(loaded.datasets['hyperscaler-capex'], 2026)).toBeNull();
    expect(hyperscalerCapex(loaded.datasets['hyperscaler-capex'], 2023)).toBeNull();
    expect(hyperscalerCapex(undefined, 2025)).toBeNull();
  });

  it('reads the verified press tally where the companies cannot be summed (2026: Bloomberg ≈ $650B)', () => {
    expect(bigFourCapex(loaded.datasets, 2025)).toMatchObject({
      value: bigFourHand(2025),
      basis: 'companies',
    });
    expect(bigFourCapex(loaded.datasets, 2026)).toMatchObject({
      value: bigFourHand(2026),
      basis: 'press',
      series: ['capex/big-four-press'],
    });
    expect(bigFourHand(2026)).toBe(650);
    expect(bigFourCapex(loaded.datasets, 2024)).toBeNull();
  });
});

describe('companyRevision', () => {
  it('measures each company against its own first figure, never against the Street', () => {
    // 2026: Meta $125B → $135B; Alphabet and Amazon beat the Street but did not revise their own guidance.
    expect(companyRevision(loaded.datasets['hyperscaler-capex'], 2026)).toBeCloseTo(ownRevision(2026), 9);
    expect(companyRevision(loaded.datasets['hyperscaler-capex'], 2026)).toBeCloseTo((515 / 505 - 1) * 100, 9);
  });

  it('is null when no company revised its figure', () => {
    expect(companyRevision(loaded.datasets['hyperscaler-capex'], 2024)).toBeNull();
    expect(companyRevision(undefined, 2026)).toBeNull();
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

describe('annualMeans', () => {
  const series = (observations: DatedSeries['observations']): DatedSeries => ({
    id: 'BAMLC0A4CBBB',
    title: 'test',
    unit: 'pct',
    frequency: 'daily',
    kind: 'reported',
    sourceId: 'x',
    asOf: '2021-01-04',
    provenance: {
      publisher: 'test',
      url: 'https://fred.stlouisfed.org/',
      originalSource: 'test',
      fredUnits: 'percent',
      copiedFrom: 'test',
      inputFile: 'test.csv',
      sha256: '0'.repeat(64),
      checks: '',
      note: '',
    },
    observations,
  });

  it('averages each calendar year, leaving out missing days, and keeps the count', () => {
    const s = series([
      ['2020-01-02', 1],
      ['2020-06-30', null],
      ['2020-12-31', 2],
      ['2021-01-04', 5],
    ]);
    const m = annualMeans(s);
    expect(m.get(2020)).toEqual({ mean: 1.5, count: 2 });
    expect(m.get(2021)).toEqual({ mean: 5, count: 1 });
    expect(m.has(2019)).toBe(false);
    expect(annualMeans(undefined).size).toBe(0);
  });

  it('computes a series once: the same series gives the same result object, another series its own', () => {
    const a = series([['2020-01-02', 1]]);
    const b = series([['2020-01-02', 3]]);
    expect(annualMeans(a)).toBe(annualMeans(a));
    expect(annualMeans(b).get(2020)?.mean).toBe(3);
    expect(annualMeans(a).get(2020)?.mean).toBe(1);
  });
});
