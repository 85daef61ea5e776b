import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DatedReader } from '../data/fred-fixtures';
import type { LoadedData } from '../data/load';
import { overrideTarget } from '../domain/imports';
import type { UrlState } from '../url/codec';
import { createCompareSlice } from './compare-slice';
import { createDataSlice } from './data-slice';
import { createScenarioSlice } from './scenario-slice';
import { createTalkSlice } from './talk-slice';
import type { AppState } from './types';
import { createViewSlice } from './view-slice';
import { createWeightsSlice } from './weights-slice';

export type AppStore = StoreApi<AppState>;

/** One store, sliced. A factory, so every test (and every embed) gets a fresh one. */
export function createAppStore(initial?: {
  data?: LoadedData;
  url?: UrlState;
  /** Where dated (FRED) fixtures are read from; the bundled lazy chunks by default. */
  readDated?: DatedReader;
}): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createDataSlice(initial?.data, initial?.readDated)(...a),
    ...createViewSlice(...a),
    ...createScenarioSlice(...a),
    ...createWeightsSlice(...a),
    ...createCompareSlice(...a),
    ...createTalkSlice(...a),
  }));
  if (initial?.url) applyUrlState(store, initial.url);
  return store;
}

/** The shareable part of the state, as the URL codec sees it. */
export function selectUrlState(s: AppState): UrlState {
  return {
    range: s.range,
    panels: s.panels,
    focus: s.focus,
    issuer: s.selection,
    weights: s.weights,
    scenario: s.scenario,
    lang: s.lang,
    theme: s.theme,
    mode: s.mode,
    slide: s.slide,
    year: s.gaugeYear,
    // Absent (undefined) rather than empty, so a view without them equals one decoded from a plain link.
    baseline: s.baseline ?? undefined,
    imported: usedImportNames(s).length > 0 ? usedImportNames(s) : undefined,
    talk: s.talkCode ?? undefined,
  };
}

const NO_NAMES: readonly string[] = [];
const usedNames = new WeakMap<AppState['imports'], WeakMap<object, readonly string[]>>();

/**
 * Names of the imported series the view uses: every override, and custom series placed on a panel.
 * Memoised on its inputs, so the URL sync sees the same array while imports do not change.
 */
export function usedImportNames(s: AppState): readonly string[] {
  if (s.imports.length === 0) return NO_NAMES;
  let inner = usedNames.get(s.imports);
  if (!inner) {
    inner = new WeakMap();
    usedNames.set(s.imports, inner);
  }
  let names = inner.get(s.builtin.datasets);
  if (!names) {
    names = s.imports
      .filter((i) => i.panel !== null || overrideTarget(i.name, s.builtin.datasets) !== null)
      .map((i) => i.name);
    if (names.length === 0) names = NO_NAMES;
    inner.set(s.builtin.datasets, names);
  }
  return names;
}

export function applyUrlState(store: AppStore, u: UrlState): void {
  store.setState({
    range: u.range,
    panels: u.panels,
    focus: u.focus,
    selection: u.issuer,
    weights: u.weights,
    scenario: u.scenario,
    lang: u.lang,
    theme: u.theme,
    mode: u.mode,
    slide: u.slide,
    gaugeYear: u.year,
    baseline: u.baseline ?? null,
    // The talk being presented comes and goes with its link (Back, Forward); its notes stay with it.
    ...(store.getState().talkCode === (u.talk ?? null)
      ? {}
      : { talkCode: u.talk ?? null, talkNotes: null, talkSource: null }),
  });
}
