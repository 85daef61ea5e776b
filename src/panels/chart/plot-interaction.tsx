/**
 * The linked crosshair, drag-to-zoom and year-slot layers of a chart, drawn in HTML over (and under)
 * its SVG, never inside it: hovering moves one positioned element per chart with a transform (the
 * compositor's job) and re-renders no SVG. The hovered *year* is published (never an array index), so
 * series of different lengths stay aligned; a chart with a finer x unit (the history's quarters) also
 * keeps its own hovered step. The x unit and the pixel maths are `x-scale.ts` (pure, tested).
 *
 * A new year-based chart gets all of this by using `TimeChart`; a chart that draws its own SVG can use
 * `PlotAreaProbe` (inside a Recharts chart, reports the plot box) or its own box, with `SlotLines`,
 * `PlotInteraction` and `useStepKeys` (as the history panel does, over quarters).
 */
import { type KeyboardEvent, type PointerEvent, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { usePlotArea } from 'recharts';
import type { YearRange } from '../../domain/ids';
import { useApp, useAppStore, useHoverYearEffect } from '../../store/react';
import {
  currentStep,
  dragSpan,
  dragYears,
  hoverMark,
  keyStep,
  slotWidth,
  stepAtPx,
  stepToPx,
  type XScale,
  xScale,
  yearOfStep,
  yearScale,
} from './x-scale';

/** The plot area in the chart's own pixels (the SVG's top-left corner is the layer's origin). */
export interface PlotBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function sameBox(a: PlotBox | null, b: PlotBox | null): boolean {
  return (
    a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height)
  );
}

/** x (px) of the middle of `year`'s slot: the axis runs from range[0] − 0.5 to range[1] + 0.5. */
export function yearToX(box: PlotBox, range: YearRange, year: number): number {
  return stepToPx(yearScale(range), box, year);
}

/**
 * A chart's own hovered step, where its unit is finer than the shared year (the history's quarter). A
 * Zustand store of any shape with a `step` field fits.
 */
export interface StepStore {
  getState(): { step: number | null };
  setState(partial: { step: number | null }): void;
  subscribe(listener: () => void): () => void;
}

/** A year chart passes its `range`; a chart with another x unit passes its `scale` (and its own step). */
export type AxisProps =
  | { range: YearRange; scale?: undefined; own?: undefined }
  | { scale: XScale; own?: StepStore };

/** The scale of `AxisProps`, the same object while its steps are the same (hooks depend on it). */
function useAxis(p: AxisProps): XScale {
  const s = p.scale ?? yearScale(p.range);
  const { unit, from, to, lo, hi } = s;
  return useMemo(() => xScale(unit, from, to, [lo, hi]), [unit, from, to, lo, hi]);
}

/** Publishes a hovered step: the chart's own step (if it keeps one) and its year, shared by every chart. */
function usePublish(scale: XScale, own: StepStore | undefined): (step: number | null) => void {
  const setHoverYear = useApp((s) => s.setHoverYear);
  return useCallback(
    (step: number | null) => {
      own?.setState({ step });
      setHoverYear(step === null ? null : yearOfStep(scale.unit, step));
    },
    [own, scale, setHoverYear],
  );
}

/** Inside a Recharts chart: reports the plot area whenever it changes (renders nothing). */
export function PlotAreaProbe({ onChange }: { onChange: (box: PlotBox) => void }) {
  const plot = usePlotArea();
  const x = plot?.x;
  const y = plot?.y;
  const width = plot?.width;
  const height = plot?.height;
  useLayoutEffect(() => {
    if (x !== undefined && y !== undefined && width !== undefined && height !== undefined)
      onChange({ x, y, width: Math.max(0, width), height: Math.max(0, height) });
  }, [x, y, width, height, onChange]);
  return null;
}

/**
 * Thin lines at the boundaries between year slots, under the chart: an annual value sits in the
 * middle of its slot and a dated event inside it (2025-04-28 is left of the 2025 tick but right of
 * the 2024|2025 boundary).
 */
export function SlotLines({ box, range }: { box: PlotBox; range: YearRange }) {
  const lines: number[] = [];
  for (let y = range[0] + 1; y <= range[1]; y++) lines.push(y);
  return (
    <div className="slot-lines" aria-hidden="true">
      {lines.map((y) => (
        <span
          key={y}
          className="slot-line"
          data-slot-start={y}
          style={{ left: yearToX(box, range, y - 0.5), top: box.y, height: box.height }}
        />
      ))}
    </div>
  );
}

/**
 * The crosshair (a line and the hovered step, moved with a transform when the hover changes, outside
 * React rendering) and the pointer layer: hover or tap shows a step on this chart and its year on every
 * chart, a horizontal drag zooms every time chart to the years it covers, a vertical swipe scrolls the
 * page (`touch-action: pan-y` on an HTML element, where browsers honour it). The label sits above the
 * plot, or with `labelInside` just inside its top edge (a chart with labels of its own above the plot).
 */
