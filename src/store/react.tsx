import {
  createContext,
  type ReactNode,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useStore } from 'zustand';
import { type FredSeriesId, isFredSeriesId } from '../domain/ids';
import type { DatedSeries } from '../domain/types';
import { cataloguesVersion, subscribeCatalogues, type Translate, translate } from '../i18n/messages';
import { hold } from './settle';
import { slowViewScheduler } from './slow-views';
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

/**
 * Select one value; its changes reach the component after the urgent update (the gauge number, the
 * slider) has been painted and the input is idle (TRANSITION_IDLE_MS), in a transition of its own (one
 * slow view a frame; the scheduler is in slow-views.ts). For slow views of fast-changing state: charts
 * of the scenario, the pressure history, the sensitivity ranking. `selector` must return a stable value
 * for unchanged input (a store field or a memoSelector).
 */
export function useAppTransition<T>(selector: (s: AppState) => T): T {
  const store = useAppStore();
  const [value, setValue] = useState(() => selector(store.getState()));
  // The value last handed to React (state may lag behind it until the transition renders).
  const latest = useRef(value);
  useEffect(() => {
    const update = () => {
      const next = selector(store.getState());
      if (Object.is(next, latest.current)) return false;
      latest.current = next;
      setValue(() => next);
      return true;
    };
    // A change between the first render and this effect is caught up at once.
    startTransition(() => {
      update();
    });
    return slowViewScheduler(store, startTransition).add(update);
  }, [store, selector]);
  return value;
}

/** Hold the page's `data-settled` mark off (settle.ts) while `busy` (a view waiting for its data). */
export function usePending(busy: boolean): void {
  useLayoutEffect(() => (busy ? hold() : undefined), [busy]);
}

/** A Suspense fallback that holds the `data-settled` mark off while it is shown (a lazily loaded chunk). */
export function Pending({ children = null }: { children?: ReactNode }): ReactNode {
  usePending(true);
  return children;
}

/** The translate function for the current language. */
export function useT(): Translate {
  const lang = useApp((s) => s.lang);
  // A new function when a catalogue arrives, so what was drawn in the fallback language is redrawn.
  const catalogues = useSyncExternalStore(subscribeCatalogues, cataloguesVersion);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `catalogues` is the point: redraw on arrival.
  return useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang, catalogues]);
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

export interface DatedResult {
  /** `error` if any of the series failed (see the fixtures notice), else `loading` until all are in. */
  status: 'loading' | 'ready' | 'error';
  series: Partial<Record<FredSeriesId, DatedSeries>>;
}

/**
 * Ask for lazily loaded dated (FRED) series; the component re-renders as they arrive. Series that
 * loaded are returned even when another failed, so a panel can show what it has.
 */
export function useDatedSeries(ids: readonly FredSeriesId[]): DatedResult {
  const store = useAppStore();
  const dated = useApp((s) => s.dated);
  const key = ids.join(',');
  useEffect(() => {
    void store.getState().loadDated(key.split(',').filter(isFredSeriesId));
  }, [store, key]);
  const result = useMemo(() => {
    const series: DatedResult['series'] = {};
    let status: DatedResult['status'] = 'ready';
    for (const id of key.split(',').filter(isFredSeriesId)) {
      const d = dated[id];
      if (d?.status === 'ready') series[id] = d.series;
      else if (d?.status === 'error') status = 'error';
      else if (status !== 'error') status = 'loading';
    }
    return { status, series };
  }, [dated, key]);
  usePending(result.status === 'loading');
  return result;
}
