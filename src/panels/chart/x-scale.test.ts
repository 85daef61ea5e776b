import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampStep,
  currentStep,
  dragSpan,
  dragYears,
  hoverMark,
  keyStep,
  QUARTERS,
  quarterScale,
  quarterStep,
  slotWidth,
  stepAtFraction,
  stepAtPx,
  stepToPx,
  type XScale,
  YEARS,
  yearOfStep,
  yearScale,
} from './x-scale';

const box = { x: 64, width: 550 };

/** A year range inside the app's years, or a quarterly history domain with its data quarters. */
const years = fc
  .tuple(fc.integer({ min: 1923, max: 2040 }), fc.integer({ min: 0, max: 30 }))
  .map(([from, len]) => yearScale([from, from + len]));
const quarters = fc
  .tuple(
    fc.integer({ min: 1923, max: 2030 }),
    fc.integer({ min: 1, max: 105 }),
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([from, len, a, b]) =>
    quarterScale([from, from + len], `${from}-Q${a + 1}`, `${from + len - 1}-Q${b + 1}`),
  );
const scales = fc.oneof(years, quarters);
const plots = fc.record({
  x: fc.double({ min: 0, max: 200, noNaN: true }),
  width: fc.double({ min: 50, max: 2000, noNaN: true }),
});

describe('steps: a year is itself, a quarter is year × 4 + (quarter − 1)', () => {
  it('formats and reads quarters both ways, and knows their year', () => {
    expect(QUARTERS.format(2025 * 4 + 3)).toBe('2025-Q4');
    expect(QUARTERS.format(1923 * 4)).toBe('1923-Q1');
    expect(quarterStep('2025-Q4')).toBe(8103);
    expect(quarterStep('2025-Q5')).toBeNull();
    expect(quarterStep('2025')).toBeNull();
    expect(yearOfStep(QUARTERS, 8103)).toBe(2025);
    expect(yearOfStep(YEARS, 2025)).toBe(2025);
    expect(YEARS.format(2025)).toBe('2025');
    fc.assert(
      fc.property(fc.integer({ min: 1000 * 4, max: 9999 * 4 + 3 }), (s) => {
        expect(quarterStep(QUARTERS.format(s))).toBe(s);
      }),
    );
  });

  it('splits the history domain (1 January to 1 January) into its quarters, reaching those with data', () => {
    const s = quarterScale([1923, 2027], '1923-Q2', '2026-Q2');
    expect(QUARTERS.format(s.from)).toBe('1923-Q1');
    expect(QUARTERS.format(s.to)).toBe('2026-Q4');
    expect(QUARTERS.format(s.lo)).toBe('1923-Q2');
    expect(QUARTERS.format(s.hi)).toBe('2026-Q2');
    // A range inside the history: every quarter of its years is reachable.
    const r = quarterScale([1995, 2013], '1923-Q2', '2026-Q2');
    expect([QUARTERS.format(r.lo), QUARTERS.format(r.hi)]).toEqual(['1995-Q1', '2012-Q4']);
  });
});

