/** Derived data for panels and the gauge: built-in and imported series merged (imports win per id). */
import type { Dataset } from '../data/schema';
import type { DatasetMap } from '../domain/series';
import type { AppState } from './types';

const merged = new WeakMap<Record<string, Dataset>, WeakMap<Record<string, Dataset>, DatasetMap>>();

/**
 * Memoised on the identity of both inputs (per pair, so several stores can coexist), so the
 * selector returns a stable object between renders.
 */
export function selectDatasets(s: Pick<AppState, 'builtin' | 'imported'>): DatasetMap {
  let byImported = merged.get(s.builtin.datasets);
  if (!byImported) {
    byImported = new WeakMap();
    merged.set(s.builtin.datasets, byImported);
  }
  let out = byImported.get(s.imported);
  if (!out) {
    out = { ...s.builtin.datasets, ...s.imported };
    byImported.set(s.imported, out);
  }
  return out;
}
