/**
 * Raw metrics for each gauge component, year by year, from the fixtures and the scenario.
 * Pure: no React, no store. Every number is traceable to a fixture row or a scenario input.
 */

import {
  bigFourCapex,
  companyRevision,
  filedUsefulLife,
  fixtureDrawdown,
  spvToBonds,
} from './company-figures';
import { bbbSpread, capexToGdp, type DatedMap } from './dated-figures';
import { METRIC_COMPONENT, METRIC_IDS, type MetricId } from './metrics';
import {
  COMPONENT_IDS,
  type ComponentId,
  type CompositeResult,
  componentScore,
  composite,
  defaultWeights,
  scoreMetric,
  type Weights,
} from './pressure';
import { LAST_DATA_YEAR, pct, projected, type RawValue, type ReadingKind } from './raw-value';
import { SCENARIO_KEYS, SCENARIO_SPECS, type Scenario, type ScenarioKey } from './scenario';
import {
  type DatasetMap,
  findSeries,
  hasEntity,
  lerp,
  observationInYear,
  periodYear,
  sumInYear,
  usableInGauge,
  valueInYear,
} from './series';
import type { Threshold } from './types';

export { METRIC_COMPONENT, METRIC_IDS, type MetricId };

export const HISTORY_YEARS = [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030] as const;
/** A composite needs at least this many components with data, else the year shows as a gap. */
export const MIN_COVERAGE = 4;

type MetricFn = (d: DatasetMap, s: Scenario, year: number, dated: DatedMap) => RawValue | null;

const METRICS: Readonly<Record<MetricId, MetricFn>> = {
  'capex-yoy': (d, s, year) => {
    // The companies' own guidance for a year where all four give one; else the scenario's growth rate.
    // Both years on the same basis: the four companies' calendar-year figures, or a verified tally.
    const now = bigFourCapex(d, year);
    const before = bigFourCapex(d, year - 1);
    if (now && before && before.value > 0) {
      const value = pct(now.value - before.value, before.value);
      if (year > LAST_DATA_YEAR) return { value, kind: 'projection', basis: 'guidance' };
      return { value, kind: 'estimate' };
    }
    if (year > LAST_DATA_YEAR) return { value: s.growth, kind: 'projection', basis: 'scenario' };
    return null;
  },
  'capex-revision': (d, _s, year) => {
    // The article's own revision where it gives one (2025: $250B → $405B) …
    const o = observationInYear(findSeries(d.capex, 'article-path'), year);
    const first = o?.revisions?.[0];
    if (o && first && first.value > 0)
      return { value: pct(o.value - first.value, first.value), kind: 'estimate' };
    // … else how far the big four raised their own figures (for 2026: Meta's guidance raise; the Street's
    // expectations before Alphabet's and Amazon's guidance are not revisions).
    const value = companyRevision(d['hyperscaler-capex'], year);
    if (value === null) return null;
    return {
      value,
      kind: year > LAST_DATA_YEAR ? 'projection' : 'estimate',
      basis: year > LAST_DATA_YEAR ? 'revised' : 'data',
    };
  },
  'capex-gdp': (d, s, year, dated) => {
    const r = capexToGdp(d, dated, s, year);
    return r && { value: r.value, kind: r.kind, ...(r.basis ? { basis: r.basis } : {}) };
  },
  'bbb-spread': (_d, _s, year, dated) => bbbSpread(dated, year),
  'bonds-to-capex': (d, s, year) => {
    if (year > LAST_DATA_YEAR) return { value: s.debt, kind: 'projection', basis: 'scenario' };
    const bonds = sumInYear(d.bonds, year, hasEntity);
    const capex = valueInYear(d.capex, 'article-path', year);
    if (bonds === null || capex === null || capex <= 0) return null;
    return { value: pct(bonds, capex), kind: 'estimate' };
  },
  'spv-to-bonds': (d, _s, year) => {
    if (year < LAST_DATA_YEAR) return null;
    const r = spvToBonds(d, LAST_DATA_YEAR);
    // After the last data year the ratio is held at its last observed level (a labelled projection).
    return r && { value: r.value, kind: projected(year) };
  },
  'buffett-indicator': (d, _s, year) => {
    if (year < LAST_DATA_YEAR) return null;
    const v = valueInYear(d.valuation, 'buffett-indicator', LAST_DATA_YEAR);
    // A third-party calculation (market value over GDP), not a figure a company or agency reports.
    return v === null ? null : { value: v, kind: year > LAST_DATA_YEAR ? 'projection' : 'estimate' };
  },
  'nvidia-drawdown': (d, s, year) => {
    if (year < LAST_DATA_YEAR || !findSeries(d.valuation, 'nvidia-market-cap')) return null;
    // The what-if starts at the latest fixture figure: at that value the reading is the data's.
    const data = fixtureDrawdown(d);
    const fromData = data !== null && Math.abs(data.value - s.drawdown) < 0.05;
    return {
      value: s.drawdown,
      kind: fromData ? 'estimate' : projected(year),
      basis: fromData ? 'data' : 'scenario',
    };
  },
  'training-share': (d, s, year) => {
    const series = findSeries(d['compute-mix'], 'training-share');
    const now = observationInYear(series, LAST_DATA_YEAR)?.value;
    // The crossover share: the fixture's projection row (50%: inference overtakes training).
    const cross = series?.observations.find((o) => o.kind === 'projection')?.value;
    if (now === undefined || cross === undefined || year < LAST_DATA_YEAR) return null;
    if (year === LAST_DATA_YEAR) return { value: now, kind: 'estimate' };
    const v = lerp(LAST_DATA_YEAR, now, Math.max(s.inference, LAST_DATA_YEAR + 1), cross, year);
    return { value: Math.min(100, Math.max(0, v)), kind: 'projection', basis: 'scenario' };
  },
  'years-to-inference': (d, s, year) => {
    if (year < LAST_DATA_YEAR || !findSeries(d['compute-mix'], 'training-share')) return null;
    return { value: Math.max(0, s.inference - year), kind: projected(year), basis: 'scenario' };
  },
  'depreciation-understatement': (d, s, year) => {
    const filed = filedUsefulLife(d.depreciation, Math.min(year, LAST_DATA_YEAR));
    if (filed === null || s.life <= 0) return null;
    return {
      value: pct(filed - s.life, s.life),
      // Amazon's 2025 life is a midpoint (5 and 6 years), so the mean filed life is an estimate.
      kind: year > LAST_DATA_YEAR ? 'projection' : 'estimate',
      basis: 'scenario',
    };
  },
  'ai-ig-share': (d, _s, year) => {
    const series = findSeries(d['ig-share'], 'ai-share');
    const current = observationInYear(series, LAST_DATA_YEAR);
    const now = current && usableInGauge(current) ? current.value : undefined;
    const later = series?.observations.find((o) => periodYear(o.period) > LAST_DATA_YEAR);
    if (current === undefined || now === undefined || year < LAST_DATA_YEAR) return null;
    // J.P. Morgan's own classification of "AI-linked" issuers: an analyst's estimate, not a reported figure.
    if (year === LAST_DATA_YEAR)
      return { value: now, kind: current.kind === 'reported' ? 'reported' : 'estimate' };
    if (!later || year > periodYear(later.period)) return null;
    return {
      value: lerp(LAST_DATA_YEAR, now, periodYear(later.period), later.value, year),
      kind: 'projection',
    };
  },
};

