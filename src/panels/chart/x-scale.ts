/**
 * The x axis of a linked chart, generic over its unit (a year, or a quarter). The plot is split into
 * equal slots, one per step, and a step is drawn in the middle of its slot: on a year chart the axis
 * runs from range[0] − 0.5 to range[1] + 0.5 (ticks at 1 January sit on the slot boundaries); on the
 * history's quarterly axis a quarter's slot is the quarter itself. Steps are integers: a year is itself,
 * a quarter is year × 4 + (quarter − 1). The shared hover is a *year* (the store's `hoverYear`); a chart
 * with a finer unit keeps its own step and shows another chart's year in the middle of that year.
 *
 * Pure: no React, no DOM. `plot-interaction.tsx` draws the crosshair and the drag from it.
 */
import type { YearRange } from '../../domain/ids';

export interface XUnit {
  readonly id: 'year' | 'quarter';
  /** Steps in a year. */
  readonly perYear: number;
  /** The step's label: `2025`, `2025-Q4`. */
  format(step: number): string;
}

export const YEARS: XUnit = { id: 'year', perYear: 1, format: (s) => String(s) };

export const QUARTERS: XUnit = {
  id: 'quarter',
  perYear: 4,
  format: (s) => `${Math.floor(s / 4)}-Q${(((s % 4) + 4) % 4) + 1}`,
};

/** The year a step falls in. */
export const yearOfStep = (unit: XUnit, step: number): number => Math.floor(step / unit.perYear);

/** `2025-Q4` → its step (2025 × 4 + 3), or null when it is not a quarter. */
export function quarterStep(q: string): number | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(q);
  return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : null;
}

export interface XScale {
  readonly unit: XUnit;
  /** The first and last step drawn: the plot holds to − from + 1 equal slots. */
  readonly from: number;
  readonly to: number;
  /** The steps the pointer and the keys can reach (within from–to): a history that ends mid-year. */
  readonly lo: number;
  readonly hi: number;
}

/** A scale over the steps from–to; the reachable steps are `reach` (clamped to from–to), all by default. */
export function xScale(unit: XUnit, from: number, to: number, reach?: [number, number]): XScale {
  const lo = reach ? Math.min(to, Math.max(from, reach[0])) : from;
  const hi = reach ? Math.max(lo, Math.min(to, reach[1])) : to;
  return { unit, from, to, lo, hi };
}

/** A year chart's scale: one slot per year of the range. */
export const yearScale = ([from, to]: YearRange): XScale => xScale(YEARS, from, to);

/**
 * The history's scale: the quarters of a decimal-year domain [first year's 1 January, the 1 January after
 * the last year], the pointer and keys reaching only the quarters that have data (`first`–`last`).
 */
export function quarterScale(domain: [number, number], first?: string, last?: string): XScale {
  const from = Math.round(domain[0] * 4);
  const to = Math.round(domain[1] * 4) - 1;
  const a = first === undefined ? null : quarterStep(first);
  const b = last === undefined ? null : quarterStep(last);
  return xScale(QUARTERS, from, to, [a ?? from, b ?? to]);
}

/** The width of one step's slot, in px, on a plot `width` px wide. */
export const slotWidth = (scale: XScale, width: number): number => width / (scale.to - scale.from + 1);

/**
 * x (px) of `step` on a plot starting at `box.x`: a whole step is the middle of its slot; step − 0.5 is the
 * slot's left boundary. Fractional steps are fine (a dated event, a year's middle on a quarterly axis).
 */
export function stepToPx(scale: XScale, box: { x: number; width: number }, step: number): number {
  return box.x + (step - scale.from + 0.5) * slotWidth(scale, box.width);
}

/** A step clamped to the reachable ones (NaN reads as the first). */
export function clampStep(scale: XScale, step: number): number {
  return Number.isNaN(step) ? scale.lo : Math.min(scale.hi, Math.max(scale.lo, step));
}

/** The step whose slot holds `fraction` of the plot (0 = left edge, 1 = right edge), clamped. */
export function stepAtFraction(scale: XScale, fraction: number): number {
  return clampStep(scale, Math.floor(scale.from + fraction * (scale.to - scale.from + 1)));
}

/** The step under `px` on a plot starting at `box.x`, clamped. */
export function stepAtPx(scale: XScale, box: { x: number; width: number }, px: number): number {
  return stepAtFraction(scale, box.width > 0 ? (px - box.x) / box.width : 0);
}

/**
 * Where the crosshair goes and what it reads, from the shared hovered year and this chart's own hovered
 * step: the own step when it is in that year (the history's `2025-Q4`), else the middle of the year,
 * labelled with the year (another chart hovers it). Null when nothing is hovered or it is off the plot.
 */
export function hoverMark(
  scale: XScale,
  year: number | null,
  own: number | null,
): { step: number; label: string } | null {
  if (year === null) return null;
  const { unit } = scale;
  const mark =
    own !== null && yearOfStep(unit, own) === year
      ? { step: own, label: unit.format(own) }
      : { step: year * unit.perYear + (unit.perYear - 1) / 2, label: String(year) };
  return mark.step < scale.from || mark.step > scale.to ? null : mark;
}

/**
 * The step the keys move from: the own step when it is in the hovered year, else the hovered year's
 * first step (the year itself on a year chart), or null when nothing is hovered.
 */
export function currentStep(scale: XScale, year: number | null, own: number | null): number | null {
  if (year === null) return null;
  return own !== null && yearOfStep(scale.unit, own) === year ? own : year * scale.unit.perYear;
}

/**
 * The keys of a focused chart (a slider over its steps): → from nothing goes to the first step, ← to the
 * last; Home and End go to the ends; Escape clears a hover. `undefined`: the key is not the chart's.
 */
export function keyStep(scale: XScale, current: number | null, key: string): number | null | undefined {
  const { lo, hi } = scale;
  if (key === 'ArrowRight') return current === null ? lo : Math.min(hi, current + 1);
  if (key === 'ArrowLeft') return current === null ? hi : Math.max(lo, current - 1);
  if (key === 'Home') return lo;
  if (key === 'End') return hi;
  if (key === 'Escape' && current !== null) return null;
  return undefined;
}

/**
 * The years a drag from step `a` to step `b` selects (the shared range is in years), or null when it
 * stays inside one year.
 */
export function dragYears(scale: XScale, a: number, b: number): YearRange | null {
  const ya = yearOfStep(scale.unit, a);
  const yb = yearOfStep(scale.unit, b);
  return ya === yb ? null : [Math.min(ya, yb), Math.max(ya, yb)];
}

/**
 * The shaded span of a drag, in steps from the left boundary of its first year's first slot to the right
 * boundary of its last year's last slot (what the range will show), clipped to the plot; null when the
 * drag selects nothing.
 */
export function dragSpan(scale: XScale, a: number, b: number): [number, number] | null {
  const years = dragYears(scale, a, b);
  if (!years) return null;
  const p = scale.unit.perYear;
  return [Math.max(scale.from - 0.5, years[0] * p - 0.5), Math.min(scale.to + 0.5, (years[1] + 1) * p - 0.5)];
}
