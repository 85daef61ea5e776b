import { type DatasetMap, findSeries, lerp, periodYear } from '../../domain/series';
import { weakestKind } from '../../domain/types';
import { type PointKinds, type PointRefs, setPointKind, setPointRef } from '../chart/style';
import type { Row } from '../chart/time-chart';

/**
 * The AI share of US IG debt: the reported point(s), and the path to the projection drawn as a
 * straight line between sourced points (labelled as such, never as data).
 */
export function prepareIgShare(d: DatasetMap): {
  rows: Row[];
  /** The kind of each plotted point (from its fixture row; a point between two rows, the weaker's). */
  kinds: PointKinds;
  refs: PointRefs;
  issuance: { year: number; value: number } | null;
} {
  const obs = [...(findSeries(d['ig-share'], 'ai-share')?.observations ?? [])].sort(
    (a, b) => periodYear(a.period) - periodYear(b.period),
  );
  const rows = new Map<number, Row>();
  const row = (year: number) => {
    let r = rows.get(year);
    if (!r) {
      r = { year };
      rows.set(year, r);
    }
    return r;
  };
  const kinds: PointKinds = {};
  const refs: PointRefs = {};
  const SERIES = 'ig-share/ai-share';
  for (const o of obs) {
    const y = periodYear(o.period);
    const key = o.kind === 'projection' ? 'projected' : 'reported';
    row(y)[key] = o.value;
    setPointKind(kinds, key, y, o.kind);
    setPointRef(refs, key, y, { series: SERIES, period: o.period });
  }
  for (let i = 0; i + 1 < obs.length; i++) {
    const a = obs[i];
    const b = obs[i + 1];
    if (!a || !b) continue;
    const ya = periodYear(a.period);
    const yb = periodYear(b.period);
    for (let y = ya; y <= yb; y++) {
      row(y).path = lerp(ya, a.value, yb, b.value, y);
      // An end is its row; a point in between is as firm as the weaker of the two rows it joins.
      const at = y === ya ? a : y === yb ? b : null;
      setPointKind(kinds, 'path', y, at ? at.kind : (weakestKind([a.kind, b.kind]) ?? b.kind));
      setPointRef(refs, 'path', y, { series: SERIES, period: at ? at.period : y });
    }
  }
  const first = findSeries(d['ig-share'], 'ai-ig-issuance')?.observations[0];
  const issuance = first ? { year: periodYear(first.period), value: first.value } : null;
  return { rows: [...rows.values()].sort((a, b) => a.year - b.year), kinds, refs, issuance };
}
