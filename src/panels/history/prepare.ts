/**
 * The history panel's drawing, pure: history v2's quarters on a decimal-year axis (a quarter is the
 * quarter-long step from its first day), the years shown, year ticks at 1 January, recession spans to the
 * month, bust marks, step paths with gaps for unscored quarters, labels placed so that none overlap, and
 * the figures its CSV carries. No React.
 */
import type { IndexId, V2ComponentId } from '../../domain/backtest/method';
import { type Quarter, quarterX } from '../../domain/dated';
import type { PlottedFigure } from '../../domain/export/plotted';
import type { YearRange } from '../../domain/ids';
import type { BustMark, QuarterView } from './backtest-view';

/** A quarter's step starts here (its first day) and ends a quarter later. */
export const quarterStart = (q: Quarter): number => quarterX(q) - 0.125;

/**
 * The years the panel shows, as [first year's 1 January, the year after the last] on the decimal-year axis:
 * all of its history while the shared range is the default one; otherwise the shared range itself, as every
 * time chart shows it, unless it holds none of the history's years.
 */
export function historyDomain(
  span: [Quarter, Quarter],
  range: YearRange,
  defaultRange: YearRange,
): [number, number] {
  const from = Number(span[0].slice(0, 4));
  const to = Number(span[1].slice(0, 4));
  const isDefault = range[0] === defaultRange[0] && range[1] === defaultRange[1];
  if (isDefault || range[0] > to || range[1] < from) return [from, to + 1];
  return [Math.max(from, range[0]), range[1] + 1];
}

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/**
 * Year ticks at 1 January, at round years, at least `minGap` px apart on a plot `width` px wide: every year
 * on a few years, every 10 or 20 on a century.
 */
export function yearTicks([from, to]: [number, number], width: number, minGap = 56): number[] {
  const span = Math.max(1e-9, to - from);
  const step = STEPS.find((s) => (width * s) / span >= minGap) ?? 100;
  const out: number[] = [];
  // The domain's end is the 1 January after its last year: it closes the axis and is not labelled.
  for (let y = Math.ceil(from / step) * step; y < to; y += step) out.push(y);
  return out;
}

/** `YYYY-MM` → the month's first day (or, with `end`, the next month's first day) on the decimal-year axis. */
export function monthX(month: string, end = false): number {
  const [y, m] = month.split('-').map(Number);
  return (y ?? 0) + ((m ?? 1) - (end ? 0 : 1)) / 12;
}

/** A linear scale from the decimal-year domain to pixels. */
export function xScale([from, to]: [number, number], left: number, width: number): (x: number) => number {
  const k = width / Math.max(1e-9, to - from);
  return (x) => left + (x - from) * k;
}

/**
 * An SVG path of an index (or a component, × 100) as quarterly steps: flat across each quarter, vertical
 * between consecutive quarters, a gap where a quarter has no reading. Only quarters overlapping the domain.
 */
export function stepPath(
  quarters: readonly QuarterView[],
  value: (q: QuarterView) => number | null,
  domain: [number, number],
  x: (v: number) => number,
  y: (v: number) => number,
): string {
  const out: string[] = [];
  let open = false;
  for (const q of quarters) {
    const a = quarterStart(q.quarter);
    const b = a + 0.25;
    const v = b <= domain[0] || a >= domain[1] ? null : value(q);
    if (v === null || !Number.isFinite(v)) {
      open = false;
      continue;
    }
    const x0 = x(Math.max(a, domain[0])).toFixed(1);
    const x1 = x(Math.min(b, domain[1])).toFixed(1);
    const yy = y(v).toFixed(1);
    out.push(open ? `V${yy}H${x1}` : `M${x0} ${yy}H${x1}`);
    open = true;
  }
  return out.join('');
}

/** The quarter's row, if the history has it. */
export function readingAt(quarters: readonly QuarterView[], quarter: Quarter | null): QuarterView | null {
  if (quarter === null) return null;
  const first = quarters[0];
  if (!first) return null;
  // Quarters are consecutive: index by distance from the first.
  const i = Math.round((quarterX(quarter) - quarterX(first.quarter)) * 4);
  const r = quarters[i];
  return r && r.quarter === quarter ? r : (quarters.find((q) => q.quarter === quarter) ?? null);
}

/** For a year another chart hovers: the last quarter of that year with a reading of either index. */
export function readingForYear(quarters: readonly QuarterView[], year: number): QuarterView | null {
  let found: QuarterView | null = null;
  for (const r of quarters)
    if (r.quarter.startsWith(`${year}-`) && (r.buildup !== null || r.stress !== null)) found = r;
  return found;
}

/** The episode's largest fall (the market and %) and the year of its last trough. */
export function bustSummary(b: BustMark): { market: 'spx' | 'nasdaq'; fallPct: number; troughYear: string } {
  let best = b.peaks[0] ?? { market: 'spx' as const, fallPct: 0, trough: b.to, peak: b.from };
  for (const p of b.peaks) if (p.fallPct > best.fallPct) best = p;
  return { market: best.market, fallPct: best.fallPct, troughYear: best.trough.slice(0, 4) };
}

