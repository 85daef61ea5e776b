import { type DatasetMap, findSeries, lerp, periodYear } from '../../domain/series';
import type { Row } from '../chart/time-chart';

/**
 * The AI share of US IG debt: the reported point(s), and the path to the projection drawn as a
 * straight line between sourced points (labelled as such, never as data).
 */
export function prepareIgShare(d: DatasetMap): {
  rows: Row[];
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
  for (const o of obs)
    row(periodYear(o.period))[o.kind === 'projection' ? 'projected' : 'reported'] = o.value;
  for (let i = 0; i + 1 < obs.length; i++) {
    const a = obs[i];
    const b = obs[i + 1];
    if (!a || !b) continue;
    const ya = periodYear(a.period);
    const yb = periodYear(b.period);
    for (let y = ya; y <= yb; y++) row(y).path = lerp(ya, a.value, yb, b.value, y);
  }
  const first = findSeries(d['ig-share'], 'ai-ig-issuance')?.observations[0];
  const issuance = first ? { year: periodYear(first.period), value: first.value } : null;
  return { rows: [...rows.values()].sort((a, b) => a.year - b.year), issuance };
}
