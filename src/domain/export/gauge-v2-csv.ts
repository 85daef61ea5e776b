/**
 * Method v2's gauge as CSV: one row per metric of each part of both indices (a market-wide part: one row,
 * its history quarter), with the part's score, weight and points and the index's reading and band.
 * Figures carry their precision: readings and points to one decimal, scores to two, raw AI metrics to
 * two decimals at most (they are fixture figures or ratios of them).
 */
import { type AiPartId, aiPartMetrics, GAUGE_INDEXES, type GaugeReading } from '../gauge-v2';
import type { MetricId } from '../metrics';
import { type CsvCell, toCsv } from './csv';

export const GAUGE_V2_HEADER = [
  'year',
  'index',
  'index_value',
  'index_band',
  'part',
  'part_label',
  'group',
  'market_quarter',
  'metric',
  'metric_label',
  'raw_value',
  'unit',
  'raw_kind',
  'raw_basis',
  'metric_score',
  'part_score',
  'weight',
  'points',
  'method_version',
] as const;

const round = (v: number | null | undefined, digits: number): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Number(v.toFixed(digits));

export function gaugeV2Csv(
  g: GaugeReading,
  methodVersion: string,
  labels: { part: (id: string) => string; metric: (id: MetricId) => string },
): string {
  const rows: CsvCell[][] = [];
  for (const index of GAUGE_INDEXES) {
    const r = g[index];
    const shown = g.market === 'pending' || r.problem !== null ? null : r.shown;
    for (const p of r.parts) {
      const head: CsvCell[] = [
        g.year,
        index,
        shown,
        shown === null ? null : r.shownBand,
        p.id,
        labels.part(p.id),
        p.group,
        p.group === 'market' ? r.quarter : null,
      ];
      const tail: CsvCell[] = [
        round(p.score, 2),
        round(p.weight, 2),
        shown === null ? null : round(p.points, 1),
        methodVersion,
      ];
      const metrics = p.group === 'ai' ? aiPartMetrics(g.reading, p.id as AiPartId) : [];
      if (metrics.length === 0) rows.push([...head, null, null, null, null, null, null, null, ...tail]);
      for (const m of metrics)
        rows.push([
          ...head,
          m.metric,
          labels.metric(m.metric),
          round(m.raw?.value, 2),
          m.threshold?.unit,
          m.raw?.kind,
          m.raw?.basis ?? (m.raw ? 'data' : null),
          round(m.score, 2),
          ...tail,
        ]);
    }
  }
  return toCsv(GAUGE_V2_HEADER, rows);
}