export function PlotInteraction(
  props: { box: PlotBox; labelClass?: string; labelInside?: boolean } & AxisProps,
) {
  const { box, own, labelClass, labelInside } = props;
  const scale = useAxis(props);
  const store = useAppStore();
  const publish = usePublish(scale, own);
  const setRange = useApp((s) => s.setRange);
  const crossRef = useRef<HTMLDivElement>(null);
  const labelRef = useRef<HTMLSpanElement>(null);
  const dragRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{ from: number; to: number; pointer: number } | null>(null);

  const applyHover = useCallback(
    (year: number | null) => {
      const cross = crossRef.current;
      const label = labelRef.current;
      if (!cross || !label) return;
      const mark = hoverMark(scale, year, own?.getState().step ?? null);
      if (mark === null) {
        cross.style.visibility = 'hidden';
        return;
      }
      cross.style.transform = `translate3d(${stepToPx(scale, box, mark.step)}px,0,0)`;
      // Change the text node's data, not the children: nothing on hover adds or removes nodes.
      const text = mark.label;
      if (label.firstChild instanceof Text) {
        if (label.firstChild.data !== text) label.firstChild.data = text;
      } else label.textContent = text;
      cross.style.visibility = 'visible';
    },
    [box, scale, own],
  );
  useHoverYearEffect(applyHover);
  // A finer step moves inside the hovered year without changing it.
  useLayoutEffect(
    () => own?.subscribe(() => applyHover(store.getState().hoverYear)),
    [own, store, applyHover],
  );

  const showDrag = (from: number, to: number) => {
    const el = dragRef.current;
    if (!el) return;
    const span = dragSpan(scale, from, to);
    if (span === null) {
      el.style.visibility = 'hidden';
      return;
    }
    el.style.transform = `translate3d(${stepToPx(scale, box, span[0])}px,0,0)`;
    el.style.width = `${(span[1] - span[0]) * slotWidth(scale, box.width)}px`;
    el.style.visibility = 'visible';
  };
  const stepAt = (e: PointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return stepAtPx(scale, { x: r.left, width: r.width }, e.clientX);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const s = stepAt(e);
    // A tap (or click) shows the step on this chart and its year on every chart at once.
    publish(s);
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { from: s, to: s, pointer: e.pointerId };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const s = stepAt(e);
    publish(s);
    const d = drag.current;
    if (d && d.pointer === e.pointerId && d.to !== s) {
      d.to = s;
      showDrag(d.from, d.to);
    }
  };
  const endDrag = (commit: boolean) => {
    const d = drag.current;
    drag.current = null;
    showDrag(0, 0);
    const years = commit && d ? dragYears(scale, d.from, d.to) : null;
    if (years) setRange(years);
  };

  return (
    <>
      <div
        ref={dragRef}
        className="drag-area"
        aria-hidden="true"
        style={{ top: box.y, height: box.height, visibility: 'hidden' }}
      />
      <div ref={crossRef} className="crosshair" aria-hidden="true" style={{ visibility: 'hidden' }}>
        <span
          ref={labelRef}
          className={labelClass ? `crosshair-label ${labelClass}` : 'crosshair-label'}
          style={{ top: labelInside ? box.y + 2 : Math.max(0, box.y - 16) }}
        />
        <span className="crosshair-line" style={{ top: box.y, height: box.height }} />
      </div>
      <div
        data-plot-overlay=""
        className="plot-overlay"
        style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => endDrag(true)}
        onPointerCancel={() => endDrag(false)}
        onPointerLeave={(e) => {
          // A finger lifting off "leaves" too: a tapped step stays until the next tap or blur.
          if (
            e.pointerType === 'mouse' &&
            !drag.current &&
            (store.getState().hoverYear !== null || (own?.getState().step ?? null) !== null)
          )
            publish(null);
        }}
      />
    </>
  );
}

/**
 * The keys of a focused chart (a slider over its steps): arrows move the hovered step within the chart's
 * reach (its year shared with every chart), Home and End go to its ends, Escape clears it.
 */
export function useStepKeys(axis: AxisProps): (e: KeyboardEvent<HTMLElement>) => void {
  const scale = useAxis(axis);
  const own = axis.own;
  const store = useAppStore();
  const publish = usePublish(scale, own);
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const current = currentStep(scale, store.getState().hoverYear, own?.getState().step ?? null);
      const next = keyStep(scale, current, e.key);
      if (next === undefined) return;
      e.preventDefault();
      e.stopPropagation();
      publish(next);
    },
    [store, scale, own, publish],
  );
}

/** The keys of a focused year chart (see `useStepKeys`). */
export function useYearKeys(range: YearRange): (e: KeyboardEvent<HTMLElement>) => void {
  return useStepKeys({ range });
}
