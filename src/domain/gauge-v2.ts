/**
 * The dashboard's two readings under method v2 (docs/METHOD.md §7): **build-up** and **stress**, each the
 * market-wide components of history v2 (at the quarter the reading year takes) plus the AI-specific
 * components the gauge computes from the fixtures and the what-if inputs. Pure: no React, no store.
 *
 * - `aiScores(reading)` turns the year's raw AI metrics (model.ts) into the eight AI parts (six build-up,
 *   two stress), with the BBB spread and the NVIDIA drawdown moved out of build-up (§7's mapping table).
 * - `readGauge(reading, history, weights)` gives both meters, their parts and points (they add up to the
 *   reading), the market quarter of each and why a meter has no number.
 * - `togetherSentence`, `scenarioUse`, `sensitivityV2`, `compareGauge`, `differingInputs`: the sentence
 *   that reads the two together, which what-if inputs a year uses, the ranking of the inputs by the
 *   swing they cause in each index, and the comparison with a pinned baseline.
 */
import { capexCutScore, type DashboardIndex, dashboardIndex } from './backtest/dashboard';
import type { HistoryV2, QuarterV2 } from './backtest/history';
import type { MetricId } from './metrics';
import { type MetricReading, type ModelInput, readYear, type YearReading } from './model';
import { type Band, componentScore, headline } from './pressure';
import { LAST_DATA_YEAR, type ReadingBasis } from './raw-value';
import { SCENARIO_KEYS, SCENARIO_SPECS, type Scenario, type ScenarioKey } from './scenario';

export * from './gauge-ids';

import { GAUGE_COMPONENT_IDS, type GaugeComponentId, type GaugeWeights, type IndexId } from './gauge-ids';

export type PartGroup = 'market' | 'ai';

export const PART_INDEX: Readonly<Record<GaugeComponentId, IndexId>> = {
  valuation: 'buildup',
  'run-up': 'buildup',
  investment: 'buildup',
  credit: 'buildup',
  'spread-compression': 'buildup',
  'capex-growth': 'buildup',
  'debt-financing': 'buildup',
  'off-balance-sheet': 'buildup',
  'monetization-gap': 'buildup',
  depreciation: 'buildup',
  'credit-concentration': 'buildup',
  'spread-widening': 'stress',
  drawdown: 'stress',
  'ai-drawdown': 'stress',
  'capex-cut': 'stress',
};

const MARKET = new Set<GaugeComponentId>([
  'valuation',
  'run-up',
  'investment',
  'credit',
  'spread-compression',
  'spread-widening',
  'drawdown',
]);
export function partGroup(id: GaugeComponentId): PartGroup {
  return MARKET.has(id) ? 'market' : 'ai';
}

/** The parts of an index, in breakdown order. */
export function partsOf(index: IndexId, group?: PartGroup): GaugeComponentId[] {
  return GAUGE_COMPONENT_IDS.filter(
    (id) => PART_INDEX[id] === index && (group === undefined || partGroup(id) === group),
  );
}

export type AiPartId = Exclude<
  GaugeComponentId,
  'valuation' | 'run-up' | 'investment' | 'credit' | 'spread-compression' | 'spread-widening' | 'drawdown'
>;

/** The gauge's raw metrics (model.ts) each AI part reads (METHOD.md §7). */
export const AI_PART_METRICS: Readonly<Record<AiPartId, readonly MetricId[]>> = {
  'capex-growth': ['capex-yoy', 'capex-revision', 'capex-gdp'],
  'debt-financing': ['bonds-to-capex'],
  'off-balance-sheet': ['spv-to-bonds'],
  'monetization-gap': ['training-share', 'years-to-inference'],
  depreciation: ['depreciation-understatement'],
  'credit-concentration': ['ai-ig-share'],
  'ai-drawdown': ['nvidia-drawdown'],
  'capex-cut': ['capex-revision'],
};

export const AI_PART_IDS = Object.keys(AI_PART_METRICS) as AiPartId[];

/** The metric readings of an AI part in a year's reading. */
export function aiPartMetrics(reading: YearReading, id: AiPartId): MetricReading[] {
  const all = Object.values(reading.components).flatMap((c) => c.metrics);
  return AI_PART_METRICS[id].flatMap((m) => all.filter((x) => x.metric === m));
}

/**
 * The AI parts' scores 0–1 (null without data): the mean of their metrics' scores, except `capex-cut`,
 * which scores the year's capex revision when it is a cut (`capexCutScore`: 0 at no cut, 1 at −20%).
 */
export function aiScores(reading: YearReading): Record<AiPartId, number | null> {
  const out = {} as Record<AiPartId, number | null>;
  for (const id of AI_PART_IDS) {
    const metrics = aiPartMetrics(reading, id);
    out[id] =
      id === 'capex-cut'
        ? capexCutScore(metrics[0]?.raw?.value ?? null)
        : componentScore(metrics.map((m) => m.score));
  }
  return out;
}

