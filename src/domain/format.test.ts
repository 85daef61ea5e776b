import { describe, expect, it } from 'vitest';
import {
  ageInDays,
  formatAge,
  formatDate,
  formatNumber,
  formatPercent,
  formatPoints,
  formatUsdBn,
  formatValue,
} from './format';

describe('formatUsdBn', () => {
  it('uses compact billions and trillions in English', () => {
    const bn = formatUsdBn(405, 'en');
    expect(bn).toContain('405');
    expect(bn).toContain('B');
    expect(bn).toContain('$');
    const tn = formatUsdBn(5200, 'en');
    expect(tn).toContain('5.2');
    expect(tn).toContain('T');
    expect(tn).not.toContain('B');
  });

  it('uses 億 and 兆 in zh-TW', () => {
    expect(formatUsdBn(405, 'zh-TW')).toMatch(/億|兆/);
    expect(formatUsdBn(405, 'zh-TW')).toContain('億');
    expect(formatUsdBn(5200, 'zh-TW')).toContain('兆');
    expect(formatUsdBn(5200, 'zh-TW')).toContain('5.2');
  });

  it('rounds to the requested digits', () => {
    expect(formatUsdBn(100.75, 'en', 0)).toContain('101');
    expect(formatUsdBn(100.75, 'en', 0)).not.toContain('.');
  });
});

describe('formatNumber', () => {
  it('groups thousands and limits the fraction digits', () => {
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
    expect(formatNumber(5.625, 'en', 2)).toBe('5.63');
    expect(formatNumber(4, 'en')).toBe('4');
  });
});

describe('formatPercent', () => {
  it('formats a value stored in percent (not a fraction)', () => {
    expect(formatPercent(62, 'en')).toBe('62%');
    expect(formatPercent(24.88, 'en')).toBe('24.9%');
    expect(formatPercent(14, 'zh-TW')).toContain('14');
    expect(formatPercent(14, 'zh-TW')).toContain('%');
  });
});

describe('formatValue', () => {
  it('formats by unit', () => {
    expect(formatValue(405, 'usd-bn', 'en', 'yrs')).toContain('405');
    expect(formatValue(70, 'pct', 'en', 'yrs')).toBe('70%');
    expect(formatValue(5.5, 'years', 'en', 'yrs')).toBe('5.5 yrs');
    expect(formatValue(5.5, 'years', 'en', 'years')).toBe('5.5 years');
    expect(formatValue(5.5, 'years', 'zh-TW', '年')).toBe('5.5 年');
    expect(formatValue(2029.4, 'year', 'en', 'yrs')).toBe('2029');
    expect(formatValue(1.5, 'ratio', 'en', 'yrs')).toBe('1.5×');
    expect(formatValue(120.4, 'bp', 'en', 'yrs')).toBe('120 bp');
    expect(formatValue(1200.4, 'bp', 'zh-TW', '年')).toBe('1,200 基點');
  });

  it('does not group digits of a calendar year', () => {
    expect(formatValue(2030, 'year', 'en', 'yrs')).not.toContain(',');
  });
});

describe('formatDate', () => {
  it('formats an ISO date with its day', () => {
    const en = formatDate('2025-10-29', 'en');
    expect(en).toContain('Oct');
    expect(en).toContain('29');
    expect(en).toContain('2025');
    const zh = formatDate('2025-10-29', 'zh-TW');
    expect(zh).toContain('2025');
    expect(zh).toContain('10');
    expect(zh).toContain('29');
  });

  it('formats an ISO month without a day', () => {
    const en = formatDate('2025-10', 'en');
    expect(en).toContain('Oct');
    expect(en).toContain('2025');
    expect(en).not.toMatch(/\b1\b/);
    expect(en).not.toContain(',');
    const zh = formatDate('2025-10', 'zh-TW');
    expect(zh).toContain('2025');
    expect(zh).toContain('10');
    expect(zh).not.toContain('日');
  });

  it('does not shift the day with the time zone', () => {
    expect(formatDate('2025-01-01', 'en')).toContain('Jan');
    expect(formatDate('2025-01-01', 'en')).toContain('2025');
    expect(formatDate('2025-12-31', 'en')).toContain('31');
  });
});

describe('formatPoints', () => {
  it('always shows exactly one decimal', () => {
    expect(formatPoints(50, 'en')).toBe('50.0');
    expect(formatPoints(8.24, 'en')).toBe('8.2');
    expect(formatPoints(49.96, 'zh-TW')).toBe('50.0');
  });
});

describe('formatAge (how old a figure is on the reader’s clock)', () => {
  // Noon local time, so the reader's calendar day is unambiguous in any time zone the tests run in.
  const now = new Date(2026, 11, 12, 12); // 12 Dec 2026
  it('says days, then months, then years, through Intl.RelativeTimeFormat', () => {
    expect(formatAge('2026-12-12', now, 'en')).toBe('today');
    expect(formatAge('2026-12-11', now, 'en')).toBe('yesterday');
    expect(formatAge('2026-12-02', now, 'en')).toBe('10 days ago');
    expect(formatAge('2026-06-12', now, 'en')).toBe('6 months ago');
    expect(formatAge('2026-06-12', now, 'zh-TW')).toBe('6 個月前');
    expect(formatAge('2024-06-12', now, 'en')).toBe('2 years ago');
    expect(formatAge('2026-12-20', now, 'en')).toBe('in 8 days');
  });
  it('reads a month as its middle', () => {
    expect(ageInDays('2026-07', now)).toBe(ageInDays('2026-07-15', now));
    expect(formatAge('2026-07', now, 'en')).toBe('5 months ago');
  });
});
