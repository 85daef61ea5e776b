import { createContext, type ReactNode, useCallback, useContext } from 'react';
import { useStore } from 'zustand';
import { type Translate, translate } from '../i18n/messages';
import type { AppStore } from '../store/store';
import type { AppState } from '../store/types';

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
