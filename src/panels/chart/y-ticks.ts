/**
 * Round steps for a value axis that starts at zero: 0, step, 2·step … up to the first tick at or above
 * the data's maximum, the step a 1, 2, 2.5, 3 or 5 times a power of ten, three to six steps, the top as
 * low as possible (then the fewest steps). Recharts' own ticks for [0, 'auto'] keep odd steps
 * (0 / 650 / 1,300 / 1,950 / 2,600 when zoomed in); its `snap125` mode rounds the top up as far as 2×.
 * Plain logic, no React.
 */
const MANTISSAS = [1, 2, 2.5, 3, 5] as const;
const MIN_STEPS = 3;
const MAX_STEPS = 6;

const clean = (v: number) => Number(v.toPrecision(12));

/** The ticks of a zero-based axis covering `max` (> 0); null for no positive finite maximum. */
export function niceYTicks(max: number): number[] | null {
  if (!(max > 0) || !Number.isFinite(max)) return null;
  let best: { step: number; n: number; top: number } | null = null;
  const e0 = Math.floor(Math.log10(max / MAX_STEPS));
  for (let e = e0 - 1; e <= e0 + 2; e++) {
    for (const m of MANTISSAS) {
      const step = clean(m * 10 ** e);
      const n = Math.ceil(clean(max / step));
      if (n < MIN_STEPS || n > MAX_STEPS) continue;
      const top = clean(n * step);
      if (!best || top < best.top || (top === best.top && n < best.n)) best = { step, n, top };
    }
  }
  if (!best) return null;
  const { step, n } = best;
  return Array.from({ length: n + 1 }, (_, i) => clean(i * step));
}

/** The largest finite value in chart rows (numbers and [low, high] pairs; `year` is not a value). */
export function rowsMax(rows: readonly Readonly<Record<string, unknown>>[], extra: readonly number[] = []) {
  let max = Number.NEGATIVE_INFINITY;
  let min = Number.POSITIVE_INFINITY;
  const see = (v: unknown) => {
    if (typeof v === 'number' && Number.isFinite(v)) {
      if (v > max) max = v;
      if (v < min) min = v;
    }
  };
  for (const r of rows)
    for (const [k, v] of Object.entries(r)) {
      if (k === 'year') continue;
      if (Array.isArray(v)) for (const x of v) see(x);
      else see(v);
    }
  for (const v of extra) see(v);
  return { min, max };
}
