/**
 * Which years a time chart shows. The shared range is the store's; while it is the default (all years),
 * each chart starts where its own data starts, so no chart opens with empty years on its left (the
 * capex data starts in 2024, the server lives in 2020). A range the reader chose applies to every chart
 * as it is, so narrowing one narrows all. Plain logic, no React.
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

/**
 * The first year with data: the earliest row in which one of `keys` has a value, or the earliest of
 * `otherYears` (imported series placed on the chart), whichever comes first; null when there is none.
 */
export function firstDataYear(
  rows: readonly YearRow[],
  keys: readonly string[],
  otherYears: readonly number[] = [],
): number | null {
  let first: number | null = null;
  for (const row of rows)
    if ((first === null || row.year < first) && keys.some((k) => hasValue(row[k]))) first = row.year;
  for (const y of otherYears) if (Number.isFinite(y) && (first === null || y < first)) first = y;
  return first;
}

/**
 * The years a chart shows: the default range starts at the chart's first data year; a chosen range is kept,
 * except that one reaching back before the shared axis (`YEAR_MIN`, into the years only the history panel
 * holds, e.g. `range=1923-2030`) starts at the chart's first data year when that year lies inside it.
 */
export function chartRange(range: YearRange, first: number | null): YearRange {
  const isDefault = range[0] === FULL_RANGE[0] && range[1] === FULL_RANGE[1];
  if (first === null || first <= range[0]) return range;
  if (isDefault) return [Math.min(first, range[1]), range[1]];
  if (range[0] < YEAR_MIN && first <= range[1]) return [first, range[1]];
  return range;
}
