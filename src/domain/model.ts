/**
 * Raw metrics for each gauge component, year by year, from the fixtures and the scenario.
 * Pure: no React, no store. Every number is traceable to a fixture row or a scenario input.
 */

import type { FredSeriesId } from './ids';
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
import { type Dataset, type DatedSeries, type Kind, type Threshold, weakestKind } from './types';

/** Latest year with reported or estimated figures; later years are projections. */
export const LAST_DATA_YEAR = 2025;
export const HISTORY_YEARS = [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030] as const;
/** A composite needs at least this many components with data, else the year shows as a gap. */
export const MIN_COVERAGE = 4;

export type ReadingKind = 'reported' | 'estimate' | 'projection';
/**
 * What drives a metric: sourced figures, company guidance for a future year, a figure revised up from the
 * year's first published one (the Street's expectation or a company's first guidance), or a scenario input.
 */
export type ReadingBasis = 'data' | 'guidance' | 'revised' | 'scenario';
export interface RawValue {
  value: number;
  kind: ReadingKind;
  /** Defaults to `data`. */
  basis?: ReadingBasis;
}

/**
 * The big four hyperscalers whose capex the gauge sums: the `hyperscaler-capex` series of these ids, all
 * on one basis (calendar years, including finance leases where the company reports them). Microsoft's
 * fiscal-year series (`microsoft-fy`) and Oracle are shown, never summed.
 */
export const BIG_FOUR = ['alphabet', 'amazon', 'meta', 'microsoft'] as const;
/** BofA's five hyperscalers (the big four and Oracle): the universe of both sides of SPV debt / bonds. */
export const BIG_FIVE: readonly string[] = [...BIG_FOUR, 'oracle'];

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

export interface CapexTotal {
  value: number;
  /** The weakest kind among the figures (an aggregate is only as firm as its weakest part). */
  kind: Kind;
  /** Ids of the series behind it (`dataset/series`). */
  series: string[];
  /**
   * `companies`: the sum of the four companies' own figures; `press`: a verified press tally of the four
   * (used only where the companies' figures cannot be summed on one basis).
   */
  basis: 'companies' | 'press';
}

/** Big-four capex in a year (USD bn): the sum of the four companies' figures, null unless all four are usable. */
export function hyperscalerTotal(dataset: Dataset | undefined, year: number): CapexTotal | null {
  if (!dataset) return null;
  let value = 0;
  const kinds: Kind[] = [];
  for (const id of BIG_FOUR) {
    const o = observationInYear(findSeries(dataset, id), year);
    if (!o || !usableInGauge(o)) return null;
    value += o.value;
    kinds.push(o.kind);
  }
  return {
    value,
    kind: weakestKind(kinds) ?? 'estimate',
    series: BIG_FOUR.map((id) => `hyperscaler-capex/${id}`),
    basis: 'companies',
  };
}

/**
 * The big-four capex the gauge reads for a year (USD bn): the companies' own figures summed where all four
 * have a usable one on the common basis; else the press tally of the four (`capex › big-four-press`), if
 * a usable one exists. 2025: the companies ($413.2B). 2026: Bloomberg's verified ≈ $650B, since Microsoft's
 * calendar-2026 figure is only in secondary reports.
 */
export function bigFourCapex(d: DatasetMap, year: number): CapexTotal | null {
  const companies = hyperscalerTotal(d['hyperscaler-capex'], year);
  if (companies) return companies;
  const o = observationInYear(findSeries(d.capex, 'big-four-press'), year);
  if (!o || !usableInGauge(o)) return null;
  return { value: o.value, kind: o.kind, series: ['capex/big-four-press'], basis: 'press' };
}

/** Big-four hyperscaler capex in a year (USD bn), null unless all four companies report it. */
export function hyperscalerCapex(dataset: Dataset | undefined, year: number): number | null {
  return hyperscalerTotal(dataset, year)?.value ?? null;
}

/**
 * How far the big four raised their own figures for a year, in percent: each company's current figure
 * against its own first one (its oldest revision that is not the Street's expectation; an unrevised company
 * counts as unchanged). Only companies with a usable figure for the year count, on both sides. The Street's
 * expectations are never a revision: a company beating the Street has not revised anything. Null when no
 * company revised its figure.
 */
