/**
 * Raw metrics for each gauge component, year by year, from the fixtures and the scenario.
 * Pure: no React, no store. Every number is traceable to a fixture row or a scenario input.
 */

import {
  COMPONENT_IDS,
  type ComponentId,
  type CompositeResult,
  componentScore,
  composite,
  scoreMetric,
  type Weights,
} from './pressure';
import { SCENARIO_KEYS, SCENARIO_SPECS, type Scenario, type ScenarioKey } from './scenario';
import {
  type DatasetMap,
  findSeries,
  hasEntity,
  lerp,
  observationInYear,
  periodYear,
  sumInYear,
  valueInYear,
} from './series';
import type { Dataset, Threshold } from './types';

/** Latest year with reported or estimated figures; later years are projections. */
export const LAST_DATA_YEAR = 2025;
export const HISTORY_YEARS = [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030] as const;
/** A composite needs at least this many components with data, else the year shows as a gap. */
export const MIN_COVERAGE = 4;

export type ReadingKind = 'reported' | 'estimate' | 'projection';
export interface RawValue {
  value: number;
  kind: ReadingKind;
}

import { METRIC_COMPONENT, METRIC_IDS, type MetricId } from './metrics';

export { METRIC_COMPONENT, METRIC_IDS, type MetricId };

const pct = (num: number, den: number) => (100 * num) / den;
const projected = (year: number): ReadingKind => (year > LAST_DATA_YEAR ? 'projection' : 'estimate');

/** Global AI capex, USD bn: the article's 2025 figure, then the scenario's growth rate from 2026. */
export function capexPath(
  datasets: DatasetMap,
  scenario: Scenario,
  years: readonly number[],
): Array<{
  year: number;
  value: number;
  kind: ReadingKind;
}> {
  const base = valueInYear(datasets.capex, 'article-path', LAST_DATA_YEAR);
  if (base === null) return [];
  const g = scenario.growth / 100;
  return years
    .filter((y) => y >= LAST_DATA_YEAR)
    .map((year) => ({
      year,
      value: base * (1 + g) ** (year - LAST_DATA_YEAR),
      kind: year === LAST_DATA_YEAR ? 'estimate' : 'projection',
    }));
}

/** Mean server useful life in force in `year` across the companies in the depreciation fixture. */
export function filedUsefulLife(dataset: Dataset | undefined, year: number): number | null {
  if (!dataset) return null;
  const lives: number[] = [];
  for (const s of dataset.series) {
    if (!s.id.startsWith('life-')) continue;
    let latest: { y: number; v: number } | null = null;
    for (const o of s.observations) {
      const y = periodYear(o.period);
      if (y <= year && (latest === null || y > latest.y)) latest = { y, v: o.value };
    }
    if (latest) lives.push(latest.v);
  }
  if (lives.length === 0) return null;
  return lives.reduce((a, b) => a + b, 0) / lives.length;
}

/** Big-four hyperscaler capex in a year (USD bn), null unless all four companies report it. */
export function hyperscalerCapex(dataset: Dataset | undefined, year: number): number | null {
  if (!dataset) return null;
  const withEntity = dataset.series.filter(hasEntity);
  if (withEntity.length === 0) return null;
  let sum = 0;
  for (const s of withEntity) {
    const o = observationInYear(s, year);
    if (!o) return null;
    sum += o.value;
  }
  return sum;
}

type MetricFn = (d: DatasetMap, s: Scenario, year: number) => RawValue | null;

