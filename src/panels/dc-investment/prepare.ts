import { capexPath } from '../../domain/company-figures';
import { LAST_DATA_YEAR } from '../../domain/raw-value';
import type { Scenario } from '../../domain/scenario';
import { type DatasetMap, findSeries, periodYear } from '../../domain/series';
import { type PointKinds, type PointRefs, setPointKind, setPointRef } from '../chart/style';
import type { Row } from '../chart/time-chart';

export interface DcInvestmentData {
  rows: Row[];
  /** The kind of each plotted point and the fixture rows behind it. */
  kinds: PointKinds;
  refs: PointRefs;
  /** The quoted cumulative range and the years it spans (inclusive). */
  range: { low: number; high: number; from: number; to: number } | null;
  /** Yearly run-rate the range implies, and the scenario path's average over the same years. */
  runRate: { low: number; high: number; path: number } | null;
}

/**
 * Cumulative investment from the last data year: the scenario's cumulative capex path against the
 * quoted $3T–$5.2T range, drawn as the straight-line band that reaches it by its end year.
 */
export function prepareDcInvestment(d: DatasetMap, scenario: Scenario): DcInvestmentData {
  const quoted = findSeries(d['dc-investment'], 'article-range')?.observations[0];
  const end = quoted ? periodYear(quoted.period) : null;
  const low = quoted?.low ?? quoted?.value;
  const high = quoted?.high ?? quoted?.value;
  const from = LAST_DATA_YEAR;
  const years: number[] = [];
  for (let y = from; y <= (end ?? 2030); y++) years.push(y);
  const path = capexPath(d, scenario, years);
  const rows: Row[] = [];
  let cum = 0;
  const kinds: PointKinds = {};
  const refs: PointRefs = {};
  for (const year of years) {
    cum += path.find((p) => p.year === year)?.value ?? 0;
    const row: Row = { year };
    if (path.length > 0) {
      row.cumulative = cum;
      setPointKind(kinds, 'cumulative', year, 'scenario');
      setPointRef(refs, 'cumulative', year, { series: 'scenario', period: year });
    }
    if (end !== null && low !== undefined && high !== undefined) {
      const share = (year - from + 1) / (end - from + 1);
      row.band = [low * share, high * share] as const;
    }
    rows.push(row);
  }
  for (const [seriesId, key] of [
    ['mckinsey', 'mckinsey'],
    ['morgan-stanley', 'ms'],
  ] as const) {
    for (const o of findSeries(d['dc-investment'], seriesId)?.observations ?? []) {
      const r = rows.find((x) => x.year === periodYear(o.period));
      if (!r) continue;
      r[key] = o.value;
      setPointKind(kinds, key, r.year, o.kind);
      setPointRef(refs, key, r.year, { series: `dc-investment/${seriesId}`, period: o.period });
    }
  }
  const n = end === null ? 0 : end - from + 1;
  const range = end !== null && low !== undefined && high !== undefined ? { low, high, from, to: end } : null;
  const runRate =
    range && n > 0 && path.length > 0 ? { low: range.low / n, high: range.high / n, path: cum / n } : null;
  return { rows, kinds, refs, range, runRate };
}
