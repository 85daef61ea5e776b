/**
 * History v2 (docs/METHOD.md §2–4): both indices quarter by quarter from the inputs. Each metric is computed
 * on the lagged quarterly series, scored by its expanding percentile, averaged into components and then
 * into the two indices. Pure: the browser and `npm run backtest` call the same function. A missing input
 * leaves its metrics empty; it never fails.
 */
import { type Band, bandOf } from '../pressure';
import type { DatedValue } from '../types';
import {
  CAPE_MONTHS,
  DRAWDOWN_DAYS,
  DRAWDOWN_MONTHS,
  GROWTH_QUARTERS,
  HP_LAMBDA,
  HP_MIN_QUARTERS,
  INDEX_COMPONENTS,
  INDEX_IDS,
  type IndexId,
  MIN_COMPONENTS,
  MIN_DAYS,
  PERCENTILE_BURN_IN,
  RUN_UP_QUARTERS,
  V2_COMPONENT_IDS,
  V2_COMPONENTS,
  V2_LAGS,
  V2_METRIC_IDS,
  type V2ComponentId,
  type V2MetricId,
  type V2SeriesId,
  WIDENING_QUARTERS,
  Z1_FROM,
} from './method';
import type { HistoryV2Inputs, ShillerMonth } from './parse';
import {
  dailyQuarterMeans,
  difference,
  type MSeries,
  monthIndexOfDate,
  monthly,
  monthlyQuarterMeans,
  type QSeries,
  qIndex,
  qLabel,
  quarterly,
  ratio,
  shift,
} from './quarterly';
import {
  capeMonthly,
  expandingPercentiles,
  oneSidedHpGap,
  pctChange,
  percentileScore,
  rollingDrawdownDaily,
  rollingDrawdownMonthly,
  wideningFromLow,
} from './transforms';

export interface QuarterV2 {
  quarter: string;
  /** 0–100, or null when fewer than the needed components have a score. */
  buildup: number | null;
  stress: number | null;
  buildupBand: Band | null;
  stressBand: Band | null;
  /** Component scores 0–1 (null: no metric of it has a score that quarter). */
  components: Record<V2ComponentId, number | null>;
  /** Metric scores 0–1. */
  metrics: Record<V2MetricId, number | null>;
  /** Raw metric values (units in `V2_METRICS`). */
  raw: Record<V2MetricId, number | null>;
  /** Expanding percentiles 0–1 of each metric (before the score mapping). */
  percentiles: Record<V2MetricId, number | null>;
  covered: Record<IndexId, V2ComponentId[]>;
}

export interface HistoryV2 {
  method: 'v2';
  /** Every quarter from the first to the last quarter either index is scored. */
  quarters: QuarterV2[];
  /** The latest quarter each index is scored ("today" for the market-wide readings). */
  latest: Record<IndexId, QuarterV2 | null>;
  /** Raw metric values by quarter index, beyond the scored range too (for charts and checks). */
  metricValues: Record<V2MetricId, QSeries>;
}

const EMPTY: QSeries = new Map();

function shillerSeries(rows: readonly ShillerMonth[] | undefined): {
  price: MSeries;
  earnings: MSeries;
  cpi: MSeries;
} {
  const price: MSeries = new Map();
  const earnings: MSeries = new Map();
  const cpi: MSeries = new Map();
  for (const r of rows ?? []) {
    const m = monthIndexOfDate(r.month);
    if (r.price !== null) price.set(m, r.price);
    if (r.earnings !== null) earnings.set(m, r.earnings);
    if (r.cpi !== null) cpi.set(m, r.cpi);
  }
  return { price, earnings, cpi };
}

