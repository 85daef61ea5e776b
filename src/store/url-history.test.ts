import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decode } from '../url/codec';
import { createAppStore } from './store';
import { shareUrl, startUrlSync, viewUrl } from './url-history';

describe('startUrlSync', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    stop();
    vi.restoreAllMocks();
  });

  it('pushes one history entry per committed change, whatever the parameter', () => {
    const store = createAppStore();
    let clock = 0;
    stop = startUrlSync(store, window, { now: () => clock });
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    store.getState().setTheme('dark');
    clock += 5000;
    store.getState().setSelection('meta');
    clock += 5000;
    store.getState().setWeight('valuation', 3);
    clock += 5000;
    store.getState().setRange([2024, 2028]);
    clock += 5000;
    store.getState().setScenarioInput('life', 3);
    expect(push).toHaveBeenCalledTimes(5);
    expect(replace).not.toHaveBeenCalled();
    const params = new URLSearchParams(window.location.search);
    expect(params.get('w.valuation')).toBe('3');
    expect(params.get('range')).toBe('2024-2028');
    expect(params.get('s.life')).toBe('3');
  });

  it('makes a slider drag one entry: changes while a pointer is held down replace the entry they pushed', () => {
    const store = createAppStore();
    let clock = 0;
    stop = startUrlSync(store, window, { now: () => clock });
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    window.dispatchEvent(new Event('pointerdown'));
    for (const v of [1.5, 2, 2.5, 3]) {
      clock += 3000; // however slow the drag
      store.getState().setWeight('valuation', v);
    }
    window.dispatchEvent(new Event('pointerup'));
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(3);
    // The next drag of the same slider is a new step.
    window.dispatchEvent(new Event('pointerdown'));
    clock += 3000;
    store.getState().setWeight('valuation', 4);
    window.dispatchEvent(new Event('pointerup'));
    expect(push).toHaveBeenCalledTimes(2);
  });

  it('coalesces quick edits of the same input (typing a number), not edits of different ones', () => {
    const store = createAppStore();
    let clock = 0;
    stop = startUrlSync(store, window, { now: () => clock });
    const push = vi.spyOn(window.history, 'pushState');
    store.getState().setWeight('valuation', 2);
    clock += 200;
    store.getState().setWeight('valuation', 25);
    expect(push).toHaveBeenCalledTimes(1);
    clock += 200;
    store.getState().setWeight('depreciation', 2);
    expect(push).toHaveBeenCalledTimes(2);
    clock += 200;
    store.getState().setSelection('meta');
    clock += 200;
    store.getState().setSelection(null);
    expect(push).toHaveBeenCalledTimes(4);
  });

  it('steps back one change at a time', async () => {
    const store = createAppStore();
    let clock = 0;
    stop = startUrlSync(store, window, { now: () => clock });
    store.getState().setSelection('meta');
    clock += 5000;
    store.getState().setWeight('valuation', 3);
    window.history.back();
    await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    expect(store.getState().weights.valuation).toBe(1);
    expect(store.getState().selection).toBe('meta');
  });

  it('writes the address later when asked to, with the same entries: one write per pending edit', () => {
    const store = createAppStore();
    let clock = 0;
    const queued: Array<() => void> = [];
    stop = startUrlSync(store, window, {
      now: () => clock,
      defer: (write) => {
        queued.push(write);
        return () => {
          const i = queued.indexOf(write);
          if (i >= 0) queued.splice(i, 1);
        };
      },
    });
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    // Three quick steps of one input before the write: one entry, holding the last value.
    for (const v of [2, 2.5, 3]) {
      clock += 50;
      store.getState().setWeight('valuation', v);
    }
    expect(push).not.toHaveBeenCalled();
    expect(queued).toHaveLength(1);
    queued.shift()?.();
    expect(push).toHaveBeenCalledTimes(1);
    expect(new URLSearchParams(window.location.search).get('w.valuation')).toBe('3');
    // A step of the same input soon after replaces that entry…
    clock += 50;
    store.getState().setWeight('valuation', 4);
    queued.shift()?.();
    expect(replace).toHaveBeenCalledTimes(1);
    // …and a different edit while one is unwritten writes that one first, as its own entry.
    clock += 5000;
    store.getState().setScenarioInput('growth', 31);
    store.getState().setWeight('depreciation', 2);
    expect(push).toHaveBeenCalledTimes(2);
    expect(new URLSearchParams(window.location.search).get('s.growth')).toBe('31');
    queued.shift()?.();
    expect(push).toHaveBeenCalledTimes(3);
    expect(new URLSearchParams(window.location.search).get('w.depreciation')).toBe('2');
    // Other changes (a selection, a slide) reach the address at once.
    clock += 5000;
    store.getState().setSelection('meta');
    expect(push).toHaveBeenCalledTimes(4);
    expect(new URLSearchParams(window.location.search).get('issuer')).toBe('meta');
    expect(queued).toHaveLength(0);
  });

  it('does not touch the address bar on hover', () => {
    const store = createAppStore();
    stop = startUrlSync(store, window);
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    store.getState().setHoverYear(2027);
    store.getState().setHoverYear(null);
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });

  it('applies the URL to the store on popstate, reporting bad parameters', () => {
    const store = createAppStore();
    stop = startUrlSync(store, window);
    window.history.pushState(null, '', '/?theme=dark&range=2030-2020&panels=capex,bonds');
    window.dispatchEvent(new PopStateEvent('popstate'));
    const s = store.getState();
    expect(s.theme).toBe('dark');
    expect(s.panels).toEqual(['capex', 'bonds']);
    expect(s.range).toEqual([2020, 2030]);
    expect(s.urlIssues.map((i) => i.param)).toEqual(['range']);
  });

  it('stops listening when stopped', () => {
    const store = createAppStore();
    startUrlSync(store, window)();
    const push = vi.spyOn(window.history, 'pushState');
    store.getState().setTheme('dark');
    expect(push).not.toHaveBeenCalled();
  });
});

