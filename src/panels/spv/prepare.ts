import { type DatasetMap, findSeries, periodYear } from '../../domain/series';

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

/** On-balance-sheet bonds by issuer (2025) against off-balance-sheet vehicles, each a stack. */
export function prepareSpv(d: DatasetMap): SpvData {
  const part = (s: {
    id: string;
    entity?: string | undefined;
    label: string;
    observations: Array<{ value: number; period: number | string; kind: string; sourceId: string }>;
  }) => ({
    id: s.id,
    entity: s.entity ?? s.id,
    label: s.label,
    value: s.observations.reduce((a, o) => a + o.value, 0),
    // One figure keeps its period; a sum within one year is that year's; otherwise no single period.
    period:
      s.observations.length === 1
        ? (s.observations[0]?.period ?? null)
        : new Set(s.observations.map((o) => periodYear(o.period))).size === 1
          ? periodYear(s.observations[0]?.period ?? 0)
          : null,
    // A sum of several figures is ours; a single figure keeps its kind and source.
    kind: s.observations.length === 1 ? (s.observations[0]?.kind ?? 'computed') : 'computed',
    sourceId: s.observations.length === 1 ? s.observations[0]?.sourceId : undefined,
  });
  const bonds = (d.bonds?.series ?? []).filter((s) => s.entity).map(part);
  const vehicles = (d.spv?.series ?? []).filter((s) => s.entity).map(part);
  return {
    bonds,
    vehicles,
    bondsTotal: sum(bonds),
    vehiclesTotal: sum(vehicles),
    articleTotal: findSeries(d.spv, 'article-total')?.observations[0]?.value ?? null,
    ftCount: findSeries(d.spv, 'ft-count')?.observations[0]?.value ?? null,
  };
}
