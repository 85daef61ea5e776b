import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createSlowViewScheduler,
  onlyHoverChanged,
  type SlowUpdate,
  slowViewScheduler,
  TRANSITION_IDLE_MS,
} from './slow-views';
import { createAppStore } from './store';

/** A hand-driven world: store changes, transitions and painted frames happen when the test says so. */
function world() {
  let onChange: (() => void) | null = null;
  const frames: Array<() => void> = [];
  const log: string[] = [];
  let inTransition = false;
  let held = 0;
  const scheduler = createSlowViewScheduler({
    hold: () => {
      held++;
      let released = false;
      return () => {
        if (!released) held--;
        released = true;
      };
    },
    subscribe: (fn) => {
      onChange = fn;
      return () => {
        onChange = null;
      };
    },
    transition: (fn) => {
      inTransition = true;
      try {
        fn();
      } finally {
        inTransition = false;
      }
    },
    afterPaint: (fn) => {
      frames.push(fn);
      return () => {
        const i = frames.indexOf(fn);
        if (i >= 0) frames.splice(i, 1);
      };
    },
  });
  /** A view whose value follows `source()`; logs its name when it updates. */
  const view = (name: string, source: () => number): SlowUpdate => {
    let value = source();
    return () => {
      expect(inTransition).toBe(true);
      const next = source();
      if (next === value) return false;
      value = next;
      log.push(name);
      return true;
    };
  };
  return {
    scheduler,
    log,
    view,
    change: () => onChange?.(),
    listening: () => onChange !== null,
    /** Paint the next frame: runs what waited for it. */
    paint: () => {
      const due = frames.splice(0);
      for (const fn of due) fn();
    },
    pendingFrames: () => frames.length,
    /** How many holds on the page's `data-settled` mark are open. */
    held: () => held,
  };
}

describe('the slow-view scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits until the input has been still for the idle time, then for a painted frame', () => {
    const w = world();
    let x = 0;
    w.scheduler.add(w.view('chart', () => x));
    // A held arrow key: a change every 100 ms keeps the views waiting.
    for (let i = 0; i < 5; i++) {
      x += 1;
      w.change();
      vi.advanceTimersByTime(100);
      w.paint();
    }
    expect(w.log).toEqual([]);
    vi.advanceTimersByTime(TRANSITION_IDLE_MS - 100 - 1);
    w.paint();
    expect(w.log).toEqual([]);
    vi.advanceTimersByTime(1);
    // Idle now; the urgent update's frame is painted first.
    expect(w.log).toEqual([]);
    w.paint();
    expect(w.log).toEqual(['chart']);
  });

  it('holds the page unsettled from a change until the last view has caught up, a change mid-cascade included', () => {
    const w = world();
    let x = 0;
    w.scheduler.add(w.view('a', () => x));
    w.scheduler.add(w.view('b', () => x));
    expect(w.held()).toBe(0);
    x = 1;
    w.change();
    expect(w.held()).toBe(1);
    vi.advanceTimersByTime(TRANSITION_IDLE_MS);
    w.paint();
    expect(w.log).toEqual(['a']);
    // A change while `b` waits for its frame: the cascade ends, but the new change still waits.
    x = 2;
    w.change();
    w.paint();
    expect(w.log).toEqual(['a', 'b']);
    w.paint();
    expect(w.held()).toBe(1);
    vi.advanceTimersByTime(TRANSITION_IDLE_MS);
    w.paint();
    w.paint();
    w.paint();
    expect(w.log).toEqual(['a', 'b', 'a']);
    expect(w.pendingFrames()).toBe(0);
    expect(w.held()).toBe(0);
  });

  it('brings one changed view up to date per frame, in order, skipping unchanged ones without a frame', () => {
    const w = world();
    let growth = 0;
    const life = 0;
    w.scheduler.add(w.view('a', () => growth));
    w.scheduler.add(w.view('still', () => life));
    w.scheduler.add(w.view('b', () => growth));
    w.scheduler.add(w.view('c', () => growth * 2));
    growth = 5;
    w.change();
    vi.advanceTimersByTime(TRANSITION_IDLE_MS);
    w.paint();
    expect(w.log).toEqual(['a']);
    w.paint();
    // `still` did not change: `b` follows in the same frame's turn.
    expect(w.log).toEqual(['a', 'b']);
    w.paint();
    expect(w.log).toEqual(['a', 'b', 'c']);
    w.paint();
    expect(w.pendingFrames()).toBe(0);
  });

  it('a change during the cascade: the cascade goes on with the latest values, then the views still behind catch up', () => {
    const w = world();
    let x = 0;
    w.scheduler.add(w.view('a', () => x));
    w.scheduler.add(w.view('b', () => x));
    x = 1;
    w.change();
    vi.advanceTimersByTime(TRANSITION_IDLE_MS);
    w.paint();
    expect(w.log).toEqual(['a']);
    x = 2;
    w.change();
    vi.advanceTimersByTime(TRANSITION_IDLE_MS);
    // One frame: the cascade's next view (`b`, which reads 2 now), and the new idle flush: `a` is behind.
    w.paint();
    expect(w.log).toEqual(['a', 'b', 'a']);
    // `b` already has 2: nothing is left.
    w.paint();
    expect(w.log).toEqual(['a', 'b', 'a']);
    expect(w.pendingFrames()).toBe(0);
  });

  it('listens only while it has views, and forgets a removed view', () => {
    const w = world();
    let x = 0;
    const removeA = w.scheduler.add(w.view('a', () => x));
    const removeB = w.scheduler.add(w.view('b', () => x));
    expect(w.listening()).toBe(true);
    removeA();
    x = 1;
    w.change();
    vi.advanceTimersByTime(TRANSITION_IDLE_MS);
    w.paint();
    expect(w.log).toEqual(['b']);
    removeB();
    expect(w.listening()).toBe(false);
  });

  it('removing the last view cancels what was scheduled', () => {
    const w = world();
    let x = 0;
    const remove = w.scheduler.add(w.view('a', () => x));
    x = 1;
    w.change();
    remove();
    vi.advanceTimersByTime(TRANSITION_IDLE_MS * 2);
    w.paint();
    expect(w.log).toEqual([]);
    expect(w.pendingFrames()).toBe(0);
  });
});

