/**
 * Figures the gauge reads from the fixtures' company and market rows: the big four's capex (their own
 * figures or the press tally), how far they revised it, the global capex path, filed server lives, SPV
 * debt over bonds and NVIDIA's drawdown. Pure: no React, no store.
 */
import { LAST_DATA_YEAR, pct, type ReadingKind } from './raw-value';
import type { Scenario } from './scenario';
import {
  type DatasetMap,
  findSeries,
  observationInYear,
  periodYear,
  sumInYear,
  usableInGauge,
  valueInYear,
} from './series';
import { type Dataset, type Kind, weakestKind } from './types';

/**
 * The big four hyperscalers whose capex the gauge sums: the `hyperscaler-capex` series of these ids, all
 * on one basis (calendar years, including finance leases where the company reports them). Microsoft's
 * fiscal-year series (`microsoft-fy`) and Oracle are shown, never summed.
 */
export const BIG_FOUR = ['alphabet', 'amazon', 'meta', 'microsoft'] as const;
/** BofA's five hyperscalers (the big four and Oracle): the universe of both sides of SPV debt / bonds. */
export const BIG_FIVE: readonly string[] = [...BIG_FOUR, 'oracle'];

/** Global AI capex, USD bn: the article's 2025 figure, then the scenario's growth rate from 2026. */
export function capexPath(
  datasets: DatasetMap,
  scenario: Scenario,
  years: readonly number[],
): Array<{
  year: number;
  value: number;
  kind: ReadingKind;
}> {
  const base = valueInYear(datasets.capex, 'article-path', LAST_DATA_YEAR);
  if (base === null) return [];
  const g = scenario.growth / 100;
  return years
    .filter((y) => y >= LAST_DATA_YEAR)
    .map((year) => ({
      year,
      value: base * (1 + g) ** (year - LAST_DATA_YEAR),
      kind: year === LAST_DATA_YEAR ? 'estimate' : 'projection',
    }));
}

/** Mean server useful life in force in `year` across the companies in the depreciation fixture. */
export function filedUsefulLife(dataset: Dataset | undefined, year: number): number | null {
  if (!dataset) return null;
  const lives: number[] = [];
  for (const s of dataset.series) {
    if (!s.id.startsWith('life-')) continue;
    let latest: { y: number; v: number } | null = null;
    for (const o of s.observations) {
      const y = periodYear(o.period);
      if (y <= year && (latest === null || y > latest.y)) latest = { y, v: o.value };
    }
    if (latest) lives.push(latest.v);
  }
  if (lives.length === 0) return null;
  return lives.reduce((a, b) => a + b, 0) / lives.length;
}

export interface CapexTotal {
  value: number;
  /** The weakest kind among the figures (an aggregate is only as firm as its weakest part). */
  kind: Kind;
  /** Ids of the series behind it (`dataset/series`). */
  series: string[];
  /**
   * `companies`: the sum of the four companies' own figures; `press`: a verified press tally of the four
   * (used only where the companies' figures cannot be summed on one basis).
   */
  basis: 'companies' | 'press';
  /** A press tally's source (its fixture row's `sourceId`). */
  sourceId?: string;
}

/** Big-four capex in a year (USD bn): the sum of the four companies' figures, null unless all four are usable. */
export function hyperscalerTotal(dataset: Dataset | undefined, year: number): CapexTotal | null {
  if (!dataset) return null;
  let value = 0;
  const kinds: Kind[] = [];
  for (const id of BIG_FOUR) {
    const o = observationInYear(findSeries(dataset, id), year);
    if (!o || !usableInGauge(o)) return null;
    value += o.value;
    kinds.push(o.kind);
  }
  return {
    value,
    kind: weakestKind(kinds) ?? 'estimate',
    series: BIG_FOUR.map((id) => `hyperscaler-capex/${id}`),
    basis: 'companies',
  };
}

/**
 * The big-four capex the gauge reads for a year (USD bn): the companies' own figures summed where all four
 * have a usable one on the common basis; else the press tally of the four (`capex › big-four-press`), if
 * a usable one exists. 2025: the companies ($413.2B). 2026: Bloomberg's verified ≈ $650B, since Microsoft's
 * calendar-2026 figure is only in secondary reports.
 */
export function bigFourCapex(d: DatasetMap, year: number): CapexTotal | null {
  const companies = hyperscalerTotal(d['hyperscaler-capex'], year);
  if (companies) return companies;
  const o = observationInYear(findSeries(d.capex, 'big-four-press'), year);
  if (!o || !usableInGauge(o)) return null;
  return {
    value: o.value,
    kind: o.kind,
    series: ['capex/big-four-press'],
    basis: 'press',
    sourceId: o.sourceId,
  };
}

