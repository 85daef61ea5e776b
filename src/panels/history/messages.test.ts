import { describe, expect, it } from 'vitest';
import { V2_SERIES_IDS } from '../../domain/backtest/method';
import { HISTORY_V2_SERIES } from '../../domain/history-ids';
import { HISTORY_CATALOGUES, type HistoryMessageKey, ordinalIn, translateHistory } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('history catalogue', () => {
  it('zh-TW has every English key, non-empty, with the same placeholders', () => {
    const en = HISTORY_CATALOGUES.en;
    const zh = HISTORY_CATALOGUES['zh-TW'];
    for (const key of Object.keys(en) as HistoryMessageKey[]) {
      expect(zh[key], key).toBeTruthy();
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it('fills placeholders in the language asked for, with ordinals as each language writes them', () => {
    const vars = { value: '61.6', band: 'high', quarter: '2026-Q2', from: 1923, to: 2026 };
    expect(translateHistory('en', 'head.today', { ...vars, ordinal: ordinalIn('en', 90) })).toBe(
      'latest 61.6 · high (2026-Q2) · 90th percentile of 1923–2026',
    );
    expect(translateHistory('zh-TW', 'head.today', { ...vars, ordinal: ordinalIn('zh-TW', 90) })).toContain(
      '1923–2026 年的第 90 百分位',
    );
    expect([1, 2, 3, 11, 12, 13, 21, 22, 101, 111].map((n) => ordinalIn('en', n))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
  });
});

describe('the panel’s series list', () => {
  it('is the method’s own list of FRED series (kept apart so first paint does not load the method)', () => {
    expect([...HISTORY_V2_SERIES].sort()).toEqual([...V2_SERIES_IDS].sort());
  });
});
