/**
 * A store of its own for one slide of a talk: the slide's view (years, selection, weights, scenario,
 * gauge year, baseline) over the app's data. Every slide keeps its own view while the talk is shown,
 * printed or previewed in the presenter view; a zoom on one slide leaves the others alone.
 *
 * Data is the main store's: built-in fixtures, imports and the lazily loaded dated series (a slide
 * asks the main store to load them, and gets them when they arrive), and so are language and theme
 * (they stay the viewer's).
 */
import type { SlideId } from '../domain/ids';
import type { UrlState } from '../url/codec';
import { type AppStore, createAppStore } from './store';
import type { AppState } from './types';

const SHARED = ['builtin', 'imports', 'dated', 'datedErrors', 'lang', 'theme', 'showEvents'] as const;

function shared(s: AppState): Partial<AppState> {
  const out: Partial<AppState> = {};
  for (const k of SHARED) Object.assign(out, { [k]: s[k] });
  return out;
}

export function createSlideStore(main: AppStore, panel: SlideId, view: UrlState): AppStore {
  const m = main.getState();
  const store = createAppStore({
    data: m.builtin,
    url: {
      ...view,
      lang: m.lang,
      theme: m.theme,
      mode: 'present',
      panels: [panel],
      slide: 1,
      focus: null,
      talk: undefined,
    },
  });
  store.setState({ ...shared(m), loadDated: (ids) => main.getState().loadDated(ids) });
  return store;
}

/** Keep a slide store's shared data in step with the main store; returns the function that stops. */
export function connectSlideStore(main: AppStore, store: AppStore): () => void {
  store.setState(shared(main.getState()));
  return main.subscribe((next, prev) => {
    if (SHARED.some((k) => next[k] !== prev[k])) store.setState(shared(next));
  });
}
