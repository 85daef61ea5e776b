/**
 * The precision a downloaded figure is written with: the precision of its source, never the float
 * noise of the arithmetic that made it (`735.41844`, `53.5999777066`).
 *
 * - A fixture figure keeps the digits its fixture has (it is written as stored).
 * - A sum takes the most decimals of its parts (`sumDecimals`): it never shows a digit its parts lack.
 * - A mean of a series, or a path grown from a figure, takes the decimals of what it is made from plus
 *   one (`derivedDecimals`): the yearly mean of a whole-basis-point daily spread reads 102.3 bp.
 * - The composite, its points and other index readings: one decimal (`INDEX_DECIMALS`); scores on 0–1:
 *   two (`SCORE_DECIMALS`); a gauge metric (a ratio the model computes): one (`METRIC_DECIMALS`), as the
 *   gauge shows them.
 * - A figure a chart computes without saying its precision (scenario paths, cumulated paths, straight-
 *   line ranges, sums of a panel's fixture figures) gets the most decimals of the panel's fixture figures
 *   in its unit, and at least one (`computedDecimals`). That bound is never below the decimals of any
 *   sum of those figures, so a sum is written exactly; a path or mean made from whole numbers gets one.
 *
 * Pure: no React, no DOM.
 */
import type { Dataset, Unit } from '../types';

/** Composite, contributions (points) and index readings. */
export const INDEX_DECIMALS = 1;
/** Scores on 0–1 (a metric's, a component's). */
export const SCORE_DECIMALS = 2;
/** A gauge metric's raw value (a ratio, growth rate or mean the model computes). */
export const METRIC_DECIMALS = 1;

/**
 * How many decimals `x` is written with in its shortest exact form: 405 → 0, 37.75 → 2, 1e-7 → 7.
 * Non-finite numbers have none.
 */
export function decimalsOf(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const [mantissa = '0', exponent = '0'] = Math.abs(x).toExponential().split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * `x` rounded to `decimals` places, halves away from zero, in decimal (1.005 → 1.01, which binary
 * arithmetic would make 1.00). A number already that short is returned as it is.
 */
export function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const d = Math.max(0, Math.floor(decimals));
  if (decimalsOf(x) <= d) return x;
  const [mantissa = '0', exponent = '0'] = Math.abs(x).toExponential().split('e');
  // Shift the decimal point in the digits themselves (no multiplication, so no new binary error).
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + d}`));
  const rounded = Number(`${shifted}e-${d}`);
  // -0 reads as 0.
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

/** A sum's decimals: the most its parts have. */
export function sumDecimals(parts: readonly number[]): number {
  return parts.reduce((d, p) => Math.max(d, decimalsOf(p)), 0);
}

/** The sum of fixture figures, written with no more decimals than its parts (no float noise). */
export function sumOf(parts: readonly number[]): number {
  return roundTo(
    parts.reduce((a, b) => a + b, 0),
    sumDecimals(parts),
  );
}

/** A mean of a series, or a path grown from a figure: one decimal more than what it is made from. */
export function derivedDecimals(from: number): number {
  return from + 1;
}

/** A figure's decimals after scaling by `factor` (a power of ten: percent to basis points is 100). */
export function scaledDecimals(decimals: number, factor: number): number {
  return Math.max(0, decimals - Math.round(Math.log10(factor)));
}

/** The most decimals any fixture figure (value, low, high) of `unit` has in these datasets; null if none. */
export function unitDecimals(datasets: readonly Dataset[], unit: string): number | null {
  let most: number | null = null;
  for (const d of datasets)
    for (const s of d.series)
      for (const o of s.observations) {
        if (o.unit !== unit) continue;
        for (const v of [o.value, o.low, o.high])
          if (v !== undefined) most = Math.max(most ?? 0, decimalsOf(v));
      }
  return most;
}

/**
 * The decimals of a figure a chart computed and did not say the precision of: one for points (the
 * composite and its contributions); otherwise the most decimals of the panel's fixture figures in its
 * unit, at least one.
 */
export function computedDecimals(unit: Unit | 'points', datasets: readonly Dataset[]): number {
  if (unit === 'points') return INDEX_DECIMALS;
  return Math.max(1, unitDecimals(datasets, unit) ?? 0);
}

/** The parts of a figure that precision applies to (a plotted figure is one, plotted.ts). */
export interface PrecisionFigure {
  /** The plotted value; for a band, the low and high instead. */
  value: number | null;
  low?: number | undefined;
  high?: number | undefined;
  unit: Unit | 'points';
  /** reported, estimate, projection, superseded, interpolated, scenario, computed. */
  kind: string;
  /** The fixture source of the figure; none for figures the app computes (scenario paths, sums). */
  sourceId?: string | undefined;
  /**
   * Decimals to write the figure with, where its maker knows them; otherwise a computed figure gets the
   * panel's rule and a fixture figure its fixture's digits.
   */
  decimals?: number | undefined;
}

/** Whether a figure is the app's own arithmetic (no fixture source of its own). */
export function isComputed(f: Pick<PrecisionFigure, 'kind' | 'sourceId'>): boolean {
  return !f.sourceId || f.kind === 'scenario' || f.kind === 'computed';
}

/**
 * Figures with their precision applied: a figure that says its decimals is rounded to them; a computed
 * figure that does not gets `computedDecimals`; a fixture figure is left as its fixture has it.
 */
export function withPrecision<F extends PrecisionFigure>(
  figures: readonly F[],
  datasets: readonly Dataset[],
): F[] {
  const byUnit = new Map<string, number>();
  const decimalsFor = (f: F): number | undefined => {
    if (f.decimals !== undefined) return f.decimals;
    if (!isComputed(f)) return undefined;
    let d = byUnit.get(f.unit);
    if (d === undefined) {
      d = computedDecimals(f.unit, datasets);
      byUnit.set(f.unit, d);
    }
    return d;
  };
  return figures.map((f) => {
    const d = decimalsFor(f);
    if (d === undefined) return f;
    const r = (v: number | undefined) => (v === undefined ? undefined : roundTo(v, d));
    return {
      ...f,
      value: f.value === null ? null : roundTo(f.value, d),
      low: r(f.low),
      high: r(f.high),
      decimals: d,
    };
  });
}
