import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartPoints, downsampleXY } from './downsample';
import { periodX } from './imports';

describe('LTTB downsampling for drawing', () => {
  it('keeps short series as they are', () => {
    const pts = [
      { x: 1, y: 2 },
      { x: 2, y: 5 },
    ];
    expect(downsampleXY(pts, 100)).toEqual(pts);
  });

  it('keeps from each bucket the point making the largest triangle (worked by hand)', () => {
    // Five inner points in two buckets (1–2 and 3–5). Bucket 1 against the mean of bucket 2, (4, 0):
    // the spike (2, 10) spans the larger triangle. Bucket 2 against the spike and the last point (6, 0):
    // (3, 0) spans 15, (4, 0) 10, (5, 0) 5.
    const pts = [0, 0, 10, 0, 0, 0, 0].map((y, x) => ({ x, y }));
    expect(downsampleXY(pts, 4)).toEqual([
      { x: 0, y: 0 },
      { x: 2, y: 10 },
      { x: 3, y: 0 },
      { x: 6, y: 0 },
    ]);
  });

  it('keeps the ends, never more than the target, and only exact input points (a spike survives)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 10, maxLength: 3000 }),
        fc.integer({ min: 3, max: 500 }),
        (ys, target) => {
          const pts = ys.map((y, i) => ({ x: i, y }));
          const out = downsampleXY(pts, target);
          expect(out.length).toBeLessThanOrEqual(Math.max(target, 3));
          expect(out[0]).toEqual(pts[0]);
          expect(out[out.length - 1]).toEqual(pts[pts.length - 1]);
          for (const p of out) expect(pts[p.x]).toEqual(p);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('an hourly series over eleven years is drawn with about one point per pixel, its peak kept', () => {
    const start = Date.UTC(2020, 0, 1);
    const points = Array.from({ length: 96_000 }, (_, i) => ({
      period: new Date(start + i * 3_600_000).toISOString().replace('.000Z', 'Z'),
      value: i === 50_000 ? 999 : Math.sin(i / 500),
      kind: 'reported' as const,
      source: 'grid',
    }));
    const out = chartPoints(points, 2019.5, 2030.5, 800);
    expect(out).toHaveLength(800);
    expect(out.some((p) => p.y === 999)).toBe(true);
    // Zooming in keeps only the points in view.
    const zoomed = chartPoints(points, 2024.5, 2025.5, 800);
    expect(zoomed.every((p) => p.x >= 2024.5 && p.x <= 2025.5)).toBe(true);
  });

  it('places dates and date-times inside their year slot', () => {
    expect(periodX(2025)).toBe(2025);
    expect(periodX('2025-01-01')).toBeGreaterThan(2024.5);
    expect(periodX('2025-12-31T23:00:00Z')).toBeLessThan(2025.5);
    expect(periodX('2025-07-02')).toBeCloseTo(2025, 1);
  });
});
