import { YEAR_MAX } from '../../domain/ids';
import { LAST_DATA_YEAR, rawMetric } from '../../domain/model';
import type { Scenario } from '../../domain/scenario';
import type { DatasetMap } from '../../domain/series';
import type { Row } from '../chart/time-chart';

/** Training vs inference share by year: the 2025 estimate, then the scenario's path to the crossover. */
export function prepareComputeMix(d: DatasetMap, scenario: Scenario): Row[] {
  const rows: Row[] = [];
  for (let year = LAST_DATA_YEAR; year <= YEAR_MAX; year++) {
    const v = rawMetric('training-share', d, scenario, year);
    if (!v) continue;
    const row: Row = { year, training: v.value, inference: 100 - v.value };
    if (v.kind !== 'projection') row.now = v.value;
    rows.push(row);
  }
  return rows;
}
