/**
 * The slow-view scheduler behind `useAppTransition` (react.tsx): when and in what order the slow views
 * (charts of the scenario, the pressure history, the sensitivity ranking) catch up with the store.
 * No React here: the transition and the paint are passed in, so the timing is unit-tested with fake
 * timers (slow-views.test.ts).
 */

import { afterNextPaint } from './after-paint';
import { hold } from './settle';
import type { AppStore } from './store';
import type { AppState } from './types';

/**
 * Slow views wait until the input has been still this long (a held arrow key, a slider drag), so
 * their long, uninterruptible chart commits never sit in front of the next input: while the input
 * moves, the gauge number follows every step and the charts follow when it rests.
 */
export const TRANSITION_IDLE_MS = 150;

/**
 * A slow view's update: brings its value up to date (in the current transition) and says whether it
 * changed (an unchanged view costs no frame).
 */
export type SlowUpdate = () => boolean;

export interface SlowViewScheduler {
  /** Add a slow view; returns its removal. */
  add(update: SlowUpdate): () => void;
}

export interface SchedulerDeps {
  /** Calls `onChange` on each change that may concern a slow view; returns the unsubscription. */
  subscribe: (onChange: () => void) => () => void;
  /** Runs `fn` as a transition (React's `startTransition`). */
  transition: (fn: () => void) => void;
  /** Runs `fn` after the next frame has been painted; returns a cancel function. */
  afterPaint?: (fn: () => void) => () => void;
  idleMs?: number;
  /** Marks the page unsettled until the returned release is called (settle.ts's `hold`). */
  hold?: () => () => void;
}

/**
 * Once the input is idle (`idleMs`) and the urgent update has been painted, bring the slow views up to
 * date one at a time: each changed view in its own transition and frame, so the longest task is one
 * chart's commit (Recharts' commits cannot be interrupted), never all of them together in front of the
 * next key press. It listens only while it has views.
 */
export function createSlowViewScheduler(deps: SchedulerDeps): SlowViewScheduler {
  const afterPaint = deps.afterPaint ?? afterNextPaint;
  const idleMs = deps.idleMs ?? TRANSITION_IDLE_MS;
  const views = new Set<SlowUpdate>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelPaint: (() => void) | null = null;
  let cancelCascade: (() => void) | null = null;
  let unsubscribe: (() => void) | null = null;
  // From a change until the last slow view has caught up, the page is not settled (settle.ts).
  let release: (() => void) | null = null;
  let waiting = false;
  const done = () => {
    if (waiting) return; // a newer change is still waiting for its cascade
    release?.();
    release = null;
  };
  const cascade = () => {
    cancelCascade?.();
    const queue = [...views];
    const step = () => {
      cancelCascade = null;
      for (let v = queue.shift(); v; v = queue.shift()) {
        if (!views.has(v)) continue;
        let changed = false;
        deps.transition(() => {
          changed = v();
        });
        if (changed) {
          cancelCascade = afterPaint(step);
          return;
        }
      }
      done();
    };
    step();
  };
  const stop = () => {
    clearTimeout(timer);
    cancelPaint?.();
    cancelPaint = null;
    waiting = false;
  };
  const schedule = () => {
    release ??= deps.hold?.() ?? null;
    stop();
    waiting = true;
    timer = setTimeout(() => {
      cancelPaint = afterPaint(() => {
        cancelPaint = null;
        waiting = false;
        cascade();
      });
    }, idleMs);
  };
  return {
    add(update) {
      views.add(update);
      unsubscribe ??= deps.subscribe(schedule);
      return () => {
        views.delete(update);
        if (views.size === 0) {
          unsubscribe?.();
          unsubscribe = null;
          stop();
          cancelCascade?.();
          cancelCascade = null;
          done();
        }
      };
    },
  };
}

/**
 * The hovered year is read by no slow view (the crosshairs and readouts follow it outside React): a
 * pointer move must not restart the slow views' idle timer or wake them when it rests.
 */
export function onlyHoverChanged(next: AppState, prev: AppState): boolean {
  if (next.hoverYear === prev.hoverYear) return false;
  for (const k of Object.keys(next) as Array<keyof AppState>)
    if (k !== 'hoverYear' && !Object.is(next[k], prev[k])) return false;
  return true;
}

const schedulers = new WeakMap<AppStore, SlowViewScheduler>();

/** The one scheduler of a store, shared by all its slow views (made on first use). */
export function slowViewScheduler(store: AppStore, transition: (fn: () => void) => void): SlowViewScheduler {
  let scheduler = schedulers.get(store);
  if (!scheduler) {
    scheduler = createSlowViewScheduler({
      subscribe: (onChange) =>
        store.subscribe((next, prev) => {
          if (!onlyHoverChanged(next, prev)) onChange();
        }),
      transition,
      hold,
    });
    schedulers.set(store, scheduler);
  }
  return scheduler;
}