/** What the meters read of a history v2 quarter (the history panel's view drops the rest). */
export type MarketQuarter = Pick<QuarterV2, 'quarter' | 'buildup' | 'stress' | 'components'>;
/** History v2 as the meters read it: its quarters and each index's latest scored quarter. */
export interface MarketHistory {
  quarters: readonly MarketQuarter[];
  latest: Record<IndexId, MarketQuarter | null>;
}

/**
 * The history quarter whose market-wide components a reading year takes: the latest quarter the index is
 * scored in that year or before; for the latest year of the history and after, its latest quarter
 * (METHOD.md §7: "today" is the history's latest reading). Null without a scored quarter.
 */
export function marketQuarter(history: MarketHistory, index: IndexId, year: number): MarketQuarter | null {
  const latest = history.latest[index];
  if (!latest) return null;
  if (year >= Number(latest.quarter.slice(0, 4))) return latest;
  const end = `${year}-Q4`;
  let found: MarketQuarter | null = null;
  for (const q of history.quarters) {
    if (q.quarter > end) break;
    if (q[index] !== null) found = q;
  }
  return found;
}

/** A year's readings need at least this many of the six AI build-up parts with data (as v1's 4 of 7). */
export const MIN_AI_BUILDUP = 4;

export type MarketState = 'pending' | 'ready' | 'missing';

export interface GaugeIndexReading extends DashboardIndex {
  /** The reading as shown: one decimal, and the band of that shown number; null when there is none. */
  shown: number | null;
  shownBand: Band | null;
  /** Why there is no number: every weight zero, no data, or too few AI parts for the year. */
  problem: 'no-weight' | 'no-data' | 'insufficient' | null;
  /** The history quarter of the market-wide parts (null while the history loads or without one). */
  quarter: string | null;
  /** Parts with data / all parts of the index. */
  covered: number;
  total: number;
}

export interface GaugeReading {
  year: number;
  reading: YearReading;
  buildup: GaugeIndexReading;
  stress: GaugeIndexReading;
  /** `pending`: the history is still being computed (the meters show the AI parts only). */
  market: MarketState;
}

/**
 * Both meters for a year: `reading` is the model's year (the AI metrics), `history` history v2 (null while
 * it loads: the market-wide parts are then left out and `market` says so), `weights` by part id.
 */
export function readGauge(
  reading: YearReading,
  history: MarketHistory | null,
  weights: Readonly<Record<string, number>>,
  market: MarketState = history ? 'ready' : 'pending',
): GaugeReading {
  const ai = aiScores(reading);
  const aiBuildup = partsOf('buildup', 'ai').filter((id) => ai[id as AiPartId] !== null).length;
  const insufficient = aiBuildup < MIN_AI_BUILDUP;
  const one = (index: IndexId): GaugeIndexReading => {
    const q = history ? marketQuarter(history, index, reading.year) : null;
    const latest = { buildup: null, stress: null, [index]: q } as Pick<HistoryV2, 'latest'>['latest'];
    const d = dashboardIndex({ latest }, index, ai, weights);
    const covered = d.parts.filter((p) => p.score !== null).length;
    const problem =
      covered === 0 ? 'no-data' : insufficient ? 'insufficient' : d.value === null ? 'no-weight' : null;
    const h = problem === null && d.value !== null ? headline(d.value) : null;
    return {
      ...d,
      shown: h?.shown ?? null,
      shownBand: h?.band ?? null,
      problem,
      quarter: q?.quarter ?? null,
      covered,
      total: d.parts.length,
    };
  };
  return { year: reading.year, reading, buildup: one('buildup'), stress: one('stress'), market };
}

/** The level a band gives in the sentence that reads the two indices together. */
export type Level = 'low' | 'some' | 'high';
export function levelOf(band: Band): Level {
  return band === 'calm' ? 'low' : band === 'elevated' ? 'some' : 'high';
}

/**
 * The key of the sentence that reads the two indices together ("Build-up high, stress calm: stretched,
 * no cracks yet"): `<build-up level>-<stress level>`, each low (calm), some (elevated) or high (high or
 * extreme). The message catalogue words each of the nine.
 */
export function togetherKey(buildup: Band, stress: Band): `${Level}-${Level}` {
  return `${levelOf(buildup)}-${levelOf(stress)}`;
}

/** The sources a reading's AI parts rest on, in a fixed order: reported data, guidance, scenario. */
export type ReadingSource = 'data' | 'guidance' | 'scenario';

export function readingSources(reading: YearReading): ReadingSource[] {
  const seen = new Set<ReadingBasis>();
  for (const id of AI_PART_IDS)
    for (const m of aiPartMetrics(reading, id)) if (m.raw) seen.add(m.raw.basis ?? 'data');
  const out: ReadingSource[] = [];
  if (seen.has('data')) out.push('data');
  if (seen.has('guidance') || seen.has('revised')) out.push('guidance');
  if (seen.has('scenario')) out.push('scenario');
  return out;
}

