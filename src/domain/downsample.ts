/**
 * Points of an imported series on the year axis, downsampled for drawing with LTTB (Largest-Triangle-
 * Three-Buckets, Steinarsson 2013) to about one point per pixel. Only the drawing is downsampled:
 * every point kept is an exact input point, and tables, hover values and exports read the full series.
 */
import { periodX } from './imports';
import type { ImportedPoint } from './types';

export interface XY {
  x: number;
  y: number;
}

/**
 * LTTB to at most `target` points (≥ 3); series already that short come back as they are. The first
 * and last points are kept; the points between are split into `target - 2` buckets of (nearly) equal
 * count, and from each bucket the point is kept that makes the largest triangle with the point kept
 * before it and the mean of the next bucket (the last point, after the last bucket).
 */
export function downsampleXY(points: readonly XY[], target: number): XY[] {
  const n = Math.max(3, Math.floor(target));
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length <= n || !first || !last) return [...points];
  const size = (points.length - 2) / (n - 2);
  /** Where bucket `i` starts (bucket `n - 2` is the last point). */
  const start = (i: number) => 1 + Math.floor(i * size);
  const out: XY[] = [first];
  let a = first;
  for (let i = 0; i < n - 2; i++) {
    let cx = last.x;
    let cy = last.y;
    if (i < n - 3) {
      const from = start(i + 1);
      const to = start(i + 2);
      cx = 0;
      cy = 0;
      for (let j = from; j < to; j++) {
        cx += points[j]?.x ?? 0;
        cy += points[j]?.y ?? 0;
      }
      cx /= to - from;
      cy /= to - from;
    }
    let best: XY | undefined;
    let bestArea = -1;
    for (let j = start(i); j < start(i + 1); j++) {
      const b = points[j];
      if (!b) continue;
      // Twice the triangle's area (the halving changes no comparison).
      const area = Math.abs((a.x - cx) * (b.y - a.y) - (a.x - b.x) * (cy - a.y));
      if (area > bestArea) {
        bestArea = area;
        best = b;
      }
    }
    if (best) {
      out.push(best);
      a = best;
    }
  }
  out.push(last);
  return out;
}

/** The points of a series within [from, to] on the year axis, downsampled to `target`. */
export function chartPoints(
  points: readonly ImportedPoint[],
  from: number,
  to: number,
  target: number,
): XY[] {
  const xy: XY[] = [];
  for (const p of points) {
    const x = periodX(p.period);
    if (x >= from && x <= to) xy.push({ x, y: p.value });
  }
  return downsampleXY(xy, target);
}
