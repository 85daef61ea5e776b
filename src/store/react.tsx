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
import type { DatedSeries } from '../data/schema';
import { type FredSeriesId, isFredSeriesId } from '../domain/ids';
import { cataloguesVersion, subscribeCatalogues, type Translate, translate } from '../i18n/messages';
import { afterNextPaint } from './after-paint';
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
 * Slow views wait until the input has been still this long (a held arrow key, a slider drag), so
 * their long, uninterruptible chart commits never sit in front of the next input: while the input
 * moves, the gauge number follows every step and the charts follow when it rests.
 */
export const TRANSITION_IDLE_MS = 150;

/**
 * The hovered year is read by no slow view (the crosshairs and readouts follow it outside React): a
 * pointer move must not restart the slow views' idle timer or wake them when it rests.
 */
function onlyHoverChanged(next: AppState, prev: AppState): boolean {
  if (next.hoverYear === prev.hoverYear) return false;
  for (const k of Object.keys(next) as Array<keyof AppState>)
    if (k !== 'hoverYear' && !Object.is(next[k], prev[k])) return false;
  return true;
}

/**
 * A slow view's update: brings its value up to date in the current transition and says whether it
 * changed (an unchanged view costs no frame).
 */
type SlowUpdate = () => boolean;

/**
 * One scheduler per store for every `useAppTransition`. Once the input is idle and the urgent update has
 * been painted, it brings the slow views up to date one at a time: each changed view in its own
 * transition and frame, so the longest task is one chart's commit (Recharts' commits cannot be
 * interrupted), never all of them together in front of the next key press.
 */
function transitionScheduler(store: AppStore) {
  const listeners = new Set<SlowUpdate>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelPaint: (() => void) | null = null;
  let cancelCascade: (() => void) | null = null;
  let unsubscribe: (() => void) | null = null;
  const cascade = () => {
    cancelCascade?.();
    const queue = [...listeners];
    const step = () => {
      cancelCascade = null;
      for (let l = queue.shift(); l; l = queue.shift()) {
        if (!listeners.has(l)) continue;
        let changed = false;
        startTransition(() => {
          changed = l();
        });
        if (changed) {
          cancelCascade = afterNextPaint(step);
          return;
        }
      }
    };
    step();
  };
  const flush = () => {
    cancelPaint = null;
    cascade();
  };
  const stop = () => {
    clearTimeout(timer);
    cancelPaint?.();
    cancelPaint = null;
  };
  const schedule = () => {
    stop();
    timer = setTimeout(() => {
      cancelPaint = afterNextPaint(flush);
    }, TRANSITION_IDLE_MS);
  };
  return {
    add(l: SlowUpdate): () => void {
      listeners.add(l);
      unsubscribe ??= store.subscribe((next, prev) => {
        if (!onlyHoverChanged(next, prev)) schedule();
      });
      return () => {
        listeners.delete(l);
        if (listeners.size === 0) {
          unsubscribe?.();
          unsubscribe = null;
          stop();
          cancelCascade?.();
          cancelCascade = null;
        }
      };
    },
  };
}
const schedulers = new WeakMap<AppStore, ReturnType<typeof transitionScheduler>>();

/**
 * Select one value; its changes reach the component after the urgent update (the gauge number, the
 * slider) has been painted and the input is idle (TRANSITION_IDLE_MS), in a transition of its own (one
 * slow view a frame). For slow views of fast-changing state: charts of the scenario, the pressure
 * history, the sensitivity ranking. `selector` must return a stable value for unchanged input (a store
 * field or a memoSelector).
 */
export function useAppTransition<T>(selector: (s: AppState) => T): T {
  const store = useAppStore();
  const [value, setValue] = useState(() => selector(store.getState()));
  // The value last handed to React (state may lag behind it until the transition renders).
  const latest = useRef(value);
  useEffect(() => {
    let scheduler = schedulers.get(store);
    if (!scheduler) {
      scheduler = transitionScheduler(store);
      schedulers.set(store, scheduler);
    }
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
    return scheduler.add(update);
  }, [store, selector]);
  return value;
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
  return useMemo(() => {
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
}