export function companyRevision(dataset: Dataset | undefined, year: number): number | null {
  return companyRevisionParts(dataset, year)?.value ?? null;
}

/** `companyRevision` with its parts: the sums of the current and first figures, and who revised. */
export function companyRevisionParts(
  dataset: Dataset | undefined,
  year: number,
): { value: number; now: number; first: number; companies: string[]; revisedBy: string[] } | null {
  let now = 0;
  let first = 0;
  const companies: string[] = [];
  const revisedBy: string[] = [];
  for (const id of BIG_FOUR) {
    const o = observationInYear(findSeries(dataset, id), year);
    if (!o || !usableInGauge(o)) continue;
    const own = o.revisions?.find((r) => !r.consensus);
    now += o.value;
    first += own?.value ?? o.value;
    companies.push(id);
    if (own) revisedBy.push(id);
  }
  if (revisedBy.length === 0 || first <= 0) return null;
  return { value: pct(now - first, first), now, first, companies, revisedBy };
}

/** Lazily loaded dated (FRED) series the gauge reads: the daily BBB spread and quarterly GDP. */
export type DatedMap = Readonly<Partial<Record<FredSeriesId, DatedSeries>>>;
export const GAUGE_DATED: readonly FredSeriesId[] = ['BAMLC0A4CBBB', 'GDP'];

type AnnualMeans = ReadonlyMap<number, { readonly mean: number; readonly count: number }>;
/** Series are immutable once loaded: each one's annual means are computed once (the gauge, its
 * sensitivity ranking and the charts ask for them on every what-if step). */
const annualMeansCache = new WeakMap<DatedSeries, AnnualMeans>();
const NO_MEANS: AnnualMeans = new Map();

/** Mean of a dated series' values in each calendar year, with the number of values (missing days left out). */
export function annualMeans(series: DatedSeries | undefined): AnnualMeans {
  if (!series) return NO_MEANS;
  let cached = annualMeansCache.get(series);
  if (!cached) {
    cached = computeAnnualMeans(series);
    annualMeansCache.set(series, cached);
  }
  return cached;
}

function computeAnnualMeans(series: DatedSeries): AnnualMeans {
  const acc = new Map<number, { sum: number; count: number }>();
  for (const [date, value] of series.observations) {
    if (value === null || !Number.isFinite(value)) continue;
    const y = Number(date.slice(0, 4));
    const a = acc.get(y) ?? { sum: 0, count: 0 };
    a.sum += value;
    a.count++;
    acc.set(y, a);
  }
  const out = new Map<number, { mean: number; count: number }>();
  for (const [y, a] of acc) out.set(y, { mean: a.sum / a.count, count: a.count });
  return out;
}

/** Mean of a dated series' values between two years inclusive (every observed day, missing days left out). */
export function periodMean(series: DatedSeries | undefined, from: number, to: number): number | null {
  let sum = 0;
  let count = 0;
  for (const [date, value] of series?.observations ?? []) {
    const y = Number(date.slice(0, 4));
    if (y < from || y > to || value === null || !Number.isFinite(value)) continue;
    sum += value;
    count++;
  }
  return count > 0 ? sum / count : null;
}

/**
 * US nominal GDP in a year, USD bn: the mean of its four quarterly SAAR figures; after the last full year
 * of data, that year grown at the scenario's GDP growth (a stated input, never a guess from a partial year).
 */
export function usGdp(
  series: DatedSeries | undefined,
  scenario: Scenario,
  year: number,
): { value: number; projected: boolean } | null {
  const means = annualMeans(series);
  const full = [...means].filter(([, m]) => m.count === 4).map(([y]) => y);
  if (full.length === 0) return null;
  const own = means.get(year);
  if (own && own.count === 4) return { value: own.mean, projected: false };
  const last = Math.max(...full);
  if (year < last) return null;
  const base = means.get(last)?.mean ?? 0;
  return { value: base * (1 + scenario.gdp / 100) ** (year - last), projected: true };
}

