/** Pure helpers over validated datasets: periods, lookups and sums. */
import type { Dataset, Observation, Period, Series } from './types';

export type DatasetMap = Readonly<Partial<Record<string, Dataset>>>;

/** Calendar year of a period (2025, "2025-10" or "2025-10-29"). */
export function periodYear(period: Period): number {
  return typeof period === 'number' ? period : Number(period.slice(0, 4));
}

/** Milliseconds since epoch (UTC) for a period; a year maps to 1 July, a month to its 15th, a date-time to itself. */
export function periodTime(period: Period): number {
  if (typeof period === 'number') return Date.UTC(period, 6, 1);
  if (period.length > 10) return Date.parse(period); // an ISO date-time (imports)
  const [y, m, d] = period.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 15);
}

export function findSeries(dataset: Dataset | undefined, seriesId: string): Series | undefined {
  return dataset?.series.find((s) => s.id === seriesId);
}

/** The observation of a series in a calendar year (first match), if any. */
export function observationInYear(series: Series | undefined, year: number): Observation | undefined {
  return series?.observations.find((o) => periodYear(o.period) === year);
}

export function valueInYear(dataset: Dataset | undefined, seriesId: string, year: number): number | null {
  return observationInYear(findSeries(dataset, seriesId), year)?.value ?? null;
}

/** Figures the gauge may use: not a secondary report, not a superseded estimate. */
export const usableInGauge = (o: Observation): boolean => o.kind !== 'secondary' && o.kind !== 'superseded';

/**
 * Sum of the values of every series matching `filter` whose periods fall in `year`; null when none.
 * Secondary and superseded figures are left out (they never feed the gauge).
 */
export function sumInYear(
  dataset: Dataset | undefined,
  year: number,
  filter: (s: Series) => boolean = () => true,
): number | null {
  if (!dataset) return null;
  let sum = 0;
  let found = false;
  for (const s of dataset.series) {
    if (!filter(s)) continue;
    for (const o of s.observations) {
      if (periodYear(o.period) === year && usableInGauge(o)) {
        sum += o.value;
        found = true;
      }
    }
  }
  return found ? sum : null;
}

/** Series that belong to an entity (issuer/company), as opposed to reference lines such as totals. */
export const hasEntity = (s: Series): boolean => s.entity !== undefined;

/** Linear interpolation between (x0, y0) and (x1, y1) at x. */
export function lerp(x0: number, y0: number, x1: number, y1: number, x: number): number {
  if (x1 === x0) return y0;
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

/** Does a series or its sponsor match the selected issuer/vehicle id? */
export function matchesSelection(series: Pick<Series, 'id' | 'entity'>, selection: string | null): boolean {
  return selection !== null && (series.id === selection || series.entity === selection);
}
