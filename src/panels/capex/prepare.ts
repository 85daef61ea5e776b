import { YEAR_MAX, YEAR_MIN } from '../../domain/ids';
import { capexPath, hyperscalerTotal, LAST_DATA_YEAR, rawMetric } from '../../domain/model';
import type { Scenario } from '../../domain/scenario';
import { type DatasetMap, findSeries, observationInYear, periodYear } from '../../domain/series';
import type { Kind } from '../../domain/types';
import { type MarkRef, type PointKinds, type PointRefs, setPointKind, setPointRef } from '../chart/style';
import type { Row } from '../chart/time-chart';

/** Fixture series drawn as markers, by chart key. */
export const CAPEX_MARKERS = [
  ['consensus', 'consensus'],
  ['goldman', 'goldman'],
  ['big-four-press', 'press'],
  ['morgan-stanley-five', 'ms'],
  ['zacks-big-four', 'zacks'],
  ['goldman-2027', 'goldman2027'],
] as const;

export interface CapexData {
  rows: Row[];
  /** The kind of every plotted point, from its fixture row (or the scenario, for the path). */
  kinds: PointKinds;
  /** The fixture rows behind every plotted point (`scenario` for the what-if path). */
  refs: PointRefs;
  /** The 2025 revision: first estimate → current estimate, if the fixture has it. */
  revision: { year: number; from: number; to: number; pct: number } | null;
}

/** One row per year: estimate, scenario path, hyperscaler sum and other houses' markers. */
export function prepareCapex(d: DatasetMap, scenario: Scenario): CapexData {
  const rows: Row[] = [];
  for (let year = YEAR_MIN; year <= YEAR_MAX; year++) rows.push({ year });
  const at = (year: number) => rows.find((r) => r.year === year);
  const kinds: PointKinds = {};
  const refs: PointRefs = {};
  const put = (year: number, key: string, value: number, kind: Kind | 'scenario', ref: MarkRef) => {
    const r = at(year);
    if (!r) return;
    r[key] = value;
    setPointKind(kinds, key, year, kind);
    setPointRef(refs, key, year, ref);
  };
  const years = rows.map((r) => r.year);
  // The what-if path is the scenario's in every year (2025 is its starting point, the article's figure).
  for (const p of capexPath(d, scenario, years))
    put(p.year, 'path', p.value, 'scenario', { series: 'scenario', period: p.year });
  const article = findSeries(d.capex, 'article-path');
  for (const o of article?.observations ?? []) {
    put(periodYear(o.period), o.kind === 'projection' ? 'article' : 'estimate', o.value, o.kind, {
      series: 'capex/article-path',
      period: o.period,
    });
  }
  for (const [seriesId, key] of CAPEX_MARKERS) {
    for (const o of findSeries(d.capex, seriesId)?.observations ?? [])
      put(periodYear(o.period), key, o.value, o.kind, { series: `capex/${seriesId}`, period: o.period });
  }
  for (const year of years) {
    // A sum of four companies is only as firm as its weakest figure.
    const total = hyperscalerTotal(d['hyperscaler-capex'], year);
    if (total)
      put(year, 'hyperscalers', total.value, total.kind, {
        series: total.series.map((id) => `hyperscaler-capex/${id}`).join(' '),
        period: year,
      });
  }
  const current = observationInYear(article, LAST_DATA_YEAR);
  const first = current?.revisions?.[0];
  let revision: CapexData['revision'] = null;
  // The same figure the gauge scores (capex-revision), so chart and gauge never disagree.
  const pct = rawMetric('capex-revision', d, scenario, LAST_DATA_YEAR);
  if (current && first && pct) {
    put(LAST_DATA_YEAR, 'first', first.value, 'superseded', {
      series: 'capex/article-path',
      period: current.period,
      revision: true,
    });
    revision = { year: LAST_DATA_YEAR, from: first.value, to: current.value, pct: pct.value };
  }
  return { rows, kinds, refs, revision };
}
