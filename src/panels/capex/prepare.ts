import {
  BIG_FOUR,
  bigFourCapex,
  bigFourGaps,
  type CapexTotal,
  capexPath,
} from '../../domain/company-figures';
import { YEAR_MAX, YEAR_MIN } from '../../domain/ids';
import { rawMetric } from '../../domain/model';
import { LAST_DATA_YEAR } from '../../domain/raw-value';
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
  /**
   * The big-four figure the gauge reads in the last data year and the next, with its basis; for a press
   * tally, the row's source and why the companies' own figures could not be summed.
   */
  gauge: Array<{
    year: number;
    value: number;
    basis: CapexTotal['basis'];
    sourceId?: string;
    missing?: string[];
    secondary?: string[];
  }>;
  /**
   * Later figures for the year after the last data year, beside the one the gauge reads: the companies'
   * own raises after a press tally (USD bn), and the range of secondary reports (the four companies' sum
   * with a secondary figure, and secondary totals).
   */
  later: { year: number; raise: number | null; secondary: readonly [number, number] | null };
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
    // The big-four figure the gauge reads: the companies' sum (only as firm as its weakest figure), or the
    // verified press tally where the four cannot be summed on one basis.
    const total = bigFourCapex(d, year);
    if (total)
      put(year, 'hyperscalers', total.value, total.kind, { series: total.series.join(' '), period: year });
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
  const gauge = [LAST_DATA_YEAR, LAST_DATA_YEAR + 1].flatMap((year): CapexData['gauge'] => {
    const t = bigFourCapex(d, year);
    if (!t) return [];
    if (t.basis === 'companies') return [{ year, value: t.value, basis: t.basis }];
    return [
      {
        year,
        value: t.value,
        basis: t.basis,
        ...(t.sourceId ? { sourceId: t.sourceId } : {}),
        ...bigFourGaps(d['hyperscaler-capex'], year),
      },
    ];
  });
  return { rows, kinds, refs, revision, gauge, later: laterFigures(d, LAST_DATA_YEAR + 1) };
}

/** Figures for `year` published after (or weaker than) the one the gauge reads. */
function laterFigures(d: DatasetMap, year: number): CapexData['later'] {
  const hs = d['hyperscaler-capex'];
  let raise = 0;
  let all = 0;
  let complete = true;
  let secondaryPart = false;
  for (const id of BIG_FOUR) {
    const o = observationInYear(findSeries(hs, id), year);
    if (!o || o.kind === 'superseded') {
      complete = false;
      continue;
    }
    all += o.value;
    secondaryPart ||= o.kind === 'secondary';
    const own = o.revisions?.find((r) => !r.consensus);
    if (own) raise += o.value - own.value;
  }
  const secondary: number[] = [];
  if (complete && secondaryPart) secondary.push(all);
  for (const id of ['zacks-big-four']) {
    const o = observationInYear(findSeries(d.capex, id), year);
    if (o?.kind === 'secondary') secondary.push(o.value);
  }
  const pressOnly = bigFourCapex(d, year)?.basis === 'press';
  return {
    year,
    raise: pressOnly && raise > 0 ? raise : null,
    secondary: secondary.length > 0 ? [Math.min(...secondary), Math.max(...secondary)] : null,
  };
}
