/**
 * The transforms of method v2 (docs/METHOD.md §3), each pure and each using only data up to the quarter
 * (or day, or month) it is computed for: expanding-window percentiles and their score, the one-sided
 * Hodrick–Prescott gap, run-ups and growth over a window, spread widening from its recent low, drawdowns
 * from a rolling 52-week high, and the CAPE with lagged earnings.
 */
import type { DatedValue } from '../types';
import { dayNumber, type MSeries, type QSeries, sortedEntries } from './quarterly';

/** Mid-rank percentile of `x` among `values` (0–1): (#below + ½ #equal) / #values. NaN for no values. */
export function midrankPercentile(values: readonly number[], x: number): number {
  if (values.length === 0) return Number.NaN;
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v < x) below++;
    else if (v === x) equal++;
  }
  return (below + equal / 2) / values.length;
}

/**
 * Expanding-window percentile of each value among the series' values at keys ≤ its own (itself included),
 * once at least `burnIn` values exist. `direction` −1 ranks the negated values (lower = higher percentile).
 */
export function expandingPercentiles(
  series: ReadonlyMap<number, number>,
  burnIn: number,
  direction: 1 | -1 = 1,
): QSeries {
  const out: QSeries = new Map();
  const seen: number[] = [];
  for (const [k, raw] of sortedEntries(series)) {
    const x = direction * raw;
    seen.push(x);
    if (seen.length >= Math.max(1, burnIn)) out.set(k, midrankPercentile(seen, x));
  }
  return out;
}

/** A percentile as a 0–1 score: 0 at or below the median, 1 at the maximum (clip(2p − 1, 0, 1)). */
export function percentileScore(p: number): number {
  return Math.min(1, Math.max(0, 2 * p - 1));
}

/**
 * Two-sided Hodrick–Prescott trend of `y`: the τ minimising Σ(y − τ)² + λ Σ(Δ²τ)², i.e. the solution of
 * (I + λ KᵀK) τ = y with K the second-difference matrix. Solved by a banded Cholesky factorisation
 * (the matrix is symmetric positive definite with bandwidth 2; its smallest eigenvalue is 1).
 */
export function hpTrend(y: readonly number[], lambda: number): number[] {
  const n = y.length;
  if (n <= 2) return [...y];
  // Bands of A = I + λ KᵀK: d0 (diagonal), d1 (first off-diagonal), d2 (second).
  const d0 = new Float64Array(n).fill(1);
  const d1 = new Float64Array(n - 1);
  const d2 = new Float64Array(n - 2);
  const add = (a: Float64Array, i: number, x: number) => {
    a[i] = (a[i] ?? 0) + x;
  };
  for (let r = 0; r < n - 2; r++) {
    add(d0, r, lambda);
    add(d0, r + 1, 4 * lambda);
    add(d0, r + 2, lambda);
    add(d1, r, -2 * lambda);
    add(d1, r + 1, -2 * lambda);
    add(d2, r, lambda);
  }
  // A = L Lᵀ, L lower triangular with bands l0, l1, l2.
  const l0 = new Float64Array(n);
  const l1 = new Float64Array(n);
  const l2 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a2 = i >= 2 ? (d2[i - 2] ?? 0) : 0;
    const v2 = i >= 2 ? a2 / (l0[i - 2] ?? 1) : 0;
    const a1 = i >= 1 ? (d1[i - 1] ?? 0) : 0;
    const v1 = i >= 1 ? (a1 - (i >= 2 ? v2 * (l1[i - 1] ?? 0) : 0)) / (l0[i - 1] ?? 1) : 0;
    l2[i] = v2;
    l1[i] = v1;
    l0[i] = Math.sqrt((d0[i] ?? 0) - v1 * v1 - v2 * v2);
  }
  // Forward: L z = y.
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = y[i] ?? 0;
    if (i >= 1) s -= (l1[i] ?? 0) * (z[i - 1] ?? 0);
    if (i >= 2) s -= (l2[i] ?? 0) * (z[i - 2] ?? 0);
    z[i] = s / (l0[i] ?? 1);
  }
  // Backward: Lᵀ τ = z.
  const t = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i] ?? 0;
    if (i + 1 < n) s -= (l1[i + 1] ?? 0) * (t[i + 1] ?? 0);
    if (i + 2 < n) s -= (l2[i + 2] ?? 0) * (t[i + 2] ?? 0);
    t[i] = s / (l0[i] ?? 1);
  }
  return t;
}

/**
 * One-sided Hodrick–Prescott gap: at each quarter, the value minus the last point of the trend estimated on
 * the series up to that quarter only. Computed on the run of consecutive quarters ending at each quarter, and
 * only once that run has at least `minQuarters` values.
 */
