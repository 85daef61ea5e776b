/**
 * The dated (FRED) series as the whole app reads them: the built-in ones with an analyst's imported FRED
 * file swapped in. Done here, at the store's `dated` state, so every reader (gauge, credit and history
 * panels, exports, the back-test) gets the same series without knowing about imports.
 */
import { mergeImportedFred } from '../domain/fred-merge';
import type { FredSeriesId } from '../domain/ids';
import { fredTarget } from '../domain/imports';
import type { DatedSeries, ImportedSeries } from '../domain/types';
import type { DatedState } from './types';

type DatedMapState = Partial<Record<FredSeriesId, DatedState>>;

/** One result per (built-in series, imported series) pair, so the merged series keeps its identity. */
const cache = new WeakMap<DatedSeries, WeakMap<ImportedSeries, DatedState>>();

function overridden(builtin: DatedSeries, imp: ImportedSeries): DatedState {
  let inner = cache.get(builtin);
  if (!inner) {
    inner = new WeakMap();
    cache.set(builtin, inner);
  }
  let out = inner.get(imp);
  if (!out) {
    const r = mergeImportedFred(builtin, imp);
    // A stored import that no longer fits the built-in series (a changed fixture) is left out: the
    // built-in series stays, and no "uses imported data" marker claims otherwise.
    out = r.series
      ? { status: 'ready', series: r.series, imported: imp.name }
      : { status: 'ready', series: builtin };
    inner.set(imp, out);
  }
  return out;
}

/**
 * `builtin` with each imported FRED series applied to its (loaded) built-in series; the previous result
 * is returned when nothing changed, so selectors that read `dated` see the same object.
 */
export function withImportedDated(
  builtin: DatedMapState,
  imports: readonly ImportedSeries[],
  previous: DatedMapState,
): DatedMapState {
  const byId = new Map<FredSeriesId, ImportedSeries>();
  for (const imp of imports) {
    const id = fredTarget(imp.name, imp.format);
    if (id) byId.set(id, imp);
  }
  const next: DatedMapState = {};
  for (const [id, state] of Object.entries(builtin) as Array<[FredSeriesId, DatedState]>) {
    const imp = byId.get(id);
    next[id] = imp && state.status === 'ready' ? overridden(state.series, imp) : state;
  }
  const keys = Object.keys(next) as FredSeriesId[];
  const same =
    keys.length === Object.keys(previous).length && keys.every((k) => Object.is(next[k], previous[k]));
  return same ? previous : next;
}
