import { history, type ModelInput, type YearReading } from '../../domain/model';
import { COMPONENT_IDS } from '../../domain/pressure';
import type { Row } from '../chart/time-chart';

/** One row per year with each component's contribution (points); insufficient years stay empty. */
export function preparePressure(input: ModelInput): { rows: Row[]; readings: YearReading[] } {
  const readings = history(input);
  const rows = readings.map((r) => {
    const row: Row = { year: r.year };
    if (r.result.ok && !r.insufficient) {
      for (const id of COMPONENT_IDS) row[id] = r.result.contributions[id];
      row.total = r.result.value;
    }
    return row;
  });
  return { rows, readings };
}

/** The view's rows with the baseline's composite added as `baseline` (years without one stay empty). */
export function withBaseline(rows: readonly Row[], baselineRows: readonly Row[]): Row[] {
  const byYear = new Map(baselineRows.map((r) => [r.year, r.total]));
  return rows.map((r) => {
    const b = byYear.get(r.year);
    return typeof b === 'number' ? { ...r, baseline: b } : { ...r };
  });
}
