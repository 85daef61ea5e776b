/**
 * The gauge's components as CSV: one row per metric, with the component's score, weight and points.
 * Written at the precision the gauge shows (precision.ts): raw metrics to one decimal, scores to two,
 * points and the composite to one; thresholds as their fixture has them, weights as the view sets them.
 */
import type { MetricId } from '../metrics';
import type { YearReading } from '../model';
import { COMPONENT_IDS, type ComponentId, type Weights } from '../pressure';
import { type CsvCell, toCsv } from './csv';
import { INDEX_DECIMALS, METRIC_DECIMALS, roundTo, SCORE_DECIMALS } from './precision';

const round = (v: number | null | undefined, decimals: number) =>
  v === null || v === undefined ? v : roundTo(v, decimals);

export const GAUGE_HEADER = [
  'year',
  'component',
  'component_label',
  'metric',
  'metric_label',
  'raw_value',
  'unit',
  'raw_kind',
  'calm',
  'extreme',
  'metric_score',
  'component_score',
  'weight',
  'points',
  'composite',
  'method_version',
] as const;

export function gaugeCsv(
  reading: YearReading,
  weights: Weights,
  methodVersion: string,
  labels: { component: (id: ComponentId) => string; metric: (id: MetricId) => string },
): string {
  const composite = reading.result.ok && !reading.insufficient ? reading.result.value : null;
  const rows: CsvCell[][] = [];
  for (const id of COMPONENT_IDS) {
    const c = reading.components[id];
    const points = composite === null ? null : reading.result.contributions[id];
    const metrics = c.metrics.length > 0 ? c.metrics : [null];
    for (const m of metrics) {
      rows.push([
        reading.year,
        id,
        labels.component(id),
        m?.metric,
        m ? labels.metric(m.metric) : null,
        round(m?.raw?.value, METRIC_DECIMALS),
        m?.threshold?.unit,
        m?.raw?.kind,
        m?.threshold?.calm,
        m?.threshold?.extreme,
        round(m?.score, SCORE_DECIMALS),
        round(c.score, SCORE_DECIMALS),
        weights[id],
        round(points, INDEX_DECIMALS),
        round(composite, INDEX_DECIMALS),
        methodVersion,
      ]);
    }
  }
  return toCsv(GAUGE_HEADER, rows);
}
