import { createContext, type ReactNode, useCallback, useContext, useLayoutEffect } from 'react';
import { useStore } from 'zustand';
import { type Translate, translate } from '../i18n/messages';
import type { AppStore } from './store';
import type { AppState } from './types';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreProvider>');
  return store;
}

/** Select one value from the store; the component re-renders only when it changes. */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

/** The translate function for the current language. */
export function useT(): Translate {
  const lang = useApp((s) => s.lang);
  return useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang]);
}

export function useLocale(): string {
  return useApp((s) => s.lang);
}

/**
 * Run `apply` with the hovered year now and whenever it changes, outside React rendering: for DOM
 * attributes that follow the hover (`data-hover-year`, a slider's aria values) without re-rendering
 * whole panels. `apply` should be stable (useCallback).
 */
export function useHoverYearEffect(apply: (year: number | null) => void): void {
  const store = useAppStore();
  useLayoutEffect(() => {
    apply(store.getState().hoverYear);
    return store.subscribe((s, prev) => {
      if (s.hoverYear !== prev.hoverYear) apply(s.hoverYear);
    });
  }, [store, apply]);
}
