import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { StoreProvider } from '../../store/react';
import { createAppStore } from '../../store/store';
import { type AxisProps, PlotInteraction, sameBox, useStepKeys, yearToX } from './plot-interaction';
import { dateToYearX, readoutByYear, type SeriesSpec } from './time-chart';
import { quarterScale, quarterStep, stepAtFraction, stepToPx, yearScale } from './x-scale';

const yearAtFraction = (range: [number, number], f: number) => stepAtFraction(yearScale(range), f);

const box = { x: 64, y: 18, width: 550, height: 200 };

describe('year slots on the plot', () => {
  it('puts each year in the middle of its slot, the range filling the plot', () => {
    // 2020–2030: 11 slots of 50 px.
    expect(yearToX(box, [2020, 2030], 2020)).toBe(64 + 25);
    expect(yearToX(box, [2020, 2030], 2030)).toBe(64 + 525);
    expect(yearToX(box, [2020, 2030], 2019.5)).toBe(64);
    expect(yearToX(box, [2020, 2030], 2030.5)).toBe(64 + 550);
  });

  it('reads the year whose slot holds the pointer, clamped to the range', () => {
    expect(yearAtFraction([2020, 2030], 0)).toBe(2020);
    expect(yearAtFraction([2020, 2030], 0.999)).toBe(2030);
    expect(yearAtFraction([2020, 2030], 1)).toBe(2030);
    expect(yearAtFraction([2020, 2030], -0.2)).toBe(2020);
    expect(yearAtFraction([2024, 2026], 0.5)).toBe(2025);
    expect(yearAtFraction([2024, 2026], Number.NaN)).toBe(2024);
  });

  it('reads back the year it drew, for any range and year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 0, max: 10 }), (from, len) => {
        const to = Math.min(2030, from + len);
        for (let y = from; y <= to; y++) {
          const f = (yearToX(box, [from, to], y) - box.x) / box.width;
          expect(yearAtFraction([from, to], f)).toBe(y);
        }
      }),
    );
  });

  it('places a dated event inside its own year slot (2025-04-28 is in 2025, not 2024)', () => {
    const x = dateToYearX('2025-04-28');
    expect(x).toBeGreaterThan(2024.5);
    expect(x).toBeLessThan(2025.5);
    const f = (yearToX(box, [2020, 2030], x) - box.x) / box.width;
    expect(yearAtFraction([2020, 2030], f)).toBe(2025);
  });

  it('compares plot boxes by value', () => {
    expect(sameBox(box, { ...box })).toBe(true);
    expect(sameBox(box, { ...box, width: 549 })).toBe(false);
    expect(sameBox(null, box)).toBe(false);
  });
});

describe('readoutByYear', () => {
  const series: SeriesSpec[] = [
    { key: 'a', label: 'A', color: 'red', kind: 'reported', shape: 'line' },
    { key: 'b', label: 'B', color: 'blue', kind: 'projection', shape: 'band', showKind: false },
    { key: 'hidden', label: 'H', color: 'grey', kind: 'estimate', shape: 'points', readout: false },
  ];
  const fmt = (v: number) => `${v}!`;

  it('lists, for every axis year, the series with a value that year, in series order', () => {
    const rows = [
      { year: 2024, a: 1, b: [2, 3] as const, hidden: 9 },
      { year: 2025, a: null, b: [4, 5] as const },
    ];
    const out = readoutByYear(rows, series, fmt, [2023, 2024, 2025]);
    expect(out.map((y) => y.year)).toEqual([2023, 2024, 2025]);
    expect(out[0]?.lines).toEqual([]);
    expect(out[1]?.lines.map((l) => [l.key, l.text, l.kind])).toEqual([
      ['a', '1!', 'kind.reported'],
      ['b', '2!–3!', null],
    ]);
    expect(out[2]?.lines.map((l) => l.key)).toEqual(['b']);
  });
});

/** A slider with a chart's keys. */
function Keys({ axis }: { axis: AxisProps }) {
  const onKeyDown = useStepKeys(axis);
  return <div role="slider" aria-valuenow={0} tabIndex={0} onKeyDown={onKeyDown} data-testid="slider" />;
}

