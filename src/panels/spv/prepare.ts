import { BIG_FIVE, spvToBonds } from '../../domain/company-figures';
import { LAST_DATA_YEAR } from '../../domain/raw-value';
import { type DatasetMap, findSeries, periodYear, usableInGauge } from '../../domain/series';
import { type Kind, type Series, weakestKind } from '../../domain/types';

export interface StackPart {
  /** Series id: the issuer for bonds, the vehicle for SPVs. */
  id: string;
  /** Fixture the part comes from (`bonds` or `spv`): with `id`, the rows it plots. */
  dataset: 'bonds' | 'spv';
  /** Issuer or sponsor the part belongs to (for selection). */
  entity: string;
  label: string;
  /** The label in other languages (from the fixture). */
  labels?: Series['labels'];
  value: number;
  /** How many figures the part adds up. */
  count: number;
  /**
   * Period of the observation behind the part (a year for a sum of several), its kind (a sum takes the
   * weakest kind of its figures) and its source (a single figure's).
   */
  period: number | string | null;
  kind: Kind;
  sourceId: string | undefined;
}

export interface SpvData {
  bonds: StackPart[];
  vehicles: StackPart[];
  bondsTotal: number;
  vehiclesTotal: number;
  articleTotal: number | null;
  ftCount: number | null;
  /** Vehicles with figures only after the stacks' year (e.g. Meta El Paso, 2026): named, never stacked. */
  later: { id: string; label: string; labels?: Series['labels']; period: number | string; value: number }[];
  /**
   * Vehicles of the stacks' year left out of the off-balance-sheet stack, and why: they finance a company
   * outside the five hyperscalers (`outside`), or their only copy is a secondary report (`secondary`).
   */
  excluded: {
    id: string;
    label: string;
    labels?: Series['labels'];
    value: number;
    kind: Kind;
    reason: 'outside' | 'secondary';
  }[];
  /**
   * The gauge's off-balance-sheet ratio: the stacked vehicles' debt over BofA's count of the five
   * hyperscalers' bonds (`bonds › bofa-total`), one universe on both sides.
   */
  gauge: { value: number; spv: number; bonds: number } | null;
}

const sum = (parts: StackPart[]) => parts.reduce((a, p) => a + p.value, 0);

/**
 * On-balance-sheet bonds by issuer against off-balance-sheet vehicles in the last data year (2025), each a
 * stack. The vehicles stacked are those the gauge's off-balance-sheet ratio reads: the ones financing the
 * five hyperscalers' data centres (tenant, else entity), with a usable figure; the others are named with
 * the reason. Later deals are listed as events.
 */
export function prepareSpv(d: DatasetMap): SpvData {
  const part =
    (dataset: StackPart['dataset']) =>
    (s: Series): StackPart => {
      const obs = s.observations.filter((o) => periodYear(o.period) === LAST_DATA_YEAR && usableInGauge(o));
      return {
        id: s.id,
        dataset,
        entity: s.entity ?? s.id,
        label: s.label,
        labels: s.labels,
        value: obs.reduce((a, o) => a + o.value, 0),
        count: obs.length,
        // One figure keeps its period; a sum within one year is that year's.
        period: obs.length === 1 ? (obs[0]?.period ?? null) : obs.length > 1 ? LAST_DATA_YEAR : null,
        // A sum is only as firm as its weakest figure; a single figure keeps its kind and source.
        kind: weakestKind(obs.map((o) => o.kind)) ?? 'reported',
        sourceId: obs.length === 1 ? obs[0]?.sourceId : undefined,
      };
    };
  const inYear = (p: StackPart) => p.value > 0;
  const bonds = (d.bonds?.series ?? [])
    .filter((s) => s.entity)
    .map(part('bonds'))
    .filter(inYear);
  const forFive = (s: Series) => BIG_FIVE.includes(s.tenant ?? s.entity ?? '');
  const vehicles = (d.spv?.series ?? [])
    .filter((s) => s.entity && forFive(s))
    .map(part('spv'))
    .filter(inYear);
  const excluded: SpvData['excluded'] = [];
  for (const s of d.spv?.series ?? []) {
    if (!s.entity || vehicles.some((v) => v.id === s.id)) continue;
    const obs = s.observations.filter(
      (o) => periodYear(o.period) === LAST_DATA_YEAR && o.kind !== 'superseded',
    );
    if (obs.length === 0) continue;
    excluded.push({
      id: s.id,
      label: s.label,
      labels: s.labels,
      value: obs.reduce((a, o) => a + o.value, 0),
      kind: weakestKind(obs.map((o) => o.kind)) ?? 'reported',
      reason: forFive(s) ? 'secondary' : 'outside',
    });
  }
  const ratio = spvToBonds(d, LAST_DATA_YEAR);
  const later = (d.spv?.series ?? []).flatMap((s) => {
    const o = s.observations.find((x) => periodYear(x.period) > LAST_DATA_YEAR);
    return s.entity && o && !vehicles.some((v) => v.id === s.id) && !excluded.some((v) => v.id === s.id)
      ? [{ id: s.id, label: s.label, labels: s.labels, period: o.period, value: o.value }]
      : [];
  });
  return {
    bonds,
    vehicles,
    bondsTotal: sum(bonds),
    vehiclesTotal: sum(vehicles),
    articleTotal: findSeries(d.spv, 'article-total')?.observations[0]?.value ?? null,
    ftCount: findSeries(d.spv, 'ft-count')?.observations[0]?.value ?? null,
    later,
    excluded,
    gauge: ratio && { value: ratio.value, spv: ratio.spv, bonds: ratio.bonds },
  };
}
