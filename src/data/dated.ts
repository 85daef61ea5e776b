/**
 * Validates one dated-series fixture (`fixtures/fred/<id>.json`, raw JSON text) and cross-checks it:
 * the id equals the file name, the source is known, dates strictly increase, quarterly observations
 * fall on the first day of a quarter, and at least one value is present. Pure, like `load.ts`: the lazy
 * file import lives in `fred-fixtures.ts`. Missing days (`null`) are kept as they are.
 */

import type { DatedSeries } from '../domain/types';
import { type LoadError, problem, validate } from './load';
import { DatedSeriesSchema } from './schema';

export interface DatedLoad {
  series: DatedSeries | null;
  errors: LoadError[];
}

const QUARTER_START = /^\d{4}-(01|04|07|10)-01$/;

/** The file name of a dated series, as the errors name it. */
export function datedFileName(id: string): string {
  return `fred/${id}.json`;
}

export function loadDatedSeries(
  file: string,
  text: string,
  sourceIds: ReadonlySet<string> | null,
): DatedLoad {
  const errors: LoadError[] = [];
  const s = validate(file, text, DatedSeriesSchema, errors);
  if (!s) return { series: null, errors };
  const expectedId = file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/, '');
  if (s.id !== expectedId)
    errors.push(problem(file, 'id', 'id-mismatch', { expected: expectedId, got: s.id }));
  if (sourceIds && !sourceIds.has(s.sourceId)) {
    errors.push(problem(file, 'sourceId', 'unknown-source', { id: s.sourceId }));
  }
  let previous = '';
  let values = 0;
  for (const [i, [date, value]] of s.observations.entries()) {
    if (date <= previous) {
      errors.push(problem(file, `observations[${i}][0]`, 'date-order', { date, previous }));
      break;
    }
    if (s.frequency === 'quarterly' && !QUARTER_START.test(date)) {
      errors.push(problem(file, `observations[${i}][0]`, 'quarter-date', { date }));
      break;
    }
    previous = date;
    if (value !== null) values++;
  }
  if (values === 0) errors.push(problem(file, 'observations', 'no-values'));
  return errors.length > 0 ? { series: null, errors } : { series: s, errors };
}
