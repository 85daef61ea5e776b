import { describe, expect, it, vi } from 'vitest';
import { realFiles } from '../../tests/fixture-files';
import { loadFixtures } from '../data/load';
import { memoSelector, selectModelInput } from './selectors';
import { createAppStore } from './store';
import type { AppState } from './types';

describe('memoSelector', () => {
  it('computes once per change of what it reads, and returns the same object otherwise', () => {
    const compute = vi.fn(([a, b]: readonly [number, string]) => ({ text: `${a}${b}` }));
    const sel = memoSelector((s: AppState) => [s.gaugeYear, s.lang] as const, compute);
    const store = createAppStore();
    const first = sel(store.getState());
    store.getState().setHoverYear(2027); // not read: no recompute
    expect(sel(store.getState())).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    store.getState().setGaugeYear(2028);
    const second = sel(store.getState());
    expect(second).not.toBe(first);
    expect(second.text).toBe(`2028${store.getState().lang}`);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});

describe('selectModelInput', () => {
  it('is one object until the data or scenario change, and follows them when they do (weights apply after it)', () => {
    const store = createAppStore({ data: loadFixtures(realFiles()) });
    const a = selectModelInput(store.getState());
    store.getState().setHoverYear(2026);
    store.getState().setSelection('meta');
    store.getState().setRange([2022, 2028]);
    expect(selectModelInput(store.getState())).toBe(a);
    store.getState().setScenarioInput('growth', 30);
    const b = selectModelInput(store.getState());
    expect(b).not.toBe(a);
    expect(b.scenario.growth).toBe(30);
    // Method v2's weights apply to the readings of the input (gauge-v2.ts readGauge): every year's
    // reading is reused when a weight moves.
    store.getState().setWeight('valuation', 2);
    const c = selectModelInput(store.getState());
    expect(c).toBe(b);
    expect(c.weights).toBeUndefined();
    expect(c.thresholds.length).toBeGreaterThan(0);
  });
});
