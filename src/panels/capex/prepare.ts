import { YEAR_MAX, YEAR_MIN } from '../../domain/ids';
import { capexPath, hyperscalerCapex, LAST_DATA_YEAR, rawMetric } from '../../domain/model';
import type { Scenario } from '../../domain/scenario';
import { type DatasetMap, findSeries, observationInYear, periodYear } from '../../domain/series';
import type { Row } from '../chart/time-chart';

export interface CapexData {
  rows: Row[];
  /** The 2025 revision: first estimate → current estimate, if the fixture has it. */
  revision: { year: number; from: number; to: number; pct: number } | null;
}

/** One row per year: estimate, scenario path, hyperscaler sum and other houses' markers. */
export function prepareCapex(d: DatasetMap, scenario: Scenario): CapexData {
  const rows: Row[] = [];
  for (let year = YEAR_MIN; year <= YEAR_MAX; year++) rows.push({ year });
  const at = (year: number) => rows.find((r) => r.year === year);
  const put = (year: number, key: string, value: number) => {
    const r = at(year);
    if (r) r[key] = value;
  };
  const years = rows.map((r) => r.year);
  for (const p of capexPath(d, scenario, years)) put(p.year, 'path', p.value);
  const article = findSeries(d.capex, 'article-path');
  for (const o of article?.observations ?? []) {
    put(periodYear(o.period), o.kind === 'projection' ? 'article' : 'estimate', o.value);
  }
  for (const [seriesId, key] of [
    ['consensus', 'consensus'],
    ['bofa', 'bofa'],
    ['goldman', 'goldman'],
    ['jpm-am-early', 'early'],
  ] as const) {
    for (const o of findSeries(d.capex, seriesId)?.observations ?? [])
      put(periodYear(o.period), key, o.value);
  }
  for (const year of years) {
    const v = hyperscalerCapex(d['hyperscaler-capex'], year);
    if (v !== null) put(year, 'hyperscalers', v);
  }
  const current = observationInYear(article, LAST_DATA_YEAR);
  const first = current?.revisions?.[0];
  let revision: CapexData['revision'] = null;
  // The same figure the gauge scores (capex-revision), so chart and gauge never disagree.
  const pct = rawMetric('capex-revision', d, scenario, LAST_DATA_YEAR);
  if (current && first && pct) {
    put(LAST_DATA_YEAR, 'first', first.value);
    revision = { year: LAST_DATA_YEAR, from: first.value, to: current.value, pct: pct.value };
  }
  return { rows, revision };
}
