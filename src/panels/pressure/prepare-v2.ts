/**
 * The pressure-by-year panel under method v2: both dashboard readings (build-up and stress) for each year
 * the gauge reads, the same numbers the meters show for that year (`readGauge`); a pinned baseline adds
 * its two readings (`buildupB`, `stressB`). Years without a reading stay empty. Pure.
 */
import {
  GAUGE_INDEXES,
  type GaugeReading,
  type MarketHistory,
  type MarketState,
  readGauge,
} from '../../domain/gauge-v2';
import { HISTORY_YEARS, type ModelInput, readYear } from '../../domain/model';
import type { Row } from '../chart/time-chart';

const readingOf = (g: GaugeReading, index: 'buildup' | 'stress') =>
  g.market === 'pending' || g[index].problem !== null ? null : g[index].shown;

export function pressureReadings(
  input: ModelInput,
  history: MarketHistory | null,
  weights: Readonly<Record<string, number>>,
  market: MarketState,
  years: readonly number[] = HISTORY_YEARS,
): GaugeReading[] {
  return years.map((y) => readGauge(readYear(input, y), history, weights, market));
}

/** One row per year: `buildup`, `stress` (and `buildupB`, `stressB` from the baseline's readings). */
export function pressureRows(
  view: readonly GaugeReading[],
  baseline: readonly GaugeReading[] | null = null,
): Row[] {
  const base = new Map((baseline ?? []).map((g) => [g.year, g]));
  return view.map((g) => {
    const row: Row = { year: g.year };
    for (const i of GAUGE_INDEXES) {
      const v = readingOf(g, i);
      if (v !== null) row[i] = v;
      const b = base.get(g.year);
      const bv = b ? readingOf(b, i) : null;
      if (bv !== null) row[`${i}B`] = bv;
    }
    return row;
  });
}
