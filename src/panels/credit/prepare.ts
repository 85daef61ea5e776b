/**
 * The credit-spread panel: FRED's daily ICE BofA BBB option-adjusted spread on the shared year axis, its
 * annual means, and the dot-com (2000–2002) and 2008–2009 means as reference lines. Pure: no React.
 * Missing days stay missing: the daily line breaks there, and means leave them out.
 */

import { annualMeans, periodMean } from '../../domain/dated-figures';
import { downsampleXY, type XY } from '../../domain/downsample';
import { periodX } from '../../domain/imports';
import { type DatedSeries, type Kind, type Threshold, weakestKind } from '../../domain/types';
import { type PointKinds, type PointRefs, setPointKind, setPointRef } from '../chart/style';
import type { Row } from '../chart/time-chart';

/** A drawn point of the daily line; `y: null` is a break (a missing day). */
export interface LinePoint {
  x: number;
  y: number | null;
}

export interface CreditData {
  /** One row per year with its mean spread, bp. */
  rows: Row[];
  kinds: PointKinds;
  /** The series behind each mean (`fred/<id>`, the year). */
  refs: PointRefs;
  /** Mean spread over 2000–2002 and 2008–2009, bp (every observed day). */
  dotcom: number | null;
  gfc: number | null;
  /** The gauge's thresholds for the spread, bp. */
  warning: number | null;
  alert: number | null;
  asOf: string | null;
  /** Values and missing days in the series. */
  days: number;
  missing: number;
}

const BP = 100;

export function prepareCredit(bbb: DatedSeries | undefined, thresholds: readonly Threshold[]): CreditData {
  const rows: Row[] = [];
  const kinds: PointKinds = {};
  const refs: PointRefs = {};
  const partialYear = bbb && !bbb.asOf.endsWith('-12-31') ? Number(bbb.asOf.slice(0, 4)) : null;
  for (const [year, m] of [...annualMeans(bbb)].sort(([a], [b]) => a - b)) {
    rows.push({ year, mean: m.mean * BP });
    // A year still running is a year-to-date mean: an estimate of the year's, not its figure.
    const own = bbb?.kind ?? 'reported';
    const kind = year === partialYear ? (weakestKind([own, 'estimate']) ?? 'estimate') : own;
    setPointKind(kinds, 'mean', year, kind);
    if (bbb) setPointRef(refs, 'mean', year, { series: `fred/${bbb.id}`, period: year });
  }
  const t = thresholds.find((x) => x.metric === 'bbb-spread');
  const dotcom = periodMean(bbb, 2000, 2002);
  const gfc = periodMean(bbb, 2008, 2009);
  const obs = bbb?.observations ?? [];
  return {
    rows,
    kinds,
    refs,
    dotcom: dotcom === null ? null : dotcom * BP,
    gfc: gfc === null ? null : gfc * BP,
    warning: t?.calm ?? null,
    alert: t?.extreme ?? null,
    asOf: bbb?.asOf ?? null,
    days: obs.filter(([, v]) => v !== null).length,
    missing: obs.filter(([, v]) => v === null).length,
  };
}

/**
 * The daily line within [from, to] on the year axis, downsampled for drawing (LTTB, about `target` points):
 * each run of observed days is downsampled on its own and runs are separated by a `null` point, so a
 * missing day is a break in the line, never a bridged or filled value.
 */
export function dailyLine(
  bbb: DatedSeries | undefined,
  from: number,
  to: number,
  target: number,
): LinePoint[] {
  const runs: XY[][] = [];
  let run: XY[] = [];
  let total = 0;
  for (const [date, value] of bbb?.observations ?? []) {
    const x = periodX(date);
    if (x < from || x > to) continue;
    if (value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    run.push({ x, y: value * BP });
    total++;
  }
  if (run.length > 0) runs.push(run);
  const out: LinePoint[] = [];
  for (const [i, r] of runs.entries()) {
    if (i > 0) out.push({ x: ((out.at(-1)?.x ?? r[0]?.x ?? 0) + (r[0]?.x ?? 0)) / 2, y: null });
    out.push(...downsampleXY(r, Math.max(2, (target * r.length) / Math.max(1, total))));
  }
  return out;
}

/** One year of the daily spread for the data table: its mean and its last value, bp. */
export interface CreditYearRow {
  year: number;
  mean: number;
  last: number;
  lastDate: string;
  /** Days with a value and days without a print in the year. */
  days: number;
  missing: number;
  /** The series' kind; a year still running is year to date (an estimate of the year's). */
  kind: Kind;
}

/** A reference line of the chart, for the data table. */
export interface CreditReferenceRow {
  id: 'dotcom' | 'gfc' | 'warning' | 'alert';
  value: number;
  /** The years a mean covers (`2000–2002`), or null for a gauge threshold. */
  years: readonly [number, number] | null;
  /** Days a mean is taken over. */
  days: number | null;
  sourceIds: readonly string[];
}

/**
 * The credit panel's data table: one row per year (newest first) with the mean of its daily values and
 * its last value, and the chart's reference lines (the two period means and the gauge's thresholds).
 * Missing days count as missing, never as values.
 */
export function creditTable(
  bbb: DatedSeries | undefined,
  thresholds: readonly Threshold[],
): { years: CreditYearRow[]; references: CreditReferenceRow[] } {
  if (!bbb) return { years: [], references: [] };
  const byYear = new Map<
    number,
    { sum: number; days: number; missing: number; last: number; lastDate: string }
  >();
  for (const [date, value] of bbb.observations) {
    const year = Number(date.slice(0, 4));
    const y = byYear.get(year) ?? { sum: 0, days: 0, missing: 0, last: 0, lastDate: '' };
    byYear.set(year, y);
    if (value === null) y.missing++;
    else {
      y.sum += value * BP;
      y.days++;
      y.last = value * BP;
      y.lastDate = date;
    }
  }
  const running = bbb.asOf.endsWith('-12-31') ? null : Number(bbb.asOf.slice(0, 4));
  const years: CreditYearRow[] = [...byYear.entries()]
    .filter(([, y]) => y.days > 0)
    .sort(([a], [b]) => b - a)
    .map(([year, y]) => ({
      year,
      mean: y.sum / y.days,
      last: y.last,
      lastDate: y.lastDate,
      days: y.days,
      missing: y.missing,
      kind: year === running ? (weakestKind([bbb.kind, 'estimate']) ?? 'estimate') : bbb.kind,
    }));
  const span = (from: number, to: number) => {
    const v = years.filter((y) => y.year >= from && y.year <= to);
    const days = v.reduce((a, y) => a + y.days, 0);
    return days === 0 ? null : { value: v.reduce((a, y) => a + y.mean * y.days, 0) / days, days };
  };
  const references: CreditReferenceRow[] = [];
  for (const [id, from, to] of [
    ['dotcom', 2000, 2002],
    ['gfc', 2008, 2009],
  ] as const) {
    const m = span(from, to);
    if (m)
      references.push({ id, value: m.value, years: [from, to], days: m.days, sourceIds: [bbb.sourceId] });
  }
  const t = thresholds.find((x) => x.metric === 'bbb-spread');
  if (t) {
    references.push({ id: 'warning', value: t.calm, years: null, days: null, sourceIds: t.sourceIds });
    references.push({ id: 'alert', value: t.extreme, years: null, days: null, sourceIds: t.sourceIds });
  }
  return { years, references };
}
