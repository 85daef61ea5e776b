/**
 * Figures the gauge reads from the lazily loaded dated (FRED) series: annual and period means, US GDP,
 * big-four capex as a share of it and the BBB spread. Pure: no React, no store.
 */
import { bigFourCapex } from './company-figures';
import type { FredSeriesId } from './ids';
import { LAST_DATA_YEAR, pct, type RawValue } from './raw-value';
import type { Scenario } from './scenario';
import type { DatasetMap } from './series';
import type { DatedSeries } from './types';

/** Lazily loaded dated (FRED) series the gauge reads: the daily BBB spread and quarterly GDP. */
export type DatedMap = Readonly<Partial<Record<FredSeriesId, DatedSeries>>>;
export const GAUGE_DATED: readonly FredSeriesId[] = ['BAMLC0A4CBBB', 'GDP'];

type AnnualMeans = ReadonlyMap<number, { readonly mean: number; readonly count: number }>;
/** Series are immutable once loaded: each one's annual means are computed once (the gauge, its
 * sensitivity ranking and the charts ask for them on every what-if step). */
const annualMeansCache = new WeakMap<DatedSeries, AnnualMeans>();
const NO_MEANS: AnnualMeans = new Map();

/** Mean of a dated series' values in each calendar year, with the number of values (missing days left out). */
export function annualMeans(series: DatedSeries | undefined): AnnualMeans {
  if (!series) return NO_MEANS;
  let cached = annualMeansCache.get(series);
  if (!cached) {
    cached = computeAnnualMeans(series);
    annualMeansCache.set(series, cached);
  }
  return cached;
}

function computeAnnualMeans(series: DatedSeries): AnnualMeans {
  const acc = new Map<number, { sum: number; count: number }>();
  for (const [date, value] of series.observations) {
    if (value === null || !Number.isFinite(value)) continue;
    const y = Number(date.slice(0, 4));
    const a = acc.get(y) ?? { sum: 0, count: 0 };
    a.sum += value;
    a.count++;
    acc.set(y, a);
  }
  const out = new Map<number, { mean: number; count: number }>();
  for (const [y, a] of acc) out.set(y, { mean: a.sum / a.count, count: a.count });
  return out;
}

/** Mean of a dated series' values between two years inclusive (every observed day, missing days left out). */
export function periodMean(series: DatedSeries | undefined, from: number, to: number): number | null {
  let sum = 0;
  let count = 0;
  for (const [date, value] of series?.observations ?? []) {
    const y = Number(date.slice(0, 4));
    if (y < from || y > to || value === null || !Number.isFinite(value)) continue;
    sum += value;
    count++;
  }
  return count > 0 ? sum / count : null;
}

/**
 * US nominal GDP in a year, USD bn: the mean of its four quarterly SAAR figures; after the last full year
 * of data, that year grown at the scenario's GDP growth (a stated input, never a guess from a partial year).
 */
export function usGdp(
  series: DatedSeries | undefined,
  scenario: Scenario,
  year: number,
): { value: number; projected: boolean } | null {
  const means = annualMeans(series);
  const full = [...means].filter(([, m]) => m.count === 4).map(([y]) => y);
  if (full.length === 0) return null;
  const own = means.get(year);
  if (own && own.count === 4) return { value: own.mean, projected: false };
  const last = Math.max(...full);
  if (year < last) return null;
  const base = means.get(last)?.mean ?? 0;
  return { value: base * (1 + scenario.gdp / 100) ** (year - last), projected: true };
}

/**
 * Big-four capex as a share of US GDP, %: the companies' figures where all four have one (2024–2026),
 * then the last of them grown at the scenario's capex growth. Global company capex over US GDP is a ratio,
 * not a GDP share (Epoch AI's ~0.8% for Q1 2026 uses a narrower, US-only definition and is not mixed in).
 */
export function capexToGdp(
  d: DatasetMap,
  dated: DatedMap,
  s: Scenario,
  year: number,
): (RawValue & { capex: number; gdp: number }) | null {
  let capex = bigFourCapex(d, year);
  let scenarioCapex = false;
  if (!capex) {
    let last: number | null = null;
    for (let y = year - 1; y >= year - 10; y--)
      if (bigFourCapex(d, y)) {
        last = y;
        break;
      }
    const base = last === null ? null : bigFourCapex(d, last);
    if (last === null || !base || year < last) return null;
    capex = { ...base, value: base.value * (1 + s.growth / 100) ** (year - last), kind: 'projection' };
    scenarioCapex = true;
  }
  const gdp = usGdp(dated.GDP, s, year);
  if (!gdp || gdp.value <= 0) return null;
  const future = year > LAST_DATA_YEAR || gdp.projected || scenarioCapex;
  return {
    value: pct(capex.value, gdp.value),
    kind: future ? 'projection' : 'estimate',
    ...(gdp.projected || scenarioCapex ? { basis: 'scenario' as const } : {}),
    capex: capex.value,
    gdp: gdp.value,
  };
}

/** BBB option-adjusted spread, bp: the year's mean of daily values (year to date for the last year of data). */
export function bbbSpread(dated: DatedMap, year: number): RawValue | null {
  const series = dated.BAMLC0A4CBBB;
  const m = annualMeans(series).get(year);
  if (!series || !m) return null;
  const partial = series.asOf.slice(0, 4) === String(year) && !series.asOf.endsWith('-12-31');
  return { value: m.mean * 100, kind: partial ? 'estimate' : 'reported' };
}
