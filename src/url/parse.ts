/**
 * Readers of single parameter values, for the rows of the parameter table (params.ts). Pure.
 * Each reader says valid (with the value) or invalid (with a reason, a message key suffix
 * `url.reason.<reason>`, and its placeholders); never throws.
 */

import { isSlideId, RANGE_MIN, type SlideId, YEAR_MAX, YEAR_MIN, type YearRange } from '../domain/ids';
import { MAX_WEIGHT } from '../domain/pressure';
import { normaliseScenarioValue, SCENARIO_SPECS, type ScenarioKey } from '../domain/scenario';
import { LANGS, type Lang } from '../i18n/lang';

export type ReasonDetail = Readonly<Record<string, string | number>>;

/**
 * A value read from the URL. A valid value may carry a `note`: part of the raw value was left out
 * (e.g. the unknown ids of a `panels` list), reported without falling back to the default.
 */
export type Parsed<T, R extends string = string> =
  | { status: 'valid'; value: T; note?: { reason: R; value: string } }
  | { status: 'invalid'; reason: R; detail?: ReasonDetail };

export const valid = <T>(value: T): { status: 'valid'; value: T } => ({ status: 'valid', value });
export const invalid = <R extends string>(
  reason: R,
  detail?: ReasonDetail,
): { status: 'invalid'; reason: R; detail?: ReasonDetail } =>
  detail ? { status: 'invalid', reason, detail } : { status: 'invalid', reason };

export const isInt = (s: string) => /^-?\d{1,6}$/.test(s);
/** A plain decimal number: no exponent, hex, Infinity or NaN. */
export const isDecimal = (s: string) => /^-?\d{1,6}(\.\d{1,6})?$/.test(s);

export function parseRange(raw: string): Parsed<YearRange, 'range-format' | 'range-reversed' | 'range-span'> {
  // Read leniently: an en or em dash, a minus sign or spaces around the dash mean the same range.
  const m = /^(\d{4})(?:\s*[-\u2010-\u2015\u2212]\s*(\d{4}))?$/.exec(raw.trim());
  if (!m) return invalid('range-format', { min: YEAR_MIN, max: YEAR_MAX });
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from > to) return invalid('range-reversed', { from, to });
  if (from < RANGE_MIN || to > YEAR_MAX) return invalid('range-span', { min: RANGE_MIN, max: YEAR_MAX });
  return valid([from, to] as const);
}

/** Known slide ids in order, without repeats; `dropped` lists the unknown ones. */
export function parsePanels(raw: string): Parsed<SlideId[], 'panels-none'> & { dropped?: string[] } {
  const parts = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const ids: SlideId[] = [];
  const dropped: string[] = [];
  for (const part of parts) {
    const p = part.toLowerCase();
    if (isSlideId(p)) {
      if (!ids.includes(p)) ids.push(p);
    } else dropped.push(p);
  }
  if (ids.length === 0) return invalid('panels-none');
  return dropped.length > 0 ? { status: 'valid', value: ids, dropped } : valid(ids);
}

/** One of `values`, ignoring case and surrounding spaces (`theme=Dark`). */
export function parseEnum<T extends string>(values: readonly T[], raw: string): Parsed<T, 'enum'> {
  const wanted = raw.trim().toLowerCase();
  const hit = values.find((v) => v.toLowerCase() === wanted);
  return hit !== undefined ? valid(hit) : invalid('enum', { values: values.join(', ') });
}

/** A language tag read leniently where it is unambiguous: `zh-tw`, `zh_TW`, `zh-Hant`, `zh-HK`, `en-GB`. */
export function parseLang(raw: string): Parsed<Lang, 'enum'> {
  const tag = raw.trim().toLowerCase().replace(/_/g, '-');
  if (tag === 'en' || tag.startsWith('en-')) return valid('en');
  if (/^zh-(tw|hk|mo|hant)(-|$)/.test(tag)) return valid('zh-TW');
  return invalid('enum', { values: LANGS.join(', ') });
}

/** An id read leniently (case and surrounding spaces ignored: `issuer=Meta`); empty means none. */
export function parseId<T extends string, R extends string>(
  isId: (s: string) => s is T,
  unknown: R,
  raw: string,
): Parsed<T | null, R> {
  if (raw === '') return valid(null);
  const id = raw.trim().toLowerCase();
  return isId(id) ? valid(id) : invalid(unknown);
}

export function parseWeight(raw: string): Parsed<number, 'weight-number' | 'weight-negative' | 'weight-max'> {
  if (!isDecimal(raw)) return invalid('weight-number');
  const n = Number(raw);
  if (n < 0) return invalid('weight-negative');
  if (n > MAX_WEIGHT) return invalid('weight-max', { max: MAX_WEIGHT });
  return valid(n);
}

/** A scenario input within its slider's span, snapped to its step. */
export function parseScenarioValue(
  key: ScenarioKey,
  raw: string,
): Parsed<number, 'scenario-number' | 'scenario-range'> {
  const spec = SCENARIO_SPECS[key];
  if (!isDecimal(raw)) return invalid('scenario-number');
  const n = Number(raw);
  if (n < spec.min || n > spec.max) return invalid('scenario-range', { min: spec.min, max: spec.max });
  const v = normaliseScenarioValue(key, n);
  return v === null ? invalid('scenario-number') : valid(v);
}
