/**
 * Keeps the address bar in step with the store: the URL is a view of the store, not a second store.
 * Discrete changes (panels, mode, slide, focus, selection, language, theme, gauge year) push a history entry so
 * Back and Forward step through them; continuous ones (range, weights, scenario) replace it.
 */

import { decode, encode, isDiscreteChange, type UrlState } from '../url/codec';
import { type AppStore, applyUrlState, selectUrlState } from './store';

function sameUrlState(a: UrlState, b: UrlState): boolean {
  return (Object.keys(a) as Array<keyof UrlState>).every((k) => a[k] === b[k]);
}

export function startUrlSync(store: AppStore, win: Window = window): () => void {
  let last = selectUrlState(store.getState());
  let applying = false;
  const unsubscribe = store.subscribe((s) => {
    if (applying) return;
    const next = selectUrlState(s);
    if (sameUrlState(next, last)) return;
    const search = `?${encode(next)}`;
    if (search !== win.location.search) {
      // Keep any in-page anchor (#sources, #method) the reader is on.
      const url = `${search}${win.location.hash}`;
      if (isDiscreteChange(last, next)) win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
    }
    last = next;
  });
  const onPopState = () => {
    const { state, issues } = decode(win.location.search);
    applying = true;
    try {
      applyUrlState(store, state);
      store.getState().setUrlIssues(issues);
    } finally {
      applying = false;
    }
    last = selectUrlState(store.getState());
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}

/** A fully specified link to the current view (every parameter, with `v`), for sharing. */
export function shareUrl(
  store: AppStore,
  loc: Pick<Location, 'origin' | 'pathname'> = window.location,
): string {
  return `${loc.origin}${loc.pathname}?${encode(selectUrlState(store.getState()), { full: true })}`;
}