/**
 * Which what-if inputs a year's reading uses: an input is used when moving it from its minimum to its
 * maximum changes any of the year's AI metrics. (In 2026 the capex growth input moves nothing: the year
 * reads the companies' own guidance.)
 */
export function scenarioUse(input: ModelInput, year: number): Record<ScenarioKey, boolean> {
  const values = (scenario: Scenario) => {
    const r = readYear({ ...input, scenario }, year);
    return Object.values(r.components).flatMap((c) => c.metrics.map((m) => m.raw?.value ?? null));
  };
  const out = {} as Record<ScenarioKey, boolean>;
  for (const key of SCENARIO_KEYS) {
    const { min, max } = SCENARIO_SPECS[key];
    const a = values({ ...input.scenario, [key]: min });
    const b = values({ ...input.scenario, [key]: max });
    out[key] = a.some((v, i) => v !== b[i]);
  }
  return out;
}

export interface SensitivityV2Row {
  key: ScenarioKey;
  low: number;
  high: number;
  /** Each index at the input's low and high (others as they are); null when it has no number. */
  at: Record<IndexId, { low: number | null; high: number | null }>;
  /** |high − low| in points, per index. */
  swing: Record<IndexId, number>;
  /** Does the year use this input at all? (An unused one moves nothing, and says so.) */
  used: boolean;
}

/**
 * Each what-if input at its low and high, the others as they are: both indices, ranked by the larger of
 * the two swings (then by the build-up swing). The market-wide parts do not depend on the inputs.
 */
export function sensitivityV2(
  input: ModelInput,
  year: number,
  history: MarketHistory | null,
  weights: Readonly<Record<string, number>>,
): SensitivityV2Row[] {
  const use = scenarioUse(input, year);
  const at = (key: ScenarioKey, value: number) =>
    readGauge(readYear({ ...input, scenario: { ...input.scenario, [key]: value } }, year), history, weights);
  const swing = (a: number | null, b: number | null) => (a === null || b === null ? 0 : Math.abs(b - a));
  return SCENARIO_KEYS.map((key): SensitivityV2Row => {
    const { low, high } = SCENARIO_SPECS[key];
    const lo = at(key, low);
    const hi = at(key, high);
    const pair = (i: IndexId) => ({ low: lo[i].value, high: hi[i].value });
    return {
      key,
      low,
      high,
      at: { buildup: pair('buildup'), stress: pair('stress') },
      swing: {
        buildup: swing(lo.buildup.value, hi.buildup.value),
        stress: swing(lo.stress.value, hi.stress.value),
      },
      used: use[key],
    };
  }).sort(
    (a, b) =>
      Math.max(b.swing.buildup, b.swing.stress) - Math.max(a.swing.buildup, a.swing.stress) ||
      b.swing.buildup - a.swing.buildup,
  );
}

export interface PartDiff {
  id: GaugeComponentId;
  a: number | null;
  b: number | null;
  diff: number | null;
}
export interface IndexComparison {
  a: number | null;
  b: number | null;
  diff: number | null;
  parts: PartDiff[];
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
const shownValue = (r: GaugeIndexReading) => (r.problem === null ? r.value : null);

/** The view (A) against a pinned baseline (B): both indices and each part's points. */
export function compareGauge(a: GaugeReading, b: GaugeReading): Record<IndexId, IndexComparison> {
  const one = (index: IndexId): IndexComparison => {
    const ra = a[index];
    const rb = b[index];
    const va = shownValue(ra);
    const vb = shownValue(rb);
    return {
      a: va,
      b: vb,
      diff: minus(va, vb),
      parts: ra.parts.map((p) => {
        const pa = va === null ? null : p.points;
        const pb = vb === null ? null : (rb.parts.find((x) => x.id === p.id)?.points ?? null);
        return { id: p.id as GaugeComponentId, a: pa, b: pb, diff: minus(pa, pb) };
      }),
    };
  };
  return { buildup: one('buildup'), stress: one('stress') };
}

export type InputDiff =
  | { kind: 'weight'; id: GaugeComponentId; a: number; b: number }
  | { kind: 'scenario'; id: ScenarioKey; a: number; b: number };

/** Which weights and what-if inputs differ between the view (A) and the baseline (B), in table order. */
export function differingInputs(
  a: { weights: Readonly<GaugeWeights>; scenario: Readonly<Scenario> },
  b: { weights: Readonly<GaugeWeights>; scenario: Readonly<Scenario> },
): InputDiff[] {
  const out: InputDiff[] = [];
  for (const id of SCENARIO_KEYS)
    if (a.scenario[id] !== b.scenario[id])
      out.push({ kind: 'scenario', id, a: a.scenario[id], b: b.scenario[id] });
  for (const id of GAUGE_COMPONENT_IDS)
    if (a.weights[id] !== b.weights[id]) out.push({ kind: 'weight', id, a: a.weights[id], b: b.weights[id] });
  return out;
}

/** Is the year a projection (after the last year of reported data)? */
export const isProjectionYear = (year: number) => year > LAST_DATA_YEAR;