describe('PlotInteraction over quarters (the history) and years (the time charts)', () => {
  const plot = { x: 40, y: 20, width: 560, height: 200 };
  // 2020–2026 on 560 px: 28 quarters of 20 px; the history's data ends at 2026-Q2.
  const quarters = quarterScale([2020, 2027], '2020-Q1', '2026-Q2');
  const xOf = (q: string) => plot.x + stepToPx(quarters, { x: 0, width: plot.width }, quarterStep(q) ?? 0);

  function setup(axis: 'quarters' | 'years') {
    const store = createAppStore();
    const own = createStore<{ step: number | null; focused: boolean }>(() => ({
      step: null,
      focused: false,
    }));
    const { container } = render(
      <StoreProvider store={store}>
        <Keys axis={axis === 'quarters' ? { scale: quarters, own } : { range: [2020, 2026] }} />
        {axis === 'quarters' ? (
          <PlotInteraction box={plot} scale={quarters} own={own} labelClass="hv2-cross-label" labelInside />
        ) : (
          <PlotInteraction box={plot} range={[2020, 2026]} />
        )}
      </StoreProvider>,
    );
    const overlay = container.querySelector<HTMLElement>('[data-plot-overlay]');
    const cross = container.querySelector<HTMLElement>('.crosshair');
    const label = container.querySelector<HTMLElement>('.crosshair-label');
    const area = container.querySelector<HTMLElement>('.drag-area');
    if (!overlay || !cross || !label || !area) throw new Error('layers missing');
    // jsdom lays nothing out: the overlay's box is the plot's (as the browser places it).
    overlay.getBoundingClientRect = () =>
      ({ left: plot.x, top: plot.y, width: plot.width, height: plot.height }) as DOMRect;
    const crossX = () => Number(/translate3d\(([-\d.]+)px/.exec(cross.style.transform)?.[1]);
    return { store, own, overlay, cross, label, area, crossX };
  }

  it('hovering a quarter shows it on the history and publishes its year to every chart', () => {
    const { store, own, overlay, cross, label, crossX } = setup('quarters');
    expect(cross.style.visibility).toBe('hidden');
    fireEvent.pointerMove(overlay, { clientX: xOf('2025-Q4') + 3, pointerId: 1 });
    expect(store.getState().hoverYear).toBe(2025);
    expect(own.getState().step).toBe(quarterStep('2025-Q4'));
    expect(label.textContent).toBe('2025-Q4');
    expect(label.className).toBe('crosshair-label hv2-cross-label');
    expect(label.style.top).toBe('22px');
    expect(cross.style.visibility).toBe('visible');
    expect(crossX()).toBeCloseTo(xOf('2025-Q4'), 6);
    // Another chart hovers 2021: the history shows the year, in its middle.
    act(() => store.getState().setHoverYear(2021));
    expect(label.textContent).toBe('2021');
    expect(crossX()).toBeCloseTo(plot.x + 1.5 * 80, 6);
    // Past the last quarter with data: the last one.
    fireEvent.pointerMove(overlay, { clientX: plot.x + plot.width - 1, pointerId: 1 });
    expect(label.textContent).toBe('2026-Q2');
    // The mouse leaves: cleared here and everywhere.
    fireEvent.pointerLeave(overlay, { pointerType: 'mouse', pointerId: 1 });
    expect(store.getState().hoverYear).toBeNull();
    expect(own.getState().step).toBeNull();
    expect(cross.style.visibility).toBe('hidden');
  });

  it('a drag across years zooms every chart to whole years; within one year it does nothing', () => {
    const { store, overlay, area } = setup('quarters');
    fireEvent.pointerDown(overlay, { clientX: xOf('2021-Q3'), button: 0, pointerId: 1 });
    fireEvent.pointerMove(overlay, { clientX: xOf('2021-Q4'), pointerId: 1 });
    expect(area.style.visibility).toBe('hidden');
    fireEvent.pointerMove(overlay, { clientX: xOf('2023-Q2'), pointerId: 1 });
    // The shading covers what the range will show: 1 January 2021 to 1 January 2024.
    expect(area.style.visibility).toBe('visible');
    expect(area.style.transform).toBe(`translate3d(${plot.x + 80}px,0,0)`);
    expect(area.style.width).toBe('240px');
    fireEvent.pointerUp(overlay, { clientX: xOf('2023-Q2'), pointerId: 1 });
    expect(store.getState().range).toEqual([2021, 2023]);
    expect(area.style.visibility).toBe('hidden');
    fireEvent.pointerDown(overlay, { clientX: xOf('2024-Q1'), button: 0, pointerId: 2 });
    fireEvent.pointerMove(overlay, { clientX: xOf('2024-Q4'), pointerId: 2 });
    fireEvent.pointerUp(overlay, { clientX: xOf('2024-Q4'), pointerId: 2 });
    expect(store.getState().range).toEqual([2021, 2023]);
  });

  it('the keys step a quarter at a time on the history and a year on a year chart', () => {
    const q = setup('quarters');
    const slider = screen.getByTestId('slider');
    fireEvent.keyDown(slider, { key: 'End' });
    expect(q.label.textContent).toBe('2026-Q2');
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(q.label.textContent).toBe('2026-Q1');
    expect(q.store.getState().hoverYear).toBe(2026);
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(q.label.textContent).toBe('2025-Q4');
    expect(q.store.getState().hoverYear).toBe(2025);
    fireEvent.keyDown(slider, { key: 'Escape' });
    expect(q.store.getState().hoverYear).toBeNull();
    cleanup();

    const y = setup('years');
    const ys = screen.getByTestId('slider');
    fireEvent.keyDown(ys, { key: 'ArrowRight' });
    expect(y.store.getState().hoverYear).toBe(2020);
    expect(y.label.textContent).toBe('2020');
    // 7 slots of 80 px: 2020 in the middle of the first.
    expect(y.crossX()).toBeCloseTo(plot.x + 40, 6);
    expect(y.label.style.top).toBe('4px');
    fireEvent.keyDown(ys, { key: 'End' });
    expect(y.label.textContent).toBe('2026');
  });
});