describe('step ↔ pixel', () => {
  it('puts each year in the middle of its slot, the range filling the plot (the time charts)', () => {
    // 2020–2030: 11 slots of 50 px.
    const s = yearScale([2020, 2030]);
    expect(stepToPx(s, box, 2020)).toBe(64 + 25);
    expect(stepToPx(s, box, 2030)).toBe(64 + 525);
    expect(stepToPx(s, box, 2019.5)).toBe(64);
    expect(stepToPx(s, box, 2030.5)).toBe(64 + 550);
  });

  it('puts each quarter in the middle of its quarter of the year axis (the history)', () => {
    // 2000–2001 on 800 px: 100 px a quarter, 2000-Q1 from 0 to 100.
    const s = quarterScale([2000, 2002]);
    const plot = { x: 0, width: 800 };
    expect(stepToPx(s, plot, quarterStep('2000-Q1') ?? 0)).toBe(50);
    expect(stepToPx(s, plot, quarterStep('2001-Q4') ?? 0)).toBe(750);
    expect(stepAtPx(s, plot, 99)).toBe(quarterStep('2000-Q1'));
    expect(stepAtPx(s, plot, 101)).toBe(quarterStep('2000-Q2'));
  });

  it('reads back the step it drew, for any scale and plot (years and quarters)', () => {
    fc.assert(
      fc.property(scales, plots, (s, plot) => {
        for (let step = s.lo; step <= s.hi; step++)
          expect(stepAtPx(s, plot, stepToPx(s, plot, step))).toBe(step);
      }),
    );
  });

  it('snaps any pixel in the reach to the step whose slot holds it (within half a slot)', () => {
    fc.assert(
      fc.property(scales, plots, fc.double({ min: 0, max: 1, noNaN: true }), (s, plot, f) => {
        const half = slotWidth(s, plot.width) / 2;
        const left = stepToPx(s, plot, s.lo - 0.5);
        const right = stepToPx(s, plot, s.hi + 0.5);
        const px = left + f * (right - left);
        const step = stepAtPx(s, plot, px);
        expect(Number.isInteger(step)).toBe(true);
        // On a boundary the pixel belongs to the slot on its right (or the last slot at the right edge).
        expect(Math.abs(stepToPx(s, plot, step) - px)).toBeLessThanOrEqual(half * (1 + 1e-9));
      }),
    );
  });

  it('clamps at the ends: left of the plot (or of the data) is the first step, right of it the last', () => {
    fc.assert(
      fc.property(scales, plots, fc.double({ min: 0.001, max: 5000, noNaN: true }), (s, plot, d) => {
        expect(stepAtPx(s, plot, stepToPx(s, plot, s.lo - 0.5) - d)).toBe(s.lo);
        expect(stepAtPx(s, plot, plot.x + plot.width + d)).toBe(s.hi);
        expect(stepAtPx(s, plot, plot.x + plot.width)).toBe(s.hi);
        expect(stepAtFraction(s, Number.NaN)).toBe(s.lo);
        expect(stepAtFraction(s, Number.POSITIVE_INFINITY)).toBe(s.hi);
        expect(stepAtPx(s, { x: plot.x, width: 0 }, plot.x + d)).toBe(s.lo);
      }),
    );
    // The history ends mid-year: the pointer past its last quarter reads the last quarter.
    const s = quarterScale([1923, 2027], '1923-Q1', '2026-Q2');
    expect(QUARTERS.format(stepAtFraction(s, 0.999))).toBe('2026-Q2');
    expect(clampStep(s, 1900 * 4)).toBe(s.lo);
  });
});

describe('the crosshair from the shared year and the chart’s own step', () => {
  it('on a year chart shows the hovered year at its slot, and nothing off the range', () => {
    const s = yearScale([2020, 2030]);
    expect(hoverMark(s, 2025, null)).toEqual({ step: 2025, label: '2025' });
    expect(hoverMark(s, 2019, null)).toBeNull();
    expect(hoverMark(s, 2031, null)).toBeNull();
    expect(hoverMark(s, null, null)).toBeNull();
  });

  it('on the history reads its own quarter (2025-Q4), or another chart’s year in the middle of that year', () => {
    const s = quarterScale([1923, 2027], '1923-Q1', '2026-Q2');
    const q4 = quarterStep('2025-Q4') ?? 0;
    expect(hoverMark(s, 2025, q4)).toEqual({ step: q4, label: '2025-Q4' });
    const other = hoverMark(s, 2000, q4);
    expect(other?.label).toBe('2000');
    // The middle of 2000 on the decimal-year axis: the boundary between Q2 and Q3.
    const plot = { x: 0, width: 104 * 100 };
    expect(stepToPx(s, plot, other?.step ?? 0)).toBeCloseTo((2000.5 - 1923) * 100, 9);
    expect(hoverMark(s, 2027, null)).toBeNull();
    expect(hoverMark(s, 1922, null)).toBeNull();
  });

  it('keys move from the own step in the hovered year, else from that year', () => {
    const s = quarterScale([1923, 2027], '1923-Q1', '2026-Q2');
    const q = quarterStep('2000-Q3') ?? 0;
    expect(currentStep(s, 2000, q)).toBe(q);
    expect(QUARTERS.format(currentStep(s, 2008, q) ?? 0)).toBe('2008-Q1');
    expect(currentStep(s, null, q)).toBeNull();
    expect(currentStep(yearScale([2020, 2030]), 2024, null)).toBe(2024);
  });
});

