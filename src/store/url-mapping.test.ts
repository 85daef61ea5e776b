import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validUrlStateArb } from '../../tests/url-arbitraries';
import { decode, encode } from '../url/codec';
import { applyUrlState, createAppStore, selectUrlState } from './store';

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
    expect(encode(selectUrlState(store.getState()))).toBe('v=1');
  });
});
