/**
 * Which years a time chart shows. The shared range is the store's; while it is the default (all years),
 * each chart starts where its own data starts, so no chart opens with empty years on its left (the
 * capex data starts in 2024, the server lives in 2020). A range the reader chose applies to every chart
 * as it is, so narrowing one narrows all. Plain logic, no React.
 * It ends where its own data end too (projections included): no chart runs on to 2030 with data to 2026.
 */
import { FULL_RANGE, YEAR_MIN, type YearRange } from '../../domain/ids';

/** A chart row: its year and each series' value (a number, a [low, high] pair, or nothing). */
export interface YearRow {
  readonly year: number;
  readonly [key: string]: unknown;
}

const hasValue = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) ||
  (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x)));

/** The first and last years with data in a chart; null when it has none. */
export interface DataSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * The years with data: from the earliest to the latest row in which one of `keys` has a value,
 * widened by `otherYears` (imported series or a dense series placed on the chart); null when there is none.
 */
export function dataSpan(
  rows: readonly YearRow[],
  keys: readonly string[],
  otherYears: readonly number[] = [],
): DataSpan | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const see = (y: number) => {
    if (!Number.isFinite(y)) return;
    if (y < first) first = y;
    if (y > last) last = y;
  };
  for (const row of rows) if (keys.some((k) => hasValue(row[k]))) see(row.year);
  for (const y of otherYears) see(y);
  return first <= last ? { first, last } : null;
}

/** The first year with data (see `dataSpan`); null when there is none. */
export function firstDataYear(
  rows: readonly YearRow[],
  keys: readonly string[],
  otherYears: readonly number[] = [],
): number | null {
  return dataSpan(rows, keys, otherYears)?.first ?? null;
}

/**
 * The years a chart shows: the default range runs from the chart's first to its last data year
 * (projections included), within the default. A chosen range is kept, except that one reaching back
 * before the shared axis (`YEAR_MIN`, into the years only the history panel holds, e.g. `range=1923-2030`)
 * starts at the chart's first data year when that year lies inside it.
 */
export function chartRange(range: YearRange, span: DataSpan | number | null): YearRange {
  const isDefault = range[0] === FULL_RANGE[0] && range[1] === FULL_RANGE[1];
  if (span === null) return range;
  const { first, last } = typeof span === 'number' ? { first: span, last: range[1] } : span;
  if (isDefault) {
    const from = Math.min(Math.max(first, range[0]), range[1]);
    const to = Math.max(Math.min(last, range[1]), from);
    return from === range[0] && to === range[1] ? range : [from, to];
  }
  if (range[0] < YEAR_MIN && first > range[0] && first <= range[1]) return [first, range[1]];
  return range;
}
