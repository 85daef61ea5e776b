/** Number and date formatting, only through Intl. Money is stored in USD billions. */
import type { Unit } from './types';

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

const dateCache = new Map<string, Intl.DateTimeFormat>();
/** Formatters are costly to build: one per locale and options (a what-if step formats many dates). */
function dtf(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dateCache.set(key, f);
  }
  return f;
}

/**
 * Money in USD billions, compact: "$405B", "$5.2T" in English; "4,050億美元", "5.2兆美元" in zh-TW
 * (Intl's compact currency there reads "US$4050億", which is not how Taiwanese finance writes it).
 */
export function formatUsdBn(valueBn: number, locale: string, digits = 1): string {
  if (locale.startsWith('zh')) {
    return `${nf(locale, { notation: 'compact', maximumFractionDigits: digits, useGrouping: 'always' }).format(valueBn * 1e9)}美元`;
  }
  return nf(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(valueBn * 1e9);
}

export function formatNumber(value: number, locale: string, digits = 1): string {
  return nf(locale, { maximumFractionDigits: digits }).format(value);
}

export function formatPercent(valuePct: number, locale: string, digits = 1): string {
  return nf(locale, { style: 'percent', maximumFractionDigits: digits }).format(valuePct / 100);
}

/** Format a value in its unit. `years` and `year` get a unit word from the caller's catalogue. */
export function formatValue(value: number, unit: Unit, locale: string, yearsWord: string): string {
  switch (unit) {
    case 'usd-bn':
      return formatUsdBn(value, locale);
    case 'pct':
      return formatPercent(value, locale);
    case 'years':
      return `${formatNumber(value, locale)} ${yearsWord}`;
    case 'year':
      return String(Math.round(value));
    case 'ratio':
      return `${formatNumber(value, locale)}×`;
    case 'bp':
      // Chinese text says 基點 (as the credit chart's labels do), not "bp".
      return `${formatNumber(value, locale, 0)} ${locale.startsWith('zh') ? '基點' : 'bp'}`;
    case 'index':
      return formatNumber(value, locale);
  }
}

/** An ISO date or month as a localised date, e.g. "29 Oct 2025" / "2025年10月29日". */
export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions =
    d === undefined
      ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return dtf(locale, opts).format(date);
}

const rtfCache = new Map<string, Intl.RelativeTimeFormat>();
const DAY = 86_400_000;

/** Milliseconds (UTC) of an ISO date or month; a month counts from its 15th (its middle). */
export function isoTime(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 15);
}

/** Whole days from an ISO date (or month) to `now`, in the reader's calendar; negative if in the future. */
export function ageInDays(iso: string, now: Date): number {
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((today - isoTime(iso)) / DAY);
}

/**
 * How long ago an ISO date (or month) was, relative to `now` (the reader's clock), through
 * Intl.RelativeTimeFormat: "today", "3 days ago", "6 months ago", "2 years ago" / "6 個月前". Days up to
 * a month, months up to two years, then years.
 */
export function formatAge(iso: string, now: Date, locale: string): string {
  let rtf = rtfCache.get(locale);
  if (!rtf) {
    rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    rtfCache.set(locale, rtf);
  }
  const days = ageInDays(iso, now);
  const abs = Math.abs(days);
  const sign = days >= 0 ? -1 : 1;
  if (abs < 31) return rtf.format(sign * abs, 'day');
  const months = Math.round(abs / 30.4375);
  if (months < 24) return rtf.format(sign * months, 'month');
  return rtf.format(sign * Math.round(abs / 365.25), 'year');
}

/** Gauge points and composite scores: always exactly one decimal ("50.0", "8.2"). */
export function formatPoints(value: number, locale: string): string {
  return nf(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
