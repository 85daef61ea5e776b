/**
 * Quarterly aggregation for method v2: quarters and months as integer indices, quarter means of daily and
 * monthly series, quarterly series as published, and the publication-lag shift. Pure, no React.
 *
 * A quarterly series here is a `QSeries`: quarter index → value, holding only quarters that have a value
 * (missing quarters are absent, never zero). Quarter index = year × 4 + (quarter − 1); month index =
 * year × 12 + (month − 1).
 */
import type { DatedValue } from '../types';

export type QSeries = Map<number, number>;
export type MSeries = Map<number, number>;

const QUARTER = /^(\d{4})-Q([1-4])$/;
const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** `2000-Q1` → 8000. Throws on anything else. */
export function qIndex(q: string): number {
  const m = QUARTER.exec(q);
  if (!m) throw new Error(`not a quarter: ${q}`);
  return Number(m[1]) * 4 + Number(m[2]) - 1;
}

/** 8000 → `2000-Q1`. */
export function qLabel(i: number): string {
  return `${Math.floor(i / 4)}-Q${(((i % 4) + 4) % 4) + 1}`;
}

/** Month index of an ISO date or month (`2000-03-31`, `2000-03`). */
export function monthIndexOfDate(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthLabel(i: number): string {
  const y = Math.floor(i / 12);
  const m = i - y * 12 + 1;
  return `${y}-${String(m).padStart(2, '0')}`;
}

/** Quarter index of a month index. */
export function quarterOfMonth(mi: number): number {
  return Math.floor(mi / 3);
}

/** Quarter index of an ISO date. */
export function quarterIndexOfDate(date: string): number {
  return quarterOfMonth(monthIndexOfDate(date));
}

/** The first day of the quarter after `q`, as an ISO date (the day the quarter has ended). */
export function quarterEndExclusive(q: number): string {
  return monthStart(q * 3 + 3);
}

/** The first day of a month index, ISO. */
export function monthStart(mi: number): string {
  return `${monthLabel(mi)}-01`;
}

/** Days since 1970-01-01 of an ISO date (UTC). */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** Quarter means of a daily series: the mean of the observed days, for quarters with ≥ `minDays` of them. */
export function dailyQuarterMeans(obs: readonly DatedValue[], minDays: number): QSeries {
  const acc = new Map<number, { sum: number; n: number }>();
  for (const [date, v] of obs) {
    if (v === null || !Number.isFinite(v)) continue;
    const q = quarterIndexOfDate(date);
    const a = acc.get(q);
    if (a) {
      a.sum += v;
      a.n++;
    } else acc.set(q, { sum: v, n: 1 });
  }
  const out: QSeries = new Map();
  for (const [q, a] of [...acc].sort((x, y) => x[0] - y[0])) {
    if (a.n >= Math.max(1, minDays)) out.set(q, a.sum / a.n);
  }
  return out;
}

/** A monthly series (one value per month, dated the first of the month or `YYYY-MM`) as month index → value. */
export function monthly(obs: readonly DatedValue[]): MSeries {
  const out: MSeries = new Map();
  for (const [date, v] of obs) if (v !== null && Number.isFinite(v)) out.set(monthIndexOfDate(date), v);
  return out;
}

/** Quarter means of a monthly series: only quarters with all three months. */
export function monthlyQuarterMeans(series: ReadonlyMap<number, number>): QSeries {
  const quarters = new Set<number>();
  for (const mi of series.keys()) quarters.add(quarterOfMonth(mi));
  const out: QSeries = new Map();
  for (const q of [...quarters].sort((a, b) => a - b)) {
    const a = series.get(q * 3);
    const b = series.get(q * 3 + 1);
    const c = series.get(q * 3 + 2);
    if (a !== undefined && b !== undefined && c !== undefined) out.set(q, (a + b + c) / 3);
  }
  return out;
}

/** A quarterly series as published (dated the first day of the quarter), from quarter `from` on. */
export function quarterly(obs: readonly DatedValue[], from = Number.NEGATIVE_INFINITY): QSeries {
  const out: QSeries = new Map();
  for (const [date, v] of obs) {
    if (v === null || !Number.isFinite(v)) continue;
    const q = quarterIndexOfDate(date);
    if (q >= from) out.set(q, v);
  }
  return out;
}

/** Publication lag: the value of quarter q is used at quarter q + lag. */
export function shift(series: ReadonlyMap<number, number>, lag: number): QSeries {
  const out: QSeries = new Map();
  for (const [q, v] of series) out.set(q + lag, v);
  return out;
}

/** `scale × a / b` where both have a value and b ≠ 0. */
export function ratio(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>, scale = 1): QSeries {
  const out: QSeries = new Map();
  for (const [q, x] of a) {
    const y = b.get(q);
    if (y !== undefined && y !== 0) out.set(q, (scale * x) / y);
  }
  return out;
}

/** `a − b` where both have a value. */
export function difference(
  a: ReadonlyMap<number, number>,
  b: ReadonlyMap<number, number>,
): Map<number, number> {
  const out = new Map<number, number>();
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) out.set(k, x - y);
  }
  return out;
}

/** The entries of a series in increasing key order. */
export function sortedEntries(series: ReadonlyMap<number, number>): Array<[number, number]> {
  return [...series].sort((a, b) => a[0] - b[0]);
}