describe('shareUrl', () => {
  it('is a fully specified link that decodes to the current view', () => {
    const store = createAppStore();
    store.getState().setPanels(['spv', 'capex']);
    store.getState().setSelection('meta');
    store.getState().setLang('zh-TW');
    const url = shareUrl(store, { origin: 'https://example.org', pathname: '/sub/dir/' });
    expect(url.startsWith('https://example.org/sub/dir/?v=2&')).toBe(true);
    const { state, issues } = decode(url.slice(url.indexOf('?')));
    expect(issues).toEqual([]);
    expect(state.panels).toEqual(['spv', 'capex']);
    expect(state.issuer).toBe('meta');
    expect(state.lang).toBe('zh-TW');
    const params = new URL(url).searchParams;
    for (const key of [
      'range',
      'focus',
      'issuer',
      'lang',
      'theme',
      'mode',
      'slide',
      'year',
      'w.capex-growth',
      's.life',
    ]) {
      expect(params.has(key)).toBe(true);
    }
  });
});

describe('viewUrl', () => {
  it('is the short link: only what differs from the defaults, and it opens the same view', () => {
    const store = createAppStore();
    store.getState().setPanels(['spv', 'capex']);
    store.getState().setSelection('meta');
    store.getState().setWeight('valuation', 3);
    store.getState().setLang('zh-TW');
    store.getState().setTheme('dark');
    const loc = { origin: 'https://example.org', pathname: '/sub/dir/' };
    const url = viewUrl(store, loc);
    const params = new URL(url).searchParams;
    // The reader's language and theme are left to whoever opens the link.
    expect([...params.keys()].sort()).toEqual(['issuer', 'panels', 'v', 'w.valuation']);
    expect(url.length).toBeLessThan(shareUrl(store, loc).length / 3);
    const { state, issues } = decode(url.slice(url.indexOf('?')));
    expect(issues).toEqual([]);
    const { state: full } = decode(shareUrl(store, loc).split('?')[1] ?? '');
    expect({ ...state, lang: full.lang, theme: full.theme }).toEqual(full);
  });
});
