/**
 * The dashboard's two meters under method v2 (docs/METHOD.md §7): the market-wide components exactly as
 * the history scores them at its latest quarter, plus the gauge's AI-specific components, each with a
 * weight (default 1). Pure; the gauge computes the AI scores (`src/domain/model.ts`) and passes them in.
 */
import { type Band, bandOf } from '../pressure';
import type { HistoryV2 } from './history';
import { DASHBOARD_V2_COMPONENTS, type IndexId } from './method';

export interface DashboardPart {
  id: string;
  group: 'market' | 'ai';
  /** Score 0–1, or null without data. */
  score: number | null;
  weight: number;
  /** Points of the reading (they add up to it); null without data. */
  points: number | null;
}

export interface DashboardIndex {
  index: IndexId;
  /** 0–100, or null when no component has data or every weight is 0. */
  value: number | null;
  band: Band | null;
  parts: DashboardPart[];
  /** The history quarter the market-wide parts come from. */
  marketQuarter: string | null;
  /** The market-wide parts' own weighted reading (equal weights: the history's latest reading). */
  market: number | null;
}

/**
 * One dashboard meter: Σ wᵢsᵢ / Σ wᵢ × 100 over the parts with data. `ai` holds the AI-specific scores by
 * the ids of `DASHBOARD_V2_COMPONENTS` (missing = no data); `weights` by the same ids (missing = 1).
 */
export function dashboardIndex(
  history: Pick<HistoryV2, 'latest'>,
  index: IndexId,
  ai: Readonly<Record<string, number | null | undefined>>,
  weights: Readonly<Record<string, number | undefined>> = {},
): DashboardIndex {
  const latest = history.latest[index];
  const raw = DASHBOARD_V2_COMPONENTS.filter((c) => c.index === index).map((c) => {
    const score =
      c.group === 'market'
        ? (latest?.components[c.id as keyof typeof latest.components] ?? null)
        : (ai[c.id] ?? null);
    const w = weights[c.id];
    return { id: c.id, group: c.group, score, weight: w === undefined || !(w >= 0) ? 1 : w };
  });
  const weighted = (parts: typeof raw) => {
    const live = parts.filter((p) => p.score !== null && p.weight > 0);
    const total = live.reduce((a, p) => a + p.weight, 0);
    return { live, total };
  };
  const { total } = weighted(raw);
  const parts: DashboardPart[] = raw.map((p) => ({
    ...p,
    points: p.score === null || total === 0 ? null : (100 * p.weight * p.score) / total,
  }));
  const value = total === 0 ? null : parts.reduce((a, p) => a + (p.points ?? 0), 0);
  const m = weighted(raw.filter((p) => p.group === 'market'));
  const market =
    m.total === 0 ? null : (100 * m.live.reduce((a, p) => a + p.weight * (p.score ?? 0), 0)) / m.total;
  return {
    index,
    value,
    band: value === null ? null : bandOf(value),
    parts,
    marketQuarter: latest?.quarter ?? null,
    market,
  };
}

/** The AI stress part `capex-cut`: 0 at no cut of the year's capex plan, 1 at a 20% cut (METHOD.md §7). */
export function capexCutScore(revisionPct: number | null): number | null {
  if (revisionPct === null || !Number.isFinite(revisionPct)) return null;
  return Math.min(1, Math.max(0, -revisionPct / 20));
}
