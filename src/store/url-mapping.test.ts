import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../tests/fixture-files';
import { validUrlStateArb } from '../../tests/url-arbitraries';
import { loadFixtures } from '../data/load';
import type { ImportedSeries } from '../domain/types';
import { decode, encode } from '../url/codec';
import { applyUrlState, createAppStore, selectUrlState, usedImports } from './store';

const series = (name: string, panel: string | null = null): ImportedSeries => ({
  name,
  unit: 'usd-bn',
  unitText: 'USD bn',
  format: 'long',
  file: 'mine.csv',
  sources: ['analyst'],
  points: [{ period: 2025, value: 1, kind: 'estimate', source: 'analyst' }],
  panel,
});

describe('the store mapping of the URL parameters (selectUrlState / applyUrlState)', () => {
  it('gives back any valid state it was given, field by field', () => {
    fc.assert(
      fc.property(validUrlStateArb({ pinned: true }), (state) => {
        const store = createAppStore();
        applyUrlState(store, state);
        // Imported names are the store's own (the series it holds), not set from a link.
        const { imported: _links, ...rest } = state;
        const { imported, ...back } = selectUrlState(store.getState());
        expect(back).toEqual(rest);
        expect(imported).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('a fresh store is the view a link without parameters opens', () => {
    const store = createAppStore();
    expect(selectUrlState(store.getState())).toEqual(decode('').state);
    expect(encode(selectUrlState(store.getState()))).toBe('v=2');
  });
});

describe('usedImports: the imported series a view uses', () => {
  it('takes overrides of built-in series and custom series placed on a panel; the link carries their names', () => {
    const store = createAppStore({ data: loadFixtures(realFiles()) });
    expect(usedImports(store.getState())).toEqual([]);
    expect(selectUrlState(store.getState()).imported).toBeUndefined();
    store
      .getState()
      .addImports([
        series('capex/article-path'),
        series('loose'),
        series('placed', 'capex'),
        series('capex/nope'),
      ]);
    expect(usedImports(store.getState()).map((i) => i.name)).toEqual(['capex/article-path', 'placed']);
    const names = selectUrlState(store.getState()).imported;
    expect(names).toEqual(['capex/article-path', 'placed']);
    // The same array while the imports do not change, so the URL sync sees no change.
    store.getState().setTheme('dark');
    expect(selectUrlState(store.getState()).imported).toBe(names);
    store.getState().setImportPanel('placed', null);
    expect(selectUrlState(store.getState()).imported).toEqual(['capex/article-path']);
  });
});
