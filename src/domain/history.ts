/**
 * "History v1": the gauge's market-based components back-tested quarter by quarter since 1997 from
 * public FRED series. Pure: no React. Each metric is scored 0–1 between its calm and extreme thresholds
 * (`fixtures/history-thresholds.json`) with the gauge's own `scoreMetric`; a component is the mean of its
 * metrics with data; the composite is 100 × the mean of the components with data (equal weights), and a
 * quarter with fewer than `minComponents` components is not scored.
 */
import {
  addQuarters,
  byQuarter,
  DEFAULT_JUMP_RULE,
  drawdowns,
  provisionalQuarters,
  type Quarter,
  quarterMeans,
  ratioPct,
  yoyGrowth,
} from './dated';
import {
  HISTORY_COMPONENT_IDS,
  HISTORY_METRIC_COMPONENT,
  HISTORY_METRIC_IDS,
  HISTORY_SERIES,
  type HistoryComponentId,
  type HistoryMetricId,
} from './history-ids';
import type { FredSeriesId } from './ids';
import { componentScore, scoreMetric } from './pressure';
import type { DatedValue, HistoryMethod, HistoryThreshold } from './types';

/** The FRED series the method reads. */
export { HISTORY_SERIES };

/** The inputs of each metric (for provisional flags and the sources line). */
export const METRIC_INPUTS: Readonly<Record<HistoryMetricId, readonly FredSeriesId[]>> = {
  'equities-gdp': ['NCBEILQ027S', 'GDP'],
  'nasdaq-drawdown': ['NASDAQCOM'],
  'infotech-gdp': ['A679RC1Q027SBEA', 'GDP'],
  'bbb-oas': ['BAMLC0A4CBBB'],
  'hy-oas': ['BAMLH0A0HYM2'],
  'debt-yoy': ['NCBDBIQ027S'],
};

export type SeriesInput = Partial<Record<FredSeriesId, readonly DatedValue[]>>;

export interface MetricTable {
  /** Raw metric values by quarter (percent for every metric of v1). */
  values: Record<HistoryMetricId, ReadonlyMap<Quarter, number | null>>;
  /** Quarters whose value looks off (an outsized recent jump in an input): shown, flagged provisional. */
  provisional: Record<HistoryMetricId, ReadonlySet<Quarter>>;
  /** Input series missing from the input (not loaded, or failed). */
  missing: FredSeriesId[];
}

const EMPTY = new Map<Quarter, number | null>();

function dailyMeans(obs: readonly DatedValue[] | undefined, minDays: number): Map<Quarter, number | null> {
  const out = new Map<Quarter, number | null>();
  if (!obs) return out;
  for (const [q, m] of quarterMeans(obs, minDays)) out.set(q, m.mean);
  return out;
}

/** Raw metrics by quarter from the series (quarter means of daily series need `minDays` observed days). */
export function computeMetrics(series: SeriesInput, minDays: number): MetricTable {
  const q = (id: FredSeriesId) => (series[id] ? byQuarter(series[id]) : EMPTY);
  const gdp = q('GDP');
  const values: MetricTable['values'] = {
    'equities-gdp': ratioPct(q('NCBEILQ027S'), gdp),
    'nasdaq-drawdown': series.NASDAQCOM ? dailyMeans(drawdowns(series.NASDAQCOM), minDays) : EMPTY,
    'infotech-gdp': ratioPct(q('A679RC1Q027SBEA'), gdp),
    'bbb-oas': dailyMeans(series.BAMLC0A4CBBB, minDays),
    'hy-oas': dailyMeans(series.BAMLH0A0HYM2, minDays),
    'debt-yoy': yoyGrowth(q('NCBDBIQ027S')),
  };
  const flagged = new Map<FredSeriesId, Set<Quarter>>();
  for (const id of ['NCBEILQ027S', 'GDP', 'A679RC1Q027SBEA', 'NCBDBIQ027S'] as const) {
    flagged.set(id, new Set(provisionalQuarters(q(id), DEFAULT_JUMP_RULE)));
  }
  const provisional = {} as Record<HistoryMetricId, ReadonlySet<Quarter>>;
  for (const m of HISTORY_METRIC_IDS) {
    const set = new Set<Quarter>();
    for (const input of METRIC_INPUTS[m]) for (const x of flagged.get(input) ?? []) set.add(x);
    provisional[m] = set;
  }
  const missing = HISTORY_SERIES.filter((id) => !series[id]);
  return { values, provisional, missing };
}

export interface HistoryReading {
  quarter: Quarter;
  /** Composite 0–100, or null when fewer than `minComponents` components have data. */
  value: number | null;
  /** Points of each component (they add up to `value`); null without data. */
  contributions: Record<HistoryComponentId, number | null>;
  scores: Record<HistoryComponentId, number | null>;
  raw: Record<HistoryMetricId, number | null>;
  covered: HistoryComponentId[];
  /** Metrics whose value this quarter is flagged provisional. */
  provisional: HistoryMetricId[];
}

function thresholdFor(method: HistoryMethod, metric: HistoryMetricId): HistoryThreshold | undefined {
  return method.thresholds.find((t) => t.metric === metric);
}

