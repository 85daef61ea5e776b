/** Derived data for panels and the gauge: built-in data with the imported overrides swapped in. */

import { GAUGE_DATED } from '../domain/dated-figures';
import { applyOverrides, GAUGE_DATASETS, overriddenDatasets } from '../domain/imports';
import type { ModelInput } from '../domain/model';
import type { DatasetMap } from '../domain/series';
import type { Dataset, ImportedSeries } from '../domain/types';
import type { AppState, DatedState } from './types';

/** Is a dated series replaced by an imported file? Its name, or null. */
export function importedDatedName(state: DatedState | undefined): string | null {
  return state?.status === 'ready' ? (state.imported ?? null) : null;
}

type Builtin = Record<string, Dataset>;
const merged = new WeakMap<Builtin, WeakMap<readonly ImportedSeries[], DatasetMap>>();
const overridden = new WeakMap<Builtin, WeakMap<readonly ImportedSeries[], ReadonlySet<string>>>();

function memo2<V>(
  cache: WeakMap<Builtin, WeakMap<readonly ImportedSeries[], V>>,
  a: Builtin,
  b: readonly ImportedSeries[],
  make: () => V,
): V {
  let inner = cache.get(a);
  if (!inner) {
    inner = new WeakMap();
    cache.set(a, inner);
  }
  let out = inner.get(b);
  if (out === undefined) {
    out = make();
    inner.set(b, out);
  }
  return out;
}

/**
 * Memoised on the identity of both inputs (per pair, so several stores can coexist), so the
 * selector returns a stable object between renders.
 */
export function selectDatasets(s: Pick<AppState, 'builtin' | 'imports'>): DatasetMap {
  return memo2(merged, s.builtin.datasets, s.imports, () => applyOverrides(s.builtin.datasets, s.imports));
}

/** Dataset ids with at least one imported override (stable between renders). */
export function selectOverridden(s: Pick<AppState, 'builtin' | 'imports'>): ReadonlySet<string> {
  return memo2(overridden, s.builtin.datasets, s.imports, () =>
    overriddenDatasets(s.builtin.datasets, s.imports),
  );
}

/** Does the gauge (and its history) read imported data? */
export function selectGaugeUsesImports(s: Pick<AppState, 'builtin' | 'imports' | 'dated'>): boolean {
  const o = selectOverridden(s);
  return (
    GAUGE_DATASETS.some((d) => o.has(d)) || GAUGE_DATED.some((id) => importedDatedName(s.dated[id]) !== null)
  );
}

/**
 * A selector memoised on the identities of the values it reads: `memoSelector(read, compute)` calls
 * `compute` only when one of `read(state)` changed (by `Object.is`), so every component that uses it
 * gets the same object and nothing downstream recomputes. One cache entry (the latest state).
 */
export function memoSelector<const D extends readonly unknown[], R>(
  read: (s: AppState) => D,
  compute: (deps: D) => R,
): (s: AppState) => R {
  let last: { deps: D; value: R } | null = null;
  return (s) => {
    const deps = read(s);
    if (last && deps.length === last.deps.length && deps.every((d, i) => Object.is(d, last?.deps[i])))
      return last.value;
    last = { deps, value: compute(deps) };
    return last.value;
  };
}

/**
 * Everything the pressure model reads: one object per change of data, thresholds or scenario. The v2
 * weights apply after it (gauge-v2.ts `readGauge`), so a weight change reuses every year's reading.
 */
export const selectModelInput = memoSelector(
  (s) =>
    [
      selectDatasets(s),
      s.builtin.thresholds,
      s.scenario,
      // The dated series the gauge reads (BBB spread, GDP): their metrics join once they have loaded.
      s.dated.BAMLC0A4CBBB,
      s.dated.GDP,
    ] as const,
  ([datasets, thresholds, scenario, bbb, gdp]): ModelInput => ({
    datasets,
    dated: {
      ...(bbb?.status === 'ready' ? { BAMLC0A4CBBB: bbb.series } : {}),
      ...(gdp?.status === 'ready' ? { GDP: gdp.series } : {}),
    },
    thresholds: thresholds?.thresholds ?? [],
    scenario,
  }),
);
