import { describe, expect, it, vi } from 'vitest';
import { SLIDE_IDS } from '../domain/ids';
import { type AppStore, createAppStore } from './store';

const fresh = (): AppStore => createAppStore();

/** The number of times subscribers are told about a change while `fn` runs. */
function notifications(store: AppStore, fn: () => void): number {
  const listener = vi.fn();
  const unsubscribe = store.subscribe(listener);
  fn();
  unsubscribe();
  return listener.mock.calls.length;
}

describe('view slice', () => {
  it('setRange keeps the same array when the years do not change', () => {
    const store = fresh();
    store.getState().setRange([2024, 2028]);
    const first = store.getState().range;
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().setRange([2028, 2024]);
    expect(store.getState().range).toBe(first);
    expect(listener).not.toHaveBeenCalled();
  });

  it('startPresenting goes to present mode at the first slide in one update', () => {
    const store = fresh();
    store.getState().setSlide(3);
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().startPresenting();
    expect(store.getState().mode).toBe('present');
    expect(store.getState().slide).toBe(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('starts on the full 2020–2030 range with every slide listed', () => {
    const s = fresh().getState();
    expect(s.range).toEqual([2020, 2030]);
    expect(s.panels).toEqual([...SLIDE_IDS]);
    expect(s.slide).toBe(1);
    expect(s.mode).toBe('dashboard');
    expect(s.hoverYear).toBeNull();
    expect(s.selection).toBeNull();
  });

  it('setRange orders a reversed pair', () => {
    const store = fresh();
    store.getState().setRange([2028, 2022]);
    expect(store.getState().range).toEqual([2022, 2028]);
  });

  it('setRange clamps to 1923–2030 (the history panel reaches back to 1923) and rounds', () => {
    const store = fresh();
    store.getState().setRange([1900, 2040]);
    expect(store.getState().range).toEqual([1923, 2030]);
    store.getState().setRange([2035, 2015.2]);
    expect(store.getState().range).toEqual([2015, 2030]);
    store.getState().setRange([2023.6, 2026.4]);
    expect(store.getState().range).toEqual([2024, 2026]);
    store.getState().setRange([1922, 1910]);
    expect(store.getState().range).toEqual([1923, 1923]);
  });

  it('resetRange restores the full span', () => {
    const store = fresh();
    store.getState().setRange([2024, 2026]);
    store.getState().resetRange();
    expect(store.getState().range).toEqual([2020, 2030]);
  });

  it('setHoverYear rounds the year', () => {
    const store = fresh();
    store.getState().setHoverYear(2024.4);
    expect(store.getState().hoverYear).toBe(2024);
    store.getState().setHoverYear(2024.6);
    expect(store.getState().hoverYear).toBe(2025);
    store.getState().setHoverYear(null);
    expect(store.getState().hoverYear).toBeNull();
  });

  it('setHoverYear does not notify subscribers when the rounded year is unchanged', () => {
    const store = fresh();
    expect(notifications(store, () => store.getState().setHoverYear(2026))).toBe(1);
    expect(notifications(store, () => store.getState().setHoverYear(2026))).toBe(0);
    expect(notifications(store, () => store.getState().setHoverYear(2025.8))).toBe(0);
    expect(notifications(store, () => store.getState().setHoverYear(2027))).toBe(1);
    expect(notifications(store, () => store.getState().setHoverYear(null))).toBe(1);
    expect(notifications(store, () => store.getState().setHoverYear(null))).toBe(0);
  });

  it('toggleSelection selects, switches and clears', () => {
    const store = fresh();
    store.getState().toggleSelection('meta');
    expect(store.getState().selection).toBe('meta');
    store.getState().toggleSelection('oracle');
    expect(store.getState().selection).toBe('oracle');
    store.getState().toggleSelection('oracle');
    expect(store.getState().selection).toBeNull();
  });

  it('setPanels removes duplicates, keeping the first occurrence order', () => {
    const store = fresh();
    store.getState().setPanels(['bonds', 'capex', 'bonds', 'gauge', 'capex']);
    expect(store.getState().panels).toEqual(['bonds', 'capex', 'gauge']);
  });

  it('setPanels ignores an empty list', () => {
    const store = fresh();
    store.getState().setPanels(['capex', 'spv']);
    store.getState().setPanels([]);
    expect(store.getState().panels).toEqual(['capex', 'spv']);
  });

  it('setPanels drops a focus that is no longer listed and keeps one that is', () => {
    const store = fresh();
    store.getState().setFocus('spv');
    expect(store.getState().focus).toBe('spv');
    store.getState().setPanels(['spv', 'bonds']);
    expect(store.getState().focus).toBe('spv');
    store.getState().setPanels(['capex', 'bonds']);
    expect(store.getState().focus).toBeNull();
  });

  it('setPanels clamps the slide to the new number of panels', () => {
    const store = fresh();
    store.getState().setSlide(7);
    expect(store.getState().slide).toBe(7);
    store.getState().setPanels(['capex', 'bonds', 'spv']);
    expect(store.getState().slide).toBe(3);
    store.getState().setPanels(['capex', 'bonds', 'spv', 'gauge', 'valuation']);
    expect(store.getState().slide).toBe(3);
  });

  it('setFocus ignores a panel that is not listed', () => {
    const store = fresh();
    store.getState().setPanels(['capex', 'bonds']);
    store.getState().setFocus('valuation');
    expect(store.getState().focus).toBeNull();
    store.getState().setFocus('bonds');
    expect(store.getState().focus).toBe('bonds');
  });

  it('togglePanel removes a listed panel and brings it back in its old place', () => {
    const store = fresh();
    store.getState().setPanels(['capex', 'bonds', 'spv']);
    store.getState().togglePanel('bonds');
    expect(store.getState().panels).toEqual(['capex', 'spv']);
    store.getState().togglePanel('bonds');
    expect(store.getState().panels).toEqual(['capex', 'bonds', 'spv']);
    store.getState().togglePanel('pressure');
    expect(store.getState().panels).toEqual(['capex', 'bonds', 'spv', 'pressure']);
    store.getState().togglePanel('gauge');
    expect(store.getState().panels[0]).toBe('gauge');
  });

  it('togglePanel cannot hide the last panel', () => {
    const store = fresh();
    store.getState().setPanels(['capex']);
    store.getState().togglePanel('capex');
    expect(store.getState().panels).toEqual(['capex']);
  });

  it('setSlide clamps to 1..panels.length and rounds', () => {
    const store = fresh();
    store.getState().setPanels(['gauge', 'capex', 'bonds', 'spv']);
    store.getState().setSlide(0);
    expect(store.getState().slide).toBe(1);
    store.getState().setSlide(-5);
    expect(store.getState().slide).toBe(1);
    store.getState().setSlide(99);
    expect(store.getState().slide).toBe(4);
    store.getState().setSlide(2.6);
    expect(store.getState().slide).toBe(3);
  });

  it('nextSlide steps forward and back within the bounds', () => {
    const store = fresh();
    store.getState().setPanels(['gauge', 'capex', 'bonds']);
    store.getState().nextSlide(1);
    expect(store.getState().slide).toBe(2);
    store.getState().nextSlide(1);
    store.getState().nextSlide(1);
    expect(store.getState().slide).toBe(3);
    store.getState().nextSlide(-1);
    expect(store.getState().slide).toBe(2);
    store.getState().nextSlide(-1);
    store.getState().nextSlide(-1);
    expect(store.getState().slide).toBe(1);
  });

  it('setMode clears the hover year', () => {
    const store = fresh();
    store.getState().setHoverYear(2026);
    store.getState().setMode('present');
    expect(store.getState().mode).toBe('present');
    expect(store.getState().hoverYear).toBeNull();
  });
});