/** The raw value of every metric by quarter index, lags applied (METHOD.md §2–4). */
export function computeMetricValues(inputs: HistoryV2Inputs): Record<V2MetricId, QSeries> {
  const s = inputs.series;
  const get = (id: V2SeriesId): readonly DatedValue[] | undefined => s[id];
  const lag = V2_LAGS.quarters;
  const z1From = qIndex(Z1_FROM);
  const q = (id: V2SeriesId, from?: number) => {
    const obs = get(id);
    return obs ? quarterly(obs, from) : EMPTY;
  };
  const daily = (id: V2SeriesId) => {
    const obs = get(id);
    return obs ? dailyQuarterMeans(obs, MIN_DAYS) : EMPTY;
  };

  const sh = shillerSeries(inputs.shiller);
  const spx = monthlyQuarterMeans(sh.price);
  const cape = monthlyQuarterMeans(
    capeMonthly(
      sh,
      { cpi: V2_LAGS.shillerMonths.cpi, earnings: V2_LAGS.shillerMonths.earnings },
      CAPE_MONTHS,
    ),
  );
  const spxDrawdown = monthlyQuarterMeans(rollingDrawdownMonthly(sh.price, DRAWDOWN_MONTHS));

  const gdp = q('GDP');
  const equitiesGdp = shift(ratio(q('NCBEILQ027S', z1From), gdp, 100), lag.NCBEILQ027S);
  const itShare = shift(ratio(q('A679RC1Q027SBEA'), gdp), lag.A679RC1Q027SBEA);
  const logItShare: QSeries = new Map([...itShare].map(([k, v]) => [k, Math.log(v)]));
  const itGap: QSeries = new Map(
    [...oneSidedHpGap(logItShare, HP_LAMBDA, HP_MIN_QUARTERS)].map(([k, v]) => [k, 100 * v]),
  );
  const credit = shift(q('QUSPAM770A'), lag.QUSPAM770A);
  const debtGdp = shift(ratio(q('NCBDBIQ027S', z1From), gdp), lag.NCBDBIQ027S);

  const baa = get('BAA');
  const aaa = get('AAA');
  const baaAaa = baa && aaa ? monthlyQuarterMeans(difference(monthly(baa), monthly(aaa))) : EMPTY;
  const bbb = daily('BAMLC0A4CBBB');
  const hy = daily('BAMLH0A0HYM2');
  const nasdaq = daily('NASDAQCOM');
  const nasdaqObs = get('NASDAQCOM');
  const nasdaqDrawdown = nasdaqObs
    ? dailyQuarterMeans(rollingDrawdownDaily(nasdaqObs, DRAWDOWN_DAYS), MIN_DAYS)
    : EMPTY;

  return {
    cape,
    'equities-gdp': equitiesGdp,
    'spx-run-up': pctChange(spx, RUN_UP_QUARTERS),
    'nasdaq-run-up': pctChange(nasdaq, RUN_UP_QUARTERS),
    'it-investment-gap': itGap,
    'credit-gap': oneSidedHpGap(credit, HP_LAMBDA, HP_MIN_QUARTERS),
    'corp-debt-growth': pctChange(debtGdp, GROWTH_QUARTERS),
    'baa-aaa-tight': baaAaa,
    'bbb-oas-tight': bbb,
    'hy-oas-tight': hy,
    'baa-aaa-widening': wideningFromLow(baaAaa, WIDENING_QUARTERS),
    'bbb-oas-widening': wideningFromLow(bbb, WIDENING_QUARTERS),
    'hy-oas-widening': wideningFromLow(hy, WIDENING_QUARTERS),
    'spx-drawdown-52w': spxDrawdown,
    'nasdaq-drawdown-52w': nasdaqDrawdown,
  };
}

/** Tight spreads score high: their percentile is taken of the negated spread. */
const DIRECTION: Readonly<Record<V2MetricId, 1 | -1>> = Object.fromEntries(
  V2_METRIC_IDS.map((m) => [m, m.endsWith('-tight') ? -1 : 1]),
) as Record<V2MetricId, 1 | -1>;

export function metricDirection(m: V2MetricId): 1 | -1 {
  return DIRECTION[m];
}

