/**
 * Reading a daily series by the day (issue 23): when a chart with a dense series (the daily spread) shows
 * a few years or fewer, the pointer over the plot finds the day under it and a small label at that day
 * reads its date and value ("Mar 23, 2020: 401 bp"). The year readout and the shared crosshair stay as
 * they are. Moved outside React rendering, like the crosshair; nothing is drawn in the SVG.
 */
import { useEffect, useRef } from 'react';
import { formatDate } from '../../domain/format';
import type { YearRange } from '../../domain/ids';
import type { PlotBox } from './plot-interaction';

/** Charts showing this many years or fewer read a daily series by the day. */
export const DAY_YEARS = 5;

type DensePoints = (
  from: number,
  to: number,
  target: number,
) => ReadonlyArray<{ x: number; y: number | null }>;

/** The day (YYYY-MM-DD, UTC) at a year-axis position (a year's slot runs from year − 0.5 to year + 0.5). */
export function dayAtX(x: number): string {
  const year = Math.round(x);
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const t = start + (x - (year - 0.5)) * (end - start);
  return new Date(Math.min(end - 1, Math.max(start, t))).toISOString().slice(0, 10);
}

/** The point of `lines` nearest to `x` within `reach` (year-axis units), or null. */
export function nearestPoint(
  lines: readonly DensePoints[],
  x: number,
  reach: number,
): { x: number; y: number } | null {
  let best: { x: number; y: number } | null = null;
  for (const points of lines)
    for (const p of points(x - reach, x + reach, 1000))
      if (p.y !== null && (best === null || Math.abs(p.x - x) < Math.abs(best.x - x)))
        best = { x: p.x, y: p.y };
  return best;
}

export function DayProbe({
  box,
  range,
  lines,
  fmt,
  locale,
}: {
  box: PlotBox;
  range: YearRange;
  lines: readonly DensePoints[];
  fmt: (v: number) => string;
  locale: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const labelRef = useRef<HTMLSpanElement>(null);
  const years = range[1] - range[0] + 1;
  const on = lines.length > 0 && years <= DAY_YEARS;
  useEffect(() => {
    const el = ref.current;
    const label = labelRef.current;
    const host = el?.parentElement;
    if (!el || !label || !host || !on) return;
    const hide = () => {
      el.style.visibility = 'hidden';
    };
    const move = (e: PointerEvent) => {
      const px = e.clientX - host.getBoundingClientRect().left;
      if (px < box.x || px > box.x + box.width || box.width <= 0) return hide();
      const perPx = years / box.width;
      const x = range[0] - 0.5 + (px - box.x) * perPx;
      // The nearest day within a few pixels (a gap in the series reads nothing).
      const p = nearestPoint(lines, x, perPx * 4);
      if (!p) return hide();
      const at = box.x + (p.x - (range[0] - 0.5)) / perPx;
      el.style.transform = `translate3d(${at}px,0,0)`;
      const text = `${formatDate(dayAtX(p.x), locale)}${locale.startsWith('zh') ? '：' : ': '}${fmt(p.y)}`;
      if (label.textContent !== text) label.textContent = text;
      // The label stays inside the plot: it hangs left of the day in the plot's right half.
      el.dataset.side = at > box.x + box.width / 2 ? 'left' : 'right';
      el.style.visibility = 'visible';
    };
    host.addEventListener('pointermove', move);
    host.addEventListener('pointerleave', hide);
    return () => {
      host.removeEventListener('pointermove', move);
      host.removeEventListener('pointerleave', hide);
      hide();
    };
  }, [on, box, range, years, lines, fmt, locale]);
  if (!on) return null;
  return (
    <div
      ref={ref}
      className="day-probe"
      data-day-probe=""
      aria-hidden="true"
      style={{ top: box.y, height: box.height, visibility: 'hidden' }}
    >
      <span ref={labelRef} className="day-probe-label" />
    </div>
  );
}