/** Every quarter from `method.from` to the last quarter any metric has a value for. */
export function scoreHistory(table: MetricTable, method: HistoryMethod): HistoryReading[] {
  let last: Quarter | null = null;
  for (const m of HISTORY_METRIC_IDS)
    for (const [q, v] of table.values[m]) if (v !== null && (last === null || q > last)) last = q;
  if (last === null || last < method.from) return [];
  const out: HistoryReading[] = [];
  for (let q = method.from; q <= last; q = addQuarters(q, 1)) {
    const raw = {} as Record<HistoryMetricId, number | null>;
    const metricScores = new Map<HistoryComponentId, Array<number | null>>();
    const provisional: HistoryMetricId[] = [];
    for (const m of HISTORY_METRIC_IDS) {
      const v = table.values[m].get(q) ?? null;
      raw[m] = v;
      const t = thresholdFor(method, m);
      const s = t ? scoreMetric(v, t.calm, t.extreme) : null;
      const c = HISTORY_METRIC_COMPONENT[m];
      metricScores.set(c, [...(metricScores.get(c) ?? []), s]);
      if (v !== null && table.provisional[m].has(q)) provisional.push(m);
    }
    const scores = {} as Record<HistoryComponentId, number | null>;
    for (const c of HISTORY_COMPONENT_IDS) scores[c] = componentScore(metricScores.get(c) ?? []);
    const covered = HISTORY_COMPONENT_IDS.filter((c) => scores[c] !== null);
    const enough = covered.length >= method.minComponents && covered.length > 0;
    const contributions = {} as Record<HistoryComponentId, number | null>;
    for (const c of HISTORY_COMPONENT_IDS) {
      const s = scores[c];
      contributions[c] = enough && s !== null ? (100 * s) / covered.length : null;
    }
    const value = enough ? covered.reduce((a, c) => a + (contributions[c] ?? 0), 0) : null;
    out.push({ quarter: q, value, contributions, scores, raw, covered, provisional });
  }
  return out;
}

/** The latest scored quarter: "today" for the reduced method. */
export function latestReading(readings: readonly HistoryReading[]): HistoryReading | null {
  for (let i = readings.length - 1; i >= 0; i--) if (readings[i]?.value !== null) return readings[i] ?? null;
  return null;
}

export function readingAt(readings: readonly HistoryReading[], q: Quarter): HistoryReading | null {
  return readings.find((r) => r.quarter === q) ?? null;
}

export type Placement = 'below' | 'between' | 'above' | 'equal-low' | 'equal-high';

export interface TodayPlacement {
  today: HistoryReading & { value: number };
  /** The lower and the higher of the two reference readings (the marked peaks). */
  low: HistoryReading & { value: number };
  high: HistoryReading & { value: number };
  place: Placement;
}

const scored = (r: HistoryReading | null): r is HistoryReading & { value: number } =>
  r !== null && r.value !== null;

/**
 * Where the latest reading sits between the readings at two reference quarters (the 2000 and 2007
 * peaks). Compared at one decimal, the precision shown.
 */
export function placeToday(
  readings: readonly HistoryReading[],
  [a, b]: readonly [Quarter, Quarter],
): TodayPlacement | null {
  const today = latestReading(readings);
  const ra = readingAt(readings, a);
  const rb = readingAt(readings, b);
  if (!scored(today) || !scored(ra) || !scored(rb)) return null;
  const [low, high] = ra.value <= rb.value ? [ra, rb] : [rb, ra];
  const r1 = (x: number) => Math.round(x * 10);
  const t = r1(today.value);
  const place: Placement =
    t === r1(low.value)
      ? 'equal-low'
      : t === r1(high.value)
        ? 'equal-high'
        : t < r1(low.value)
          ? 'below'
          : t > r1(high.value)
            ? 'above'
            : 'between';
  return { today, low, high, place };
}

/** The given quarters ordered from the highest composite to the lowest (unscored ones last, in order). */
export function rankQuarters(readings: readonly HistoryReading[], quarters: readonly Quarter[]): Quarter[] {
  const value = (q: Quarter) => readingAt(readings, q)?.value ?? Number.NEGATIVE_INFINITY;
  return [...quarters].sort((x, y) => value(y) - value(x));
}

export interface SensitivityCase {
  metric: HistoryMetricId;
  which: 'calm' | 'extreme';
  factor: number;
  ranking: Quarter[];
  changed: boolean;
}

/**
 * Each threshold moved by ±`pct`% on its own (calm and extreme separately): does the ranking of
 * `quarters` change? (Which quarters are scored does not depend on thresholds.)
 */
export function sensitivity(
  table: MetricTable,
  method: HistoryMethod,
  quarters: readonly Quarter[],
  pct = 20,
): { base: Quarter[]; cases: SensitivityCase[] } {
  const base = rankQuarters(scoreHistory(table, method), quarters);
  const cases: SensitivityCase[] = [];
  for (const t of method.thresholds) {
    for (const which of ['calm', 'extreme'] as const) {
      for (const factor of [1 - pct / 100, 1 + pct / 100]) {
        const moved: HistoryMethod = {
          ...method,
          thresholds: method.thresholds.map((x) => (x === t ? { ...x, [which]: x[which] * factor } : x)),
        };
        const ranking = rankQuarters(scoreHistory(table, moved), quarters);
        cases.push({
          metric: t.metric,
          which,
          factor,
          ranking,
          changed: ranking.some((q, i) => q !== base[i]),
        });
      }
    }
  }
  return { base, cases };
}