export interface LabelItem {
  id: string;
  /** Pixel position of the thing labelled; the label starts just right of it. */
  x: number;
  /** Texts from the longest to the shortest. */
  variants: readonly string[];
}

export interface PlacedLabel {
  id: string;
  text: string;
  row: number;
  left: number;
  width: number;
}

/**
 * Places labels in rows so that none overlap: each starts `pad` px right of its mark (or ends at the plot's
 * right edge when it would run past it) or, failing that, ends `pad` px left of it, in the first row where
 * it keeps `gap` px from its neighbours (with `leaders`, also clear of the lines from the labels of higher
 * rows down to their marks). The
 * longest variants that all fit in `rows` rows are used (one level for all, so labels read alike); when
 * even the shortest do not all fit, those that do not are left out (`dropped`) rather than overlapped.
 */
export function layoutLabels(
  items: readonly LabelItem[],
  measure: (text: string) => number,
  opts: { left: number; right: number; rows: number; gap?: number; pad?: number; leaders?: boolean },
): { placed: PlacedLabel[]; dropped: string[] } {
  const gap = opts.gap ?? 6;
  const pad = opts.pad ?? 3;
  const leaders = opts.leaders ?? false;
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const levels = Math.max(1, ...sorted.map((i) => i.variants.length));
  const attempt = (level: number, drop: boolean) => {
    const rows: Array<Array<[number, number]>> = Array.from({ length: opts.rows }, () => []);
    // With leaders, a label in row r has a line from its mark down through rows r − 1 … 0 to the plot.
    const lines: Array<{ x: number; row: number }> = [];
    const placed: PlacedLabel[] = [];
    const dropped: string[] = [];
    const free = (row: number, left: number, right: number, x: number) =>
      (rows[row] ?? []).every(([a, b]) => right + gap <= a || left >= b + gap) &&
      (!leaders ||
        (lines.every((l) => l.row <= row || l.x < left - gap / 2 || l.x > right + gap / 2) &&
          rows.slice(0, row).every((r) => r.every(([a, b]) => x < a - gap / 2 || x > b + gap / 2))));
    for (const [k, item] of sorted.entries()) {
      const text = item.variants[Math.min(level, item.variants.length - 1)] ?? '';
      const width = measure(text);
      // Right of the mark (ending at the plot's edge if it would run past it), else left of it; left first
      // when the right-hand place would cover the next mark (whose label or leader then has no room).
      const sides = [
        Math.max(opts.left, Math.min(item.x + pad, opts.right - width)),
        Math.min(opts.right - width, Math.max(opts.left, item.x - pad - width)),
      ];
      const next = sorted[k + 1]?.x;
      if (next !== undefined && (sides[0] ?? 0) + width + gap > next) sides.reverse();
      let row = -1;
      let left = 0;
      for (let i = 0; i < rows.length && row < 0; i++) {
        for (const l of sides) {
          if (free(i, l, l + width, item.x)) {
            row = i;
            left = l;
            break;
          }
        }
      }
      const right = left + width;
      if (row < 0 || width > opts.right - opts.left) {
        if (!drop) return null;
        dropped.push(item.id);
        continue;
      }
      rows[row]?.push([left, right]);
      if (row > 0) lines.push({ x: item.x, row });
      placed.push({ id: item.id, text, row, left, width });
    }
    return { placed, dropped };
  };
  for (let level = 0; level < levels; level++) {
    const r = attempt(level, false);
    if (r) return r;
  }
  return attempt(levels - 1, true) ?? { placed: [], dropped: sorted.map((i) => i.id) };
}

/** The components of each index, in the method's order (for the readout and the CSV). */
export type IndexComponents = Readonly<Record<IndexId, readonly V2ComponentId[]>>;

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The panel's CSV: each quarter in the shown years with both indices (one decimal, as drawn) and each
 * component's score on the same 0–100 scale, named as the legend names them (with the method version).
 */
export function historyFigures(
  quarters: readonly QuarterView[],
  domain: [number, number],
  names: { index: (i: IndexId) => string; component: (c: V2ComponentId) => string },
  components: IndexComponents,
): PlottedFigure[] {
  const out: PlottedFigure[] = [];
  const shown = quarters.filter(
    (q) => quarterStart(q.quarter) >= domain[0] && quarterStart(q.quarter) < domain[1],
  );
  for (const idx of ['buildup', 'stress'] as const) {
    for (const q of shown) {
      const v = q[idx];
      if (v !== null)
        out.push({
          period: q.quarter,
          series: names.index(idx),
          value: round1(v),
          unit: 'points',
          kind: 'computed',
        });
    }
    for (const c of components[idx]) {
      for (const q of shown) {
        const s = q.components[c];
        if (s !== null)
          out.push({
            period: q.quarter,
            series: names.component(c),
            value: round1(100 * s),
            unit: 'points',
            kind: 'computed',
          });
      }
    }
  }
  return out;
}