export function oneSidedHpGap(
  series: ReadonlyMap<number, number>,
  lambda: number,
  minQuarters: number,
): QSeries {
  const out: QSeries = new Map();
  let run: number[] = [];
  let prev = Number.NaN;
  for (const [q, v] of sortedEntries(series)) {
    if (q !== prev + 1) run = [];
    run.push(v);
    prev = q;
    if (run.length >= Math.max(3, minQuarters)) {
      const trend = hpTrend(run, lambda);
      out.set(q, v - (trend[trend.length - 1] ?? v));
    }
  }
  return out;
}

/** Percentage change over `k` quarters: 100 × (x(q) / x(q − k) − 1), where both exist and x(q − k) > 0. */
export function pctChange(series: ReadonlyMap<number, number>, k: number): QSeries {
  const out: QSeries = new Map();
  for (const [q, v] of sortedEntries(series)) {
    const base = series.get(q - k);
    if (base !== undefined && base > 0) out.set(q, 100 * (v / base - 1));
  }
  return out;
}

/**
 * Widening from the recent low: 100 × (x(q) / min(x(q − k + 1 … q)) − 1), needing all k quarters and a
 * positive low. 0 when the current quarter is the low.
 */
export function wideningFromLow(series: ReadonlyMap<number, number>, k: number): QSeries {
  const out: QSeries = new Map();
  for (const [q, v] of sortedEntries(series)) {
    let low = Number.POSITIVE_INFINITY;
    let complete = true;
    for (let j = 0; j < k; j++) {
      const x = series.get(q - j);
      if (x === undefined) {
        complete = false;
        break;
      }
      if (x < low) low = x;
    }
    if (complete && low > 0) out.set(q, 100 * (v / low - 1));
  }
  return out;
}

/**
 * Daily drawdown from the rolling high: for each observed day, 100 × (1 − price / highest observed price of
 * the `days` days ending that day). Days before the series has a full window of history are left out, as
 * are missing days. Uses a monotone deque, so it is linear in the number of rows.
 */
export function rollingDrawdownDaily(obs: readonly DatedValue[], days: number): DatedValue[] {
  const out: DatedValue[] = [];
  let first: number | null = null;
  const dq: Array<{ day: number; v: number }> = [];
  let head = 0;
  for (const [date, v] of obs) {
    if (v === null || !Number.isFinite(v)) continue;
    const day = dayNumber(date);
    if (first === null) first = day;
    while (dq.length > head && (dq[dq.length - 1]?.v ?? 0) <= v) dq.pop();
    dq.push({ day, v });
    while (head < dq.length && (dq[head]?.day ?? 0) <= day - days) head++;
    if (head > 1024) {
      dq.splice(0, head);
      head = 0;
    }
    if (day - first < days - 1) continue;
    const high = dq[head]?.v ?? v;
    out.push([date, high > 0 ? 100 * (1 - v / high) : null]);
  }
  return out;
}

/**
 * Monthly drawdown from the rolling high: 100 × (1 − P(m) / max P(m − months + 1 … m)), needing all months
 * of the window.
 */
export function rollingDrawdownMonthly(series: ReadonlyMap<number, number>, months: number): MSeries {
  const out: MSeries = new Map();
  for (const [m, v] of sortedEntries(series)) {
    let high = Number.NEGATIVE_INFINITY;
    let complete = true;
    for (let j = 0; j < months; j++) {
      const x = series.get(m - j);
      if (x === undefined) {
        complete = false;
        break;
      }
      if (x > high) high = x;
    }
    if (complete && high > 0) out.set(m, 100 * (1 - v / high));
  }
  return out;
}

export interface ShillerMonthly {
  price: ReadonlyMap<number, number>;
  earnings: ReadonlyMap<number, number>;
  cpi: ReadonlyMap<number, number>;
}

/**
 * CAPE by month with publication lags: (P(m) / CPI(m − cpiLag)) ÷ mean of E(k) / CPI(k) over the `months`
 * months ending at m − earningsLag. Needs every value. With a CPI lag of 0 and an earnings lag of 1 it
 * reproduces Shiller's own CAPE column (his ten-year window ends the month before; history.test.ts).
 */
export function capeMonthly(
  s: ShillerMonthly,
  lags: { cpi: number; earnings: number },
  months: number,
): MSeries {
  const out: MSeries = new Map();
  for (const [m, p] of sortedEntries(s.price)) {
    const cpiNow = s.cpi.get(m - lags.cpi);
    if (cpiNow === undefined || cpiNow <= 0) continue;
    let sum = 0;
    let complete = true;
    const end = m - lags.earnings;
    for (let k = end - months + 1; k <= end; k++) {
      const e = s.earnings.get(k);
      const c = s.cpi.get(k);
      if (e === undefined || c === undefined || c <= 0) {
        complete = false;
        break;
      }
      sum += e / c;
    }
    if (!complete || sum <= 0) continue;
    out.set(m, p / cpiNow / (sum / months));
  }
  return out;
}
