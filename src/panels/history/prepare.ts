/**
 * The history panel's rows, pure: history v1 readings → one row per quarter on a decimal-year axis
 * (component points stacked), the years shown, recession bands and the reading for a hovered year.
 */
import { type Quarter, quarterX } from '../../domain/dated';
import type { HistoryReading } from '../../domain/history';
import { HISTORY_COMPONENT_IDS, type HistoryComponentId } from '../../domain/history-ids';
import type { YearRange } from '../../domain/ids';

export type HistoryRow = { x: number; quarter: Quarter } & Partial<
  Record<HistoryComponentId | 'total', number>
>;

/** A quarter's block on the axis starts here; the row's x is the start, drawn as a step to the next. */
export const quarterStart = (q: Quarter): number => quarterX(q) - 0.125;

/** One row per quarter with each component's points (stacked) and the total; unscored quarters stay empty. */
export function historyRows(readings: readonly HistoryReading[]): HistoryRow[] {
  const rows: HistoryRow[] = readings.map((r) => {
    const row: HistoryRow = { x: quarterStart(r.quarter), quarter: r.quarter };
    if (r.value !== null) {
      for (const c of HISTORY_COMPONENT_IDS) {
        const p = r.contributions[c];
        if (p !== null) row[c] = p;
      }
      row.total = r.value;
    }
    return row;
  });
  // The last quarter's step needs a closing point a quarter later.
  const last = rows.at(-1);
  if (last) rows.push({ ...last, x: last.x + 0.25, quarter: `${last.quarter}+` });
  return rows;
}

/**
 * The years the panel shows, as [first year's start, last year's end] on the decimal-year axis: all of
 * its history while the shared range is the default one; otherwise the shared range itself (from 1997),
 * as every time chart shows it, unless it holds none of the history's years.
 */
export function historyDomain(
  span: [Quarter, Quarter],
  range: YearRange,
  defaultRange: YearRange,
): [number, number] {
  const from = Number(span[0].slice(0, 4));
  const to = Number(span[1].slice(0, 4));
  const isDefault = range[0] === defaultRange[0] && range[1] === defaultRange[1];
  if (isDefault || range[0] > to || range[1] < from) return [from, to + 1];
  return [Math.max(from, range[0]), range[1] + 1];
}

/** Year ticks in the middle of each shown year (as on the other time charts), every `step` years. */
export function yearTicks([from, to]: [number, number]): number[] {
  const span = to - from;
  const step = span > 16 ? 4 : span > 8 ? 2 : 1;
  const out: number[] = [];
  for (let y = from; y < to; y += step) out.push(y + 0.5);
  return out;
}

/** `YYYY-MM` → the month's start (or end) on the decimal-year axis. */
export function monthX(month: string, end = false): number {
  const [y, m] = month.split('-').map(Number);
  return (y ?? 0) + ((m ?? 1) - (end ? 0 : 1)) / 12;
}

/** The reading for a hovered year that came from another chart: its last scored quarter. */
export function readingForYear(readings: readonly HistoryReading[], year: number): HistoryReading | null {
  let found: HistoryReading | null = null;
  for (const r of readings) if (r.quarter.startsWith(`${year}-`) && r.value !== null) found = r;
  return found;
}