function mean(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Both indices, every component and metric, quarter by quarter. */
export function computeHistoryV2(inputs: HistoryV2Inputs): HistoryV2 {
  const metricValues = computeMetricValues(inputs);
  const pct = {} as Record<V2MetricId, QSeries>;
  for (const m of V2_METRIC_IDS) {
    pct[m] = expandingPercentiles(metricValues[m], PERCENTILE_BURN_IN, DIRECTION[m]);
  }
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const m of V2_METRIC_IDS) {
    for (const k of pct[m].keys()) {
      if (k < lo) lo = k;
      if (k > hi) hi = k;
    }
  }
  const rows: QuarterV2[] = [];
  for (let k = lo; k <= hi; k++) {
    const metrics = {} as Record<V2MetricId, number | null>;
    const raw = {} as Record<V2MetricId, number | null>;
    const percentiles = {} as Record<V2MetricId, number | null>;
    for (const m of V2_METRIC_IDS) {
      const p = pct[m].get(k);
      percentiles[m] = p ?? null;
      metrics[m] = p === undefined ? null : percentileScore(p);
      raw[m] = metricValues[m].get(k) ?? null;
    }
    const components = {} as Record<V2ComponentId, number | null>;
    for (const c of V2_COMPONENT_IDS) {
      components[c] = mean(
        V2_COMPONENTS[c].metrics.map((m) => metrics[m]).filter((x): x is number => x !== null),
      );
    }
    const covered = {} as Record<IndexId, V2ComponentId[]>;
    const value = {} as Record<IndexId, number | null>;
    for (const idx of INDEX_IDS) {
      covered[idx] = INDEX_COMPONENTS[idx].filter((c) => components[c] !== null);
      value[idx] =
        covered[idx].length >= MIN_COMPONENTS[idx]
          ? 100 * (mean(covered[idx].map((c) => components[c] as number)) ?? 0)
          : null;
    }
    rows.push({
      quarter: qLabel(k),
      buildup: value.buildup,
      stress: value.stress,
      buildupBand: value.buildup === null ? null : bandOf(value.buildup),
      stressBand: value.stress === null ? null : bandOf(value.stress),
      components,
      metrics,
      raw,
      percentiles,
      covered,
    });
  }
  const scored = (r: QuarterV2) => r.buildup !== null || r.stress !== null;
  const first = rows.findIndex(scored);
  let last = -1;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (rows[i] && scored(rows[i] as QuarterV2)) {
      last = i;
      break;
    }
  }
  const quarters = first < 0 ? [] : rows.slice(first, last + 1);
  const latestOf = (idx: IndexId): QuarterV2 | null => {
    for (let i = quarters.length - 1; i >= 0; i--) if (quarters[i]?.[idx] != null) return quarters[i] ?? null;
    return null;
  };
  return {
    method: 'v2',
    quarters,
    latest: { buildup: latestOf('buildup'), stress: latestOf('stress') },
    metricValues,
  };
}

/**
 * The percentile (0–100, mid-rank) of `x` among `values`: where today's reading sits in its own history,
 * today included when `values` holds it. NaN for an empty history.
 */
export function percentileOfHistory(values: readonly number[], x: number): number {
  if (values.length === 0) return Number.NaN;
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v < x) below++;
    else if (v === x) equal++;
  }
  return (100 * (below + equal / 2)) / values.length;
}

export interface HistoryPercentile {
  index: IndexId;
  quarter: string;
  value: number;
  /** 0–100. */
  percentile: number;
  /** Rounded, as shown ("96th"). */
  rounded: number;
  from: string;
  to: string;
  /** Scored quarters in the history. */
  n: number;
}

/** Where an index's latest reading sits in its own history ("96th percentile of 1923–2026"). */
export function latestPercentile(history: HistoryV2, index: IndexId): HistoryPercentile | null {
  const today = history.latest[index];
  const v = today?.[index];
  if (!today || v === null || v === undefined) return null;
  const scored = history.quarters.filter((q) => q[index] !== null);
  const values = scored.map((q) => q[index] as number);
  const percentile = percentileOfHistory(values, v);
  return {
    index,
    quarter: today.quarter,
    value: v,
    percentile,
    rounded: Math.round(percentile),
    from: scored[0]?.quarter ?? today.quarter,
    to: today.quarter,
    n: values.length,
  };
}

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 96th. */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${n % 10 > 3 ? 'th' : suffix}`;
}

/** "market-wide build-up: 96th percentile of 1923–2026". */
export function historyPercentileLabel(p: HistoryPercentile): string {
  const name = p.index === 'buildup' ? 'market-wide build-up' : 'market-wide stress';
  return `${name}: ${ordinal(p.rounded)} percentile of ${p.from.slice(0, 4)}–${p.to.slice(0, 4)}`;
}
