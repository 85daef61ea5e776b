/** The Back logic: which parameters a change touched, and whether it merges with quick edits. */
import { describe, expect, it } from 'vitest';
import { changedParams, defaultUrlState } from './codec';
import { mergesQuickEdits } from './params';

describe('mergesQuickEdits (the Back logic)', () => {
  it('merges quick edits of weights and scenario inputs', () => {
    expect(mergesQuickEdits(['w.valuation'])).toBe(true);
    expect(mergesQuickEdits(['s.life'])).toBe(true);
    expect(mergesQuickEdits(['w.valuation', 's.growth'])).toBe(true);
  });

  it.each([
    'mode',
    'slide',
    'range',
    'panels',
    'focus',
    'issuer',
    'year',
    'lang',
    'theme',
    'base',
    'base.w.valuation',
    'imported',
    'nope',
  ])('makes a change of %s a step of its own', (key) => {
    expect(mergesQuickEdits([key])).toBe(false);
    expect(mergesQuickEdits(['w.valuation', key])).toBe(false);
  });
});

describe('changedParams', () => {
  it('names exactly the parameters a change touched', () => {
    const a = defaultUrlState();
    expect(changedParams(a, a)).toEqual([]);
    expect(changedParams(a, { ...a, issuer: 'meta' })).toEqual(['issuer']);
    expect(changedParams(a, { ...a, weights: { ...a.weights, valuation: 2 } })).toEqual(['w.valuation']);
    expect(changedParams(a, { ...a, range: [2024, 2030], lang: 'zh-TW' }).sort()).toEqual(['lang', 'range']);
  });
});
