import { LAST_DATA_YEAR } from '../../domain/model';
import { type DatasetMap, findSeries, periodYear, usableInGauge } from '../../domain/series';
import type { Series } from '../../domain/types';

export interface StackPart {
  /** Series id: the issuer for bonds, the vehicle for SPVs. */
  id: string;
  /** Issuer or sponsor the part belongs to (for selection). */
  entity: string;
  label: string;
  value: number;
  /** Period of the (first) observation behind the part, and its kind and source. */
  period: number | string | null;
  kind: string;
  sourceId: string | undefined;
}

export interface SpvData {
  bonds: StackPart[];
  vehicles: StackPart[];
  bondsTotal: number;
  vehiclesTotal: number;
  articleTotal: number | null;
  ftCount: number | null;
}

const sum = (parts: StackPart[]) => parts.reduce((a, p) => a + p.value, 0);

/**
 * On-balance-sheet bonds by issuer against off-balance-sheet vehicles in the last data year (2025), each a
 * stack: the same figures the gauge's off-balance-sheet ratio reads. Later deals are listed as events.
 */
export function prepareSpv(d: DatasetMap): SpvData {
  const part = (s: Series) => {
    const obs = s.observations.filter((o) => periodYear(o.period) === LAST_DATA_YEAR && usableInGauge(o));
    return {
      id: s.id,
      entity: s.entity ?? s.id,
      label: s.label,
      value: obs.reduce((a, o) => a + o.value, 0),
      // One figure keeps its period; a sum within one year is that year's.
      period: obs.length === 1 ? (obs[0]?.period ?? null) : obs.length > 1 ? LAST_DATA_YEAR : null,
      // A sum of several figures is ours; a single figure keeps its kind and source.
      kind: obs.length === 1 ? (obs[0]?.kind ?? 'computed') : 'computed',
      sourceId: obs.length === 1 ? obs[0]?.sourceId : undefined,
    };
  };
  const inYear = (p: StackPart) => p.value > 0;
  const bonds = (d.bonds?.series ?? [])
    .filter((s) => s.entity)
    .map(part)
    .filter(inYear);
  const vehicles = (d.spv?.series ?? [])
    .filter((s) => s.entity)
    .map(part)
    .filter(inYear);
  return {
    bonds,
    vehicles,
    bondsTotal: sum(bonds),
    vehiclesTotal: sum(vehicles),
    articleTotal: findSeries(d.spv, 'article-total')?.observations[0]?.value ?? null,
    ftCount: findSeries(d.spv, 'ft-count')?.observations[0]?.value ?? null,
  };
}