describe('onlyHoverChanged', () => {
  it('is true only when the hovered year alone changed', () => {
    const s = createAppStore();
    const before = s.getState();
    s.getState().setHoverYear(2027);
    const hovered = s.getState();
    expect(onlyHoverChanged(hovered, before)).toBe(true);
    s.getState().setScenarioInput('growth', 40);
    expect(onlyHoverChanged(s.getState(), hovered)).toBe(false);
    s.setState({ hoverYear: 2028, theme: 'dark' });
    expect(onlyHoverChanged(s.getState(), hovered)).toBe(false);
    expect(onlyHoverChanged(hovered, hovered)).toBe(false);
  });
});

describe('slowViewScheduler (one per store)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is shared by the views of a store, and hovering neither delays nor wakes them', () => {
    const store = createAppStore();
    const transition = (fn: () => void) => fn();
    expect(slowViewScheduler(store, transition)).toBe(slowViewScheduler(store, transition));
    expect(slowViewScheduler(createAppStore(), transition)).not.toBe(slowViewScheduler(store, transition));
    const updates: number[] = [];
    const remove = slowViewScheduler(store, transition).add(() => {
      updates.push(store.getState().scenario.growth);
      return true;
    });
    store.getState().setScenarioInput('growth', 30);
    // The pointer keeps moving over the charts, for longer than the idle time.
    for (let i = 0; i < 8; i++) {
      vi.advanceTimersByTime(40);
      store.getState().setHoverYear(2025 + (i % 3));
    }
    // (jsdom has requestAnimationFrame: let its frames and the task after them run.)
    vi.advanceTimersByTime(100);
    expect(updates).toEqual([30]);
    for (let i = 0; i < 3; i++) store.getState().setHoverYear(2026 + i);
    vi.advanceTimersByTime(TRANSITION_IDLE_MS * 3);
    expect(updates).toEqual([30]);
    remove();
  });
});
