/**
 * Points of an imported series on the year axis, downsampled for drawing with LTTB (Largest-Triangle-
 * Three-Buckets, from the `downsample` package) to about one point per pixel. Only the drawing is
 * downsampled: every point kept is an exact input point, and tables, hover values and exports read
 * the full series.
 */
import { createLTTB } from 'downsample/methods/LTTB';
import { periodX } from './imports';
import type { ImportedPoint } from './types';

export interface XY {
  x: number;
  y: number;
}

const lttb = createLTTB<XY>({ x: 'x', y: 'y' });

/** LTTB to at most `target` points (≥ 3); series already that short come back as they are. */
export function downsampleXY(points: readonly XY[], target: number): XY[] {
  const n = Math.max(3, Math.floor(target));
  if (points.length <= n) return [...points];
  return Array.from(lttb(points as XY[], n) as ArrayLike<XY>);
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
