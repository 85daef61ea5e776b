/** Unit spellings an analyst's file may use, mapped to the app's unit ids. Anything else is free text. */
import type { Unit } from '../../domain/types';

const SPELLINGS: Readonly<Record<string, Unit>> = {
  'usd-bn': 'usd-bn',
  'usd bn': 'usd-bn',
  usdbn: 'usd-bn',
  $bn: 'usd-bn',
  '$ bn': 'usd-bn',
  'us$ bn': 'usd-bn',
  us$bn: 'usd-bn',
  'usd billion': 'usd-bn',
  'usd billions': 'usd-bn',
  'bn usd': 'usd-bn',
  '%': 'pct',
  pct: 'pct',
  percent: 'pct',
  'per cent': 'pct',
  years: 'years',
  yrs: 'years',
  year: 'year',
  ratio: 'ratio',
  x: 'ratio',
  bp: 'bp',
  bps: 'bp',
  'basis points': 'bp',
};

/** The unit id for a spelling (`USD bn`, `$bn`, `usd-bn`, `%`, `percent`, `years`…), or null for free text. */
export function parseUnit(text: string): Unit | null {
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return SPELLINGS[key] ?? null;
}

/** The key two unit cells are compared by: the unit id when known, else the trimmed, lower-cased text. */
export function unitKey(text: string): string {
  return parseUnit(text) ?? text.trim().toLowerCase().replace(/\s+/g, ' ');
}
