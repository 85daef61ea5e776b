/**
 * The store's `dated` state as readers see it, kept small for the first paint: with no imported FRED
 * file it is the built-in map itself; the code that swaps an imported file in (`dated-overrides.ts`,
 * with the merge and the loader's check) loads only when such an import exists.
 */
import type { FredSeriesId } from '../domain/ids';
import { fredTarget } from '../domain/imports';
import type { ImportedSeries } from '../domain/types';
import type { DatedState } from './types';

type DatedMapState = Partial<Record<FredSeriesId, DatedState>>;
type Overrides = typeof import('./dated-overrides');

let overrides: Overrides | null = null;
let loading: Promise<Overrides> | null = null;

/** Load the override code once (resolves at once when it is already here). */
export function loadDatedOverrides(): Promise<Overrides> {
  loading ??= import('./dated-overrides').then((m) => {
    overrides = m;
    return m;
  });
  return loading;
}

/**
 * `dated` for these built-in series and imports. `pending` when an imported FRED file needs the override
 * code that has not loaded yet: the built-in series stand in until it has (call again then).
 */
export function datedView(
  builtin: DatedMapState,
  imports: readonly ImportedSeries[],
  previous: DatedMapState,
): { dated: DatedMapState; pending: boolean } {
  if (!imports.some((i) => fredTarget(i.name, i.format) !== null)) return { dated: builtin, pending: false };
  if (overrides) return { dated: overrides.withImportedDated(builtin, imports, previous), pending: false };
  return { dated: builtin, pending: true };
}
