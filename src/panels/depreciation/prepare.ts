import { capexPath, filedUsefulLife } from '../../domain/company-figures';
import { LAST_DATA_YEAR } from '../../domain/raw-value';
import type { Scenario } from '../../domain/scenario';
import { type DatasetMap, findSeries, periodYear } from '../../domain/series';
import type { Translations } from '../../domain/types';
import { type PointKinds, type PointRefs, setPointKind, setPointRef } from '../chart/style';
import type { Row } from '../chart/time-chart';

export interface LifeSeries {
  key: string;
  entity: string | undefined;
  label: string;
  labels: Translations | undefined;
}

export interface SensitivityPoint {
  life: number;
  /** Share by which the yearly depreciation charge is understated, % (filed life / life − 1). */
  understatementPct: number;
  /** Missing yearly charge on one year of capex (the scenario's 2026 capex), USD bn. */
  missingCharge: number | null;
}

export interface DepreciationData {
  rows: Row[];
  /** Each life point's kind, from its fixture row (Amazon's 2025 midpoint is an estimate). */
  kinds: PointKinds;
  /** The fixture row behind each plotted point. */
  refs: PointRefs;
  /** The impairment window (first and last year), from the fixture's `impairment-window` rows. */
  window: {
    from: number;
    to: number;
    sourceId: string | null;
    /** The fixture series' label, which names the source (`Impairment window (CTIMES)`). */
    label: string;
    labels?: Translations;
  } | null;
  lives: LifeSeries[];
  filedLife: number | null;
  sensitivity: SensitivityPoint[];
  burry: { understatement: number | null; oracle: number | null; meta: number | null };
}

export const SENSITIVITY_LIVES = [2, 3, 4, 5, 6] as const;

export function prepareDepreciation(d: DatasetMap, scenario: Scenario): DepreciationData {
  const ds = d.depreciation;
  const lifeSeries = (ds?.series ?? []).filter((s) => s.id.startsWith('life-'));
  const rows = new Map<number, Row>();
  const kinds: PointKinds = {};
  const refs: PointRefs = {};
  for (const s of lifeSeries) {
    for (const o of s.observations) {
      const y = periodYear(o.period);
      const r: Row = rows.get(y) ?? { year: y };
      r[s.id] = o.value;
      rows.set(y, r);
      setPointKind(kinds, s.id, y, o.kind);
      setPointRef(refs, s.id, y, { series: `depreciation/${s.id}`, period: o.period });
    }
  }
  const windowSeries = findSeries(ds, 'impairment-window');
  const windowRows = windowSeries?.observations ?? [];
  const windowYears = windowRows.map((o) => o.value);
  const window =
    windowYears.length > 0
      ? {
          from: Math.min(...windowYears),
          to: Math.max(...windowYears),
          sourceId: windowRows[0]?.sourceId ?? null,
          label: windowSeries?.label ?? '',
          ...(windowSeries?.labels ? { labels: windowSeries.labels } : {}),
        }
      : null;
  const filedLife = filedUsefulLife(ds, LAST_DATA_YEAR);
  const capex2026 = capexPath(d, scenario, [LAST_DATA_YEAR + 1])[0]?.value ?? null;
  const sensitivity = SENSITIVITY_LIVES.map((life) => ({
    life,
    understatementPct: filedLife === null ? 0 : (100 * (filedLife - life)) / life,
    missingCharge: filedLife === null || capex2026 === null ? null : capex2026 * (1 / life - 1 / filedLife),
  }));
  const one = (id: string) => findSeries(ds, id)?.observations[0]?.value ?? null;
  return {
    rows: [...rows.values()].sort((a, b) => a.year - b.year),
    kinds,
    refs,
    window,
    lives: lifeSeries.map((s) => ({ key: s.id, entity: s.entity, label: s.label, labels: s.labels })),
    filedLife,
    sensitivity,
    burry: {
      understatement: one('burry-understatement'),
      oracle: one('burry-overstatement-oracle'),
      meta: one('burry-overstatement-meta'),
    },
  };
}
