/**
 * When a dated series' newest figure can be read as of (its age on screen). Tiny on purpose: the panel
 * frames import it on first paint, while the quarter maths of \`dated.ts\` load with the history.
 */
import type { DatedSeries } from './types';

/** The last day of the quarter that starts on an ISO date (`2026-04-01` → `2026-06-30`). */
export function quarterEnd(start: string): string {
  const [y, m] = start.split('-').map(Number);
  const end = new Date(Date.UTC(y ?? 1970, (m ?? 1) + 2, 0));
  return end.toISOString().slice(0, 10);
}

/**
 * The date the newest figure of a dated series can be read as of: when it was published (`vintage`) if
 * known; else for a daily series its own date, and for a quarterly one the quarter's last day (never the
 * first day it is dated by: a quarter's figure cannot exist before the quarter has ended).
 */
export function newestFigureDate(s: Pick<DatedSeries, 'asOf' | 'frequency' | 'vintage'>): string {
  if (s.vintage) return s.vintage.date;
  return s.frequency === 'quarterly' ? quarterEnd(s.asOf) : s.asOf;
}
