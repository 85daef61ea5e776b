import { type DatasetMap, findSeries } from '../../domain/series';

export interface StackPart {
  /** Series id: the issuer for bonds, the vehicle for SPVs. */
  id: string;
  /** Issuer or sponsor the part belongs to (for selection). */
  entity: string;
  label: string;
  value: number;
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
    observations: Array<{ value: number }>;
  }) => ({
    id: s.id,
    entity: s.entity ?? s.id,
    label: s.label,
    value: s.observations.reduce((a, o) => a + o.value, 0),
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