const METRICS: Readonly<Record<MetricId, MetricFn>> = {
  'capex-yoy': (d, s, year) => {
    if (year > LAST_DATA_YEAR) return { value: s.growth, kind: 'projection' };
    const now = hyperscalerCapex(d['hyperscaler-capex'], year);
    const before = hyperscalerCapex(d['hyperscaler-capex'], year - 1);
    if (now === null || before === null || before <= 0) return null;
    return { value: pct(now - before, before), kind: 'estimate' };
  },
  'capex-revision': (d, _s, year) => {
    const o = observationInYear(findSeries(d.capex, 'article-path'), year);
    const first = o?.revisions?.[0];
    if (!o || !first || first.value <= 0) return null;
    return { value: pct(o.value - first.value, first.value), kind: 'estimate' };
  },
  'bonds-to-capex': (d, s, year) => {
    if (year > LAST_DATA_YEAR) return { value: s.debt, kind: 'projection' };
    const bonds = sumInYear(d.bonds, year, hasEntity);
    const capex = valueInYear(d.capex, 'article-path', year);
    if (bonds === null || capex === null || capex <= 0) return null;
    return { value: pct(bonds, capex), kind: 'estimate' };
  },
  'spv-to-bonds': (d, _s, year) => {
    if (year < LAST_DATA_YEAR) return null;
    const spv = sumInYear(d.spv, LAST_DATA_YEAR, hasEntity);
    const bonds = sumInYear(d.bonds, LAST_DATA_YEAR, hasEntity);
    if (spv === null || bonds === null || bonds <= 0) return null;
    // After the last data year the ratio is held at its last observed level (a labelled projection).
    return { value: pct(spv, bonds), kind: projected(year) };
  },
  'buffett-indicator': (d, _s, year) => {
    if (year < LAST_DATA_YEAR) return null;
    const v = valueInYear(d.valuation, 'buffett-indicator', LAST_DATA_YEAR);
    return v === null ? null : { value: v, kind: year > LAST_DATA_YEAR ? 'projection' : 'reported' };
  },
  'nvidia-drawdown': (d, s, year) => {
    if (year < LAST_DATA_YEAR || !findSeries(d.valuation, 'nvidia-market-cap')) return null;
    return { value: s.drawdown, kind: projected(year) };
  },
  'training-share': (d, s, year) => {
    const series = findSeries(d['compute-mix'], 'training-share');
    const now = observationInYear(series, LAST_DATA_YEAR)?.value;
    // The crossover share: the fixture's projection row (50%: inference overtakes training).
    const cross = series?.observations.find((o) => o.kind === 'projection')?.value;
    if (now === undefined || cross === undefined || year < LAST_DATA_YEAR) return null;
    if (year === LAST_DATA_YEAR) return { value: now, kind: 'estimate' };
    const v = lerp(LAST_DATA_YEAR, now, Math.max(s.inference, LAST_DATA_YEAR + 1), cross, year);
    return { value: Math.min(100, Math.max(0, v)), kind: 'projection' };
  },
  'years-to-inference': (d, s, year) => {
    if (year < LAST_DATA_YEAR || !findSeries(d['compute-mix'], 'training-share')) return null;
    return { value: Math.max(0, s.inference - year), kind: projected(year) };
  },
  'depreciation-understatement': (d, s, year) => {
    const filed = filedUsefulLife(d.depreciation, Math.min(year, LAST_DATA_YEAR));
    if (filed === null || s.life <= 0) return null;
    return { value: pct(filed - s.life, s.life), kind: year > LAST_DATA_YEAR ? 'projection' : 'reported' };
  },
  'ai-ig-share': (d, _s, year) => {
    const series = findSeries(d['ig-share'], 'ai-share');
    const now = observationInYear(series, LAST_DATA_YEAR)?.value;
    const later = series?.observations.find((o) => periodYear(o.period) > LAST_DATA_YEAR);
    if (now === undefined || year < LAST_DATA_YEAR) return null;
    if (year === LAST_DATA_YEAR) return { value: now, kind: 'reported' };
    if (!later || year > periodYear(later.period)) return null;
    return {
      value: lerp(LAST_DATA_YEAR, now, periodYear(later.period), later.value, year),
      kind: 'projection',
    };
  },
};

export function rawMetric(metric: MetricId, d: DatasetMap, s: Scenario, year: number): RawValue | null {
  const v = METRICS[metric](d, s, year);
  return v && Number.isFinite(v.value) ? v : null;
}

export interface MetricReading {
  metric: MetricId;
  raw: RawValue | null;
  score: number | null;
  threshold: Threshold | undefined;
}
export interface ComponentReading {
  id: ComponentId;
  score: number | null;
  metrics: MetricReading[];
}
export interface YearReading {
  year: number;
  components: Record<ComponentId, ComponentReading>;
  result: CompositeResult;
  /** True when too few components have data for the composite to be shown. */
  insufficient: boolean;
  kind: ReadingKind;
}

export interface ModelInput {
  datasets: DatasetMap;
  thresholds: readonly Threshold[];
  scenario: Scenario;
  weights: Weights;
}

export function readYear(input: ModelInput, year: number): YearReading {
  const components = {} as Record<ComponentId, ComponentReading>;
  for (const id of COMPONENT_IDS) components[id] = { id, score: null, metrics: [] };
  for (const metric of METRIC_IDS) {
    const threshold = input.thresholds.find(
      (t) => t.component === METRIC_COMPONENT[metric] && t.metric === metric,
    );
    const raw = rawMetric(metric, input.datasets, input.scenario, year);
    const score = threshold && raw ? scoreMetric(raw.value, threshold.calm, threshold.extreme) : null;
    components[METRIC_COMPONENT[metric]].metrics.push({ metric, raw, score, threshold });
  }
  const scores = {} as Record<ComponentId, number | null>;
  for (const id of COMPONENT_IDS) {
    const c = components[id];
    c.score = componentScore(c.metrics.map((m) => m.score));
    scores[id] = c.score;
  }
  const result = composite(scores, input.weights);
  const coverage = COMPONENT_IDS.filter((id) => scores[id] !== null).length;
  return {
    year,
    components,
    result,
    insufficient: coverage < MIN_COVERAGE,
    kind: year > LAST_DATA_YEAR ? 'projection' : 'estimate',
  };
}

export function history(input: ModelInput, years: readonly number[] = HISTORY_YEARS): YearReading[] {
  return years.map((y) => readYear(input, y));
}

export interface SensitivityRow {
  key: ScenarioKey;
  low: number;
  high: number;
  atLow: number | null;
  atHigh: number | null;
  /** |atHigh − atLow|, the swing in composite points. */
  swing: number;
}

/** Each scenario input at its low and high (others as they are), ranked by the swing it causes. */
export function sensitivity(input: ModelInput, year: number): SensitivityRow[] {
  const at = (key: ScenarioKey, value: number) => {
    const r = readYear({ ...input, scenario: { ...input.scenario, [key]: value } }, year).result;
    return r.ok ? r.value : null;
  };
  return SCENARIO_KEYS.map((key) => {
    const { low, high } = SCENARIO_SPECS[key];
    const atLow = at(key, low);
    const atHigh = at(key, high);
    const swing = atLow === null || atHigh === null ? 0 : Math.abs(atHigh - atLow);
    return { key, low, high, atLow, atHigh, swing };
  }).sort((a, b) => b.swing - a.swing);
}
