/** Derived data for panels and the gauge: built-in and imported series merged (imports win per id). */
import type { Dataset } from '../data/schema';
import type { DatasetMap } from '../domain/series';
import type { AppState } from './types';

let lastBuiltin: Record<string, Dataset> | null = null;
let lastImported: Record<string, Dataset> | null = null;
let lastMerged: DatasetMap = {};

/** Memoised on the identity of both inputs, so selectors return a stable object between renders. */
export function selectDatasets(s: Pick<AppState, 'builtin' | 'imported'>): DatasetMap {
  if (s.builtin.datasets !== lastBuiltin || s.imported !== lastImported) {
    lastBuiltin = s.builtin.datasets;
    lastImported = s.imported;
    lastMerged = { ...s.builtin.datasets, ...s.imported };
  }
  return lastMerged;
}