describe('keys', () => {
  const y = yearScale([2020, 2030]);
  it('on a year chart: → from nothing is the first year, ← the last; Home, End, Escape', () => {
    expect(keyStep(y, null, 'ArrowRight')).toBe(2020);
    expect(keyStep(y, null, 'ArrowLeft')).toBe(2030);
    expect(keyStep(y, 2024, 'ArrowRight')).toBe(2025);
    expect(keyStep(y, 2030, 'ArrowRight')).toBe(2030);
    expect(keyStep(y, 2020, 'ArrowLeft')).toBe(2020);
    expect(keyStep(y, 2024, 'Home')).toBe(2020);
    expect(keyStep(y, 2024, 'End')).toBe(2030);
    expect(keyStep(y, 2024, 'Escape')).toBeNull();
    // Escape with nothing hovered, and other keys, are not the chart's (they bubble on).
    expect(keyStep(y, null, 'Escape')).toBeUndefined();
    expect(keyStep(y, 2024, 'a')).toBeUndefined();
  });

  it('on the history: a quarter at a time within the quarters with data', () => {
    const s = quarterScale([1923, 2027], '1923-Q2', '2026-Q2');
    const f = (step: number | null | undefined) => (typeof step === 'number' ? QUARTERS.format(step) : step);
    expect(f(keyStep(s, null, 'Home'))).toBe('1923-Q2');
    expect(f(keyStep(s, quarterStep('2000-Q4'), 'ArrowRight'))).toBe('2001-Q1');
    expect(f(keyStep(s, quarterStep('2001-Q1'), 'ArrowLeft'))).toBe('2000-Q4');
    expect(f(keyStep(s, s.hi, 'ArrowRight'))).toBe('2026-Q2');
    expect(f(keyStep(s, null, 'End'))).toBe('2026-Q2');
  });

  it('never leaves the reach from a step inside it', () => {
    fc.assert(
      fc.property(
        scales,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('ArrowLeft', 'ArrowRight', 'Home', 'End'),
        (s: XScale, f, key) => {
          const cur = Math.round(s.lo + f * (s.hi - s.lo));
          const next = keyStep(s, cur, key);
          expect(next).not.toBeNull();
          expect(next).toBeGreaterThanOrEqual(s.lo);
          expect(next).toBeLessThanOrEqual(s.hi);
          expect(Math.abs((next ?? 0) - cur) <= 1 || key === 'Home' || key === 'End').toBe(true);
        },
      ),
    );
  });
});

describe('drag to a year range', () => {
  it('on a year chart selects the years dragged over and shades their slots', () => {
    const s = yearScale([2020, 2030]);
    expect(dragYears(s, 2028, 2025)).toEqual([2025, 2028]);
    expect(dragYears(s, 2025, 2025)).toBeNull();
    expect(dragSpan(s, 2028, 2025)).toEqual([2024.5, 2028.5]);
    expect(dragSpan(s, 2025, 2025)).toBeNull();
  });

  it('on the history selects whole years (the shared range is in years), shading them 1 January to 1 January', () => {
    const s = quarterScale([1923, 2027], '1923-Q1', '2026-Q2');
    const a = quarterStep('1995-Q3') ?? 0;
    const b = quarterStep('2012-Q1') ?? 0;
    expect(dragYears(s, b, a)).toEqual([1995, 2012]);
    // Two quarters of one year select nothing.
    expect(dragYears(s, a, a + 1)).toBeNull();
    const plot = { x: 10, width: 104 * 40 };
    const span = dragSpan(s, a, b) ?? [0, 0];
    expect(stepToPx(s, plot, span[0])).toBeCloseTo(10 + (1995 - 1923) * 40, 9);
    expect(stepToPx(s, plot, span[1])).toBeCloseTo(10 + (2013 - 1923) * 40, 9);
  });

  it('shades inside the plot, from the first dragged year to the last, for any drag', () => {
    fc.assert(
      fc.property(scales, fc.double({ min: 0, max: 1 }), fc.double({ min: 0, max: 1 }), (s, fa, fb) => {
        const a = stepAtFraction(s, fa);
        const b = stepAtFraction(s, fb);
        const years = dragYears(s, a, b);
        const span = dragSpan(s, a, b);
        if (years === null || span === null) {
          expect(yearOfStep(s.unit, a)).toBe(yearOfStep(s.unit, b));
          expect(span).toBeNull();
          return;
        }
        expect(span[0]).toBeGreaterThanOrEqual(s.from - 0.5);
        expect(span[1]).toBeLessThanOrEqual(s.to + 0.5);
        expect(span[0]).toBeLessThanOrEqual(Math.min(a, b) - 0.5);
        expect(span[1]).toBeGreaterThanOrEqual(Math.max(a, b) + 0.5);
        expect(years[0]).toBe(yearOfStep(s.unit, Math.min(a, b)));
        expect(years[1]).toBe(yearOfStep(s.unit, Math.max(a, b)));
      }),
    );
  });
});