export function rawMetric(
  metric: MetricId,
  d: DatasetMap,
  s: Scenario,
  year: number,
  dated: DatedMap = {},
): RawValue | null {
  const v = METRICS[metric](d, s, year, dated);
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
  /** Dated (FRED) series, loaded lazily; metrics that need one are absent until it arrives. */
  dated?: DatedMap;
  thresholds: readonly Threshold[];
  scenario: Scenario;
  /** Method v1's component weights (default 1 each); the v2 dashboard weighs its parts itself (gauge-v2.ts). */
  weights?: Weights;
}

export function readYear(input: ModelInput, year: number): YearReading {
  const components = {} as Record<ComponentId, ComponentReading>;
  for (const id of COMPONENT_IDS) components[id] = { id, score: null, metrics: [] };
  for (const metric of METRIC_IDS) {
    const threshold = input.thresholds.find(
      (t) => t.component === METRIC_COMPONENT[metric] && t.metric === metric,
    );
    const raw = rawMetric(metric, input.datasets, input.scenario, year, input.dated ?? {});
    const score = threshold && raw ? scoreMetric(raw.value, threshold.calm, threshold.extreme) : null;
    components[METRIC_COMPONENT[metric]].metrics.push({ metric, raw, score, threshold });
  }
  const scores = {} as Record<ComponentId, number | null>;
  for (const id of COMPONENT_IDS) {
    const c = components[id];
    c.score = componentScore(c.metrics.map((m) => m.score));
    scores[id] = c.score;
  }
  const result = composite(scores, input.weights ?? defaultWeights());
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