/**
 * Big-four capex as a share of US GDP, %: the companies' figures where all four have one (2024–2026),
 * then the last of them grown at the scenario's capex growth. Global company capex over US GDP is a ratio,
 * not a GDP share (Epoch AI's ~0.8% for Q1 2026 uses a narrower, US-only definition and is not mixed in).
 */
export function capexToGdp(
  d: DatasetMap,
  dated: DatedMap,
  s: Scenario,
  year: number,
): (RawValue & { capex: number; gdp: number }) | null {
  let capex = bigFourCapex(d, year);
  let scenarioCapex = false;
  if (!capex) {
    let last: number | null = null;
    for (let y = year - 1; y >= year - 10; y--)
      if (bigFourCapex(d, y)) {
        last = y;
        break;
      }
    const base = last === null ? null : bigFourCapex(d, last);
    if (last === null || !base || year < last) return null;
    capex = { ...base, value: base.value * (1 + s.growth / 100) ** (year - last), kind: 'projection' };
    scenarioCapex = true;
  }
  const gdp = usGdp(dated.GDP, s, year);
  if (!gdp || gdp.value <= 0) return null;
  const future = year > LAST_DATA_YEAR || gdp.projected || scenarioCapex;
  return {
    value: pct(capex.value, gdp.value),
    kind: future ? 'projection' : 'estimate',
    ...(gdp.projected || scenarioCapex ? { basis: 'scenario' as const } : {}),
    capex: capex.value,
    gdp: gdp.value,
  };
}

/** BBB option-adjusted spread, bp: the year's mean of daily values (year to date for the last year of data). */
export function bbbSpread(dated: DatedMap, year: number): RawValue | null {
  const series = dated.BAMLC0A4CBBB;
  const m = annualMeans(series).get(year);
  if (!series || !m) return null;
  const partial = series.asOf.slice(0, 4) === String(year) && !series.asOf.endsWith('-12-31');
  return { value: m.mean * 100, kind: partial ? 'estimate' : 'reported' };
}

/**
 * SPV and private-credit debt over bonds, one universe on both sides: BofA's five hyperscalers. The
 * numerator is the debt of the vehicles financing their data centres (the series' tenant, else its
 * entity, is one of the five: Hyperion for Meta, Vantage and Abilene for Oracle); the denominator is
 * BofA's count of the bonds the same five issued in the year (`bonds › bofa-total`, $121B for 2025).
 * xAI's GPU vehicle finances a company outside the five, so it is in neither.
 */
export function spvToBonds(
  d: DatasetMap,
  year: number,
): { value: number; spv: number; bonds: number; vehicles: string[] } | null {
  const vehicles: string[] = [];
  const spv = sumInYear(d.spv, year, (s) => {
    const forWhom = s.tenant ?? s.entity;
    const inside = forWhom !== undefined && BIG_FIVE.includes(forWhom);
    if (inside && s.observations.some((o) => periodYear(o.period) === year && usableInGauge(o)))
      vehicles.push(s.id);
    return inside;
  });
  const o = observationInYear(findSeries(d.bonds, 'bofa-total'), year);
  const bonds = o && usableInGauge(o) ? o.value : null;
  if (spv === null || bonds === null || bonds <= 0) return null;
  return { value: pct(spv, bonds), spv, bonds, vehicles };
}

/**
 * NVIDIA's latest drawdown in the fixtures (`valuation › nvidia-market-cap`), %: the latest usable value
 * against the highest before it. Null without two figures.
 */
export function fixtureDrawdown(
  d: DatasetMap,
): { value: number; peak: number; latest: number; peakPeriod: string; latestPeriod: string } | null {
  const obs = (findSeries(d.valuation, 'nvidia-market-cap')?.observations ?? []).filter(usableInGauge);
  const latest = obs[obs.length - 1];
  if (!latest || obs.length < 2) return null;
  let peak = obs[0];
  for (const o of obs) if (peak && o.value > peak.value) peak = o;
  if (!peak || peak.value <= 0) return null;
  return {
    value: 100 * (1 - latest.value / peak.value),
    peak: peak.value,
    latest: latest.value,
    peakPeriod: String(peak.period),
    latestPeriod: String(latest.period),
  };
}

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
