import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DatedReader } from '../data/fred-fixtures';
import type { LoadedData } from '../data/load';
import type { UrlState } from '../url/codec';
import { createDataSlice } from './data-slice';
import { createScenarioSlice } from './scenario-slice';
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
  };
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
  });
}
