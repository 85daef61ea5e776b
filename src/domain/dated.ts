/**
 * Pure aggregation of dated series (daily or quarterly `[date, value]` pairs, `null` = missing day):
 * quarter means, running-peak drawdowns, year-on-year growth, ratios and jump flags. No React.
 * A missing day is never read as zero and never filled: it is left out of means and drawdown peaks,
 * and a quarter with too few observed days has no mean.
 */
import type { DatedValue } from './types';

/** A calendar quarter, `2000-Q1`. */
export type Quarter = string;

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The quarter of an ISO date (`2000-03-31` → `2000-Q1`). */
export function quarterOf(date: string): Quarter {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export function parseQuarter(q: Quarter): { year: number; q: 1 | 2 | 3 | 4 } | null {
  const m = QUARTER.exec(q);
  if (!m) return null;
  return { year: Number(m[1]), q: Number(m[2]) as 1 | 2 | 3 | 4 };
}

/** `n` quarters after (or before, negative) `q`. */
export function addQuarters(q: Quarter, n: number): Quarter {
  const p = parseQuarter(q);
  if (!p) throw new Error(`not a quarter: ${q}`);
  const i = p.year * 4 + (p.q - 1) + n;
  return `${Math.floor(i / 4)}-Q${(((i % 4) + 4) % 4) + 1}`;
}

/** Every quarter from `from` to `to`, inclusive. */
export function quartersBetween(from: Quarter, to: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let q = from; q <= to && out.length < 10_000; q = addQuarters(q, 1)) out.push(q);
  return out;
}

/** The quarter's middle on a decimal-year axis: 2000-Q1 → 2000.125. */
export function quarterX(q: Quarter): number {
  const p = parseQuarter(q);
  if (!p) return Number.NaN;
  return p.year + (p.q - 1) / 4 + 0.125;
}

/** The quarter under a decimal-year position (inverse of `quarterX` within the quarter). */
export function quarterAtX(x: number): Quarter {
  const i = Math.floor(x * 4);
  return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
}

export interface QuarterMean {
  /** Mean of the observed values, or null when fewer than `minDays` were observed. */
  mean: number | null;
  /** Days with a value. */
  days: number;
  /** Rows without a value (FRED's blanks): missing days. */
  missing: number;
}

/** Mean of each quarter's observed values. Quarters with no row at all are absent. */
export function quarterMeans(obs: readonly DatedValue[], minDays = 1): Map<Quarter, QuarterMean> {
  const acc = new Map<Quarter, { sum: number; days: number; missing: number }>();
  for (const [date, value] of obs) {
    const q = quarterOf(date);
    let a = acc.get(q);
    if (!a) {
      a = { sum: 0, days: 0, missing: 0 };
      acc.set(q, a);
    }
    if (value === null || !Number.isFinite(value)) a.missing++;
    else {
      a.sum += value;
      a.days++;
    }
  }
  const out = new Map<Quarter, QuarterMean>();
  for (const [q, a] of acc) {
    out.set(q, {
      mean: a.days >= Math.max(1, minDays) ? a.sum / a.days : null,
      days: a.days,
      missing: a.missing,
    });
  }
  return out;
}

/**
 * Percent below the running peak (0 at a new high, 50 = half the peak), for each row. The peak is the
 * highest observed value up to and including that day; a missing day stays missing and does not move it.
 */
export function drawdowns(obs: readonly DatedValue[]): DatedValue[] {
  let peak = Number.NEGATIVE_INFINITY;
  return obs.map(([date, value]): DatedValue => {
    if (value === null || !Number.isFinite(value)) return [date, null];
    if (value > peak) peak = value;
    return [date, peak > 0 ? (1 - value / peak) * 100 : null];
  });
}

/** A quarterly series (dated the first day of the quarter) as quarter → value. */
export function byQuarter(obs: readonly DatedValue[]): Map<Quarter, number | null> {
  const out = new Map<Quarter, number | null>();
  for (const [date, value] of obs) out.set(quarterOf(date), value);
  return out;
}

/** Growth over the same quarter a year earlier, in percent; null when either is missing or the base ≤ 0. */
export function yoyGrowth(series: ReadonlyMap<Quarter, number | null>): Map<Quarter, number | null> {
  const out = new Map<Quarter, number | null>();
  for (const [q, v] of series) {
    const base = series.get(addQuarters(q, -4));
    out.set(q, v === null || base === null || base === undefined || base <= 0 ? null : (v / base - 1) * 100);
  }
  return out;
}

/** 100 × a / b for the quarters both have (null where either is missing or b is 0). */
export function ratioPct(
  a: ReadonlyMap<Quarter, number | null>,
  b: ReadonlyMap<Quarter, number | null>,
): Map<Quarter, number | null> {
  const out = new Map<Quarter, number | null>();
  for (const [q, x] of a) {
    if (!b.has(q)) continue;
    const y = b.get(q) ?? null;
    out.set(q, x === null || y === null || y === 0 ? null : (100 * x) / y);
  }
  return out;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

export interface JumpRule {
  /** How many earlier quarter-on-quarter changes make the baseline. */
  window: number;
  /** A change this many times the baseline's median (absolute) change is a jump… */
  factor: number;
  /** …and at least this large, in percent. */
  minChangePct: number;
  /** Only the last `recent` quarters of the series are flagged: recent data not yet revised. */
  recent: number;
}

export const DEFAULT_JUMP_RULE: JumpRule = { window: 8, factor: 3, minChangePct: 10, recent: 4 };

/**
 * Quarters that look off: among the series' last `recent` quarters, a quarter-on-quarter change that is
 * `factor` times the median absolute change of the `window` quarters before it and at least
 * `minChangePct`. Such values are shown, flagged as provisional, never dropped or smoothed.
 */
export function provisionalQuarters(
  series: ReadonlyMap<Quarter, number | null>,
  rule: JumpRule = DEFAULT_JUMP_RULE,
): Quarter[] {
  const qs = [...series.keys()].sort();
  const changes: Array<number | null> = qs.map((q, i) => {
    const prev = i > 0 ? series.get(qs[i - 1] as Quarter) : undefined;
    const v = series.get(q);
    if (i === 0 || prev === null || prev === undefined || v === null || v === undefined || prev === 0)
      return null;
    if ((qs[i - 1] as Quarter) !== addQuarters(q, -1)) return null;
    return Math.abs((v / prev - 1) * 100);
  });
  const out: Quarter[] = [];
  for (let i = Math.max(0, qs.length - rule.recent); i < qs.length; i++) {
    const c = changes[i];
    if (c === null || c === undefined || c < rule.minChangePct) continue;
    const before = changes.slice(Math.max(0, i - rule.window), i).filter((x): x is number => x !== null);
    if (before.length === 0) continue;
    if (c >= rule.factor * median(before)) out.push(qs[i] as Quarter);
  }
  return out;
}