/**
 * Why the four companies' figures for a year cannot be summed: the companies with no current figure for
 * it (`missing`: none, or only a superseded one) and those whose figure is only in secondary reports.
 */
export function bigFourGaps(
  dataset: Dataset | undefined,
  year: number,
): { missing: string[]; secondary: string[] } {
  const missing: string[] = [];
  const secondary: string[] = [];
  for (const id of BIG_FOUR) {
    const o = observationInYear(findSeries(dataset, id), year);
    if (!o || o.kind === 'superseded') missing.push(id);
    else if (!usableInGauge(o)) secondary.push(id);
  }
  return { missing, secondary };
}

/** Big-four hyperscaler capex in a year (USD bn), null unless all four companies report it. */
export function hyperscalerCapex(dataset: Dataset | undefined, year: number): number | null {
  return hyperscalerTotal(dataset, year)?.value ?? null;
}

/**
 * How far the big four raised their own figures for a year, in percent: each company's current figure
 * against its own first one (its oldest revision that is not the Street's expectation; an unrevised company
 * counts as unchanged). Only companies with a usable figure for the year count, on both sides. The Street's
 * expectations are never a revision: a company beating the Street has not revised anything. Null when no
 * company revised its figure.
 */
export function companyRevision(dataset: Dataset | undefined, year: number): number | null {
  return companyRevisionParts(dataset, year)?.value ?? null;
}

/** `companyRevision` with its parts: the sums of the current and first figures, and who revised. */
export function companyRevisionParts(
  dataset: Dataset | undefined,
  year: number,
): { value: number; now: number; first: number; companies: string[]; revisedBy: string[] } | null {
  let now = 0;
  let first = 0;
  const companies: string[] = [];
  const revisedBy: string[] = [];
  for (const id of BIG_FOUR) {
    const o = observationInYear(findSeries(dataset, id), year);
    if (!o || !usableInGauge(o)) continue;
    const own = o.revisions?.find((r) => !r.consensus);
    now += o.value;
    first += own?.value ?? o.value;
    companies.push(id);
    if (own) revisedBy.push(id);
  }
  if (revisedBy.length === 0 || first <= 0) return null;
  return { value: pct(now - first, first), now, first, companies, revisedBy };
}

/**
 * SPV and private-credit debt over bonds, one universe on both sides: BofA's five hyperscalers. The
 * numerator is the debt of the vehicles financing their data centres (the series' tenant, else its
 * entity, is one of the five: Hyperion for Meta, Vantage and Abilene for Oracle); the denominator is
 * BofA's count of the bonds the same five issued in the year (`bonds › bofa-total`, $121B for 2025).
 * xAI's GPU vehicle finances a company outside the five, so it is in neither.
 */
export function spvToBonds(
  d: DatasetMap,
  year: number,
): { value: number; spv: number; bonds: number; vehicles: string[] } | null {
  const vehicles: string[] = [];
  const spv = sumInYear(d.spv, year, (s) => {
    const forWhom = s.tenant ?? s.entity;
    const inside = forWhom !== undefined && BIG_FIVE.includes(forWhom);
    if (inside && s.observations.some((o) => periodYear(o.period) === year && usableInGauge(o)))
      vehicles.push(s.id);
    return inside;
  });
  const o = observationInYear(findSeries(d.bonds, 'bofa-total'), year);
  const bonds = o && usableInGauge(o) ? o.value : null;
  if (spv === null || bonds === null || bonds <= 0) return null;
  return { value: pct(spv, bonds), spv, bonds, vehicles };
}

/**
 * NVIDIA's latest drawdown in the fixtures (`valuation › nvidia-market-cap`), %: the latest usable value
 * against the highest before it. Null without two figures.
 */
export function fixtureDrawdown(
  d: DatasetMap,
): { value: number; peak: number; latest: number; peakPeriod: string; latestPeriod: string } | null {
  const obs = (findSeries(d.valuation, 'nvidia-market-cap')?.observations ?? []).filter(usableInGauge);
  const latest = obs[obs.length - 1];
  if (!latest || obs.length < 2) return null;
  let peak = obs[0];
  for (const o of obs) if (peak && o.value > peak.value) peak = o;
  if (!peak || peak.value <= 0) return null;
  return {
    value: 100 * (1 - latest.value / peak.value),
    peak: peak.value,
    latest: latest.value,
    peakPeriod: String(peak.period),
    latestPeriod: String(latest.period),
  };
}
