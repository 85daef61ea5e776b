/**
 * When a dated series' newest figure can be read as of (its age on screen). Tiny on purpose: the panel
 * frames import it on first paint, while the quarter maths of `dated.ts` load with the history.
 */
import type { DatedSeries } from './types';

/** The last day of the `months`-month period that starts on an ISO date. */
function periodEnd(start: string, months: number): string {
  const [y, m] = start.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1 + months, 0)).toISOString().slice(0, 10);
}

/** The last day of the quarter that starts on an ISO date (`2026-04-01` → `2026-06-30`). */
export function quarterEnd(start: string): string {
  return periodEnd(start, 3);
}

/**
 * The date the newest figure of a dated series can be read as of: when it was published (`vintage`) if
 * known; else for a daily series its own date, and for a monthly or quarterly one its period's last day
 * (never the first day it is dated by: a period's figure cannot exist before the period has ended).
 */
export function newestFigureDate(s: Pick<DatedSeries, 'asOf' | 'frequency' | 'vintage'>): string {
  if (s.vintage) return s.vintage.date;
  if (s.frequency === 'quarterly') return quarterEnd(s.asOf);
  return s.frequency === 'monthly' ? periodEnd(s.asOf, 1) : s.asOf;
}
