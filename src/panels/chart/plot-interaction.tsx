/**
 * The linked crosshair, drag-to-zoom and year-slot layers of a time chart, drawn in HTML over (and
 * under) the Recharts SVG, never inside it: hovering moves one positioned element per chart with a
 * transform (the compositor's job) and re-renders no SVG. The hovered *year* is published (never an
 * array index), so series of different lengths stay aligned.
 *
 * A new year-based chart gets all of this by using `TimeChart`; a chart that draws its own SVG can use
 * `PlotAreaProbe` (inside the chart, reports the plot box) with `SlotLines` and `PlotInteraction`.
 */
import { type KeyboardEvent, type PointerEvent, useCallback, useLayoutEffect, useRef } from 'react';
import { usePlotArea } from 'recharts';
import type { YearRange } from '../../domain/ids';
import { useApp, useAppStore, useHoverYearEffect } from '../../store/react';

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
export function yearToX(box: PlotBox, [from, to]: YearRange, year: number): number {
  return box.x + ((year - from + 0.5) / (to - from + 1)) * box.width;
}

/** The year whose slot contains `fraction` (0 = left edge of the plot, 1 = right edge), clamped to the range. */
export function yearAtFraction([from, to]: YearRange, fraction: number): number {
  const y = Math.floor(from + fraction * (to - from + 1));
  return Math.min(to, Math.max(from, Number.isFinite(y) ? y : from));
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
 * The crosshair (a line and the year, moved with a transform when the hovered year changes, outside
 * React rendering) and the pointer layer: hover or tap shows a year on every time chart, a horizontal
 * drag zooms every time chart to the years it covers, a vertical swipe scrolls the page
 * (`touch-action: pan-y` on an HTML element, where browsers honour it).
 */
export function PlotInteraction({ box, range }: { box: PlotBox; range: YearRange }) {
  const store = useAppStore();
  const setHoverYear = useApp((s) => s.setHoverYear);
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
      if (year === null || year < range[0] || year > range[1]) {
        cross.style.visibility = 'hidden';
        return;
      }
      cross.style.transform = `translate3d(${yearToX(box, range, year)}px,0,0)`;
      // Change the text node's data, not the children: nothing on hover adds or removes nodes.
      const text = String(year);
      if (label.firstChild instanceof Text) {
        if (label.firstChild.data !== text) label.firstChild.data = text;
      } else label.textContent = text;
      cross.style.visibility = 'visible';
    },
    [box, range],
  );
  useHoverYearEffect(applyHover);

  const showDrag = (from: number, to: number) => {
    const el = dragRef.current;
    if (!el) return;
    if (from === to) {
      el.style.visibility = 'hidden';
      return;
    }
    const step = box.width / (range[1] - range[0] + 1);
    const left = yearToX(box, range, Math.min(from, to)) - step / 2;
    el.style.transform = `translate3d(${left}px,0,0)`;
    el.style.width = `${(Math.abs(to - from) + 1) * step}px`;
    el.style.visibility = 'visible';
  };
  const yearAt = (e: PointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return yearAtFraction(range, r.width > 0 ? (e.clientX - r.left) / r.width : 0);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const y = yearAt(e);
    // A tap (or click) shows the year on every chart at once.
    setHoverYear(y);
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { from: y, to: y, pointer: e.pointerId };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const y = yearAt(e);
    setHoverYear(y);
    const d = drag.current;
    if (d && d.pointer === e.pointerId && d.to !== y) {
      d.to = y;
      showDrag(d.from, d.to);
    }
  };
  const endDrag = (commit: boolean) => {
    const d = drag.current;
    drag.current = null;
    showDrag(0, 0);
    if (commit && d && d.from !== d.to) setRange([d.from, d.to]);
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
        <span ref={labelRef} className="crosshair-label" style={{ top: Math.max(0, box.y - 16) }} />
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
          // A finger lifting off "leaves" too: a tapped year stays until the next tap or blur.
          if (e.pointerType === 'mouse' && !drag.current && store.getState().hoverYear !== null)
            setHoverYear(null);
        }}
      />
    </>
  );
}

/**
 * The keys of a focused chart (a slider over the years): arrows move the shared hovered year within the
 * chart's range, Home and End go to its ends, Escape clears it.
 */
export function useYearKeys(range: YearRange): (e: KeyboardEvent<HTMLElement>) => void {
  const store = useAppStore();
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const { hoverYear, setHoverYear } = store.getState();
      const [from, to] = range;
      let next: number | null | undefined;
      if (e.key === 'ArrowRight') next = hoverYear === null ? from : Math.min(to, hoverYear + 1);
      else if (e.key === 'ArrowLeft') next = hoverYear === null ? to : Math.max(from, hoverYear - 1);
      else if (e.key === 'Home') next = from;
      else if (e.key === 'End') next = to;
      else if (e.key === 'Escape' && hoverYear !== null) next = null;
      if (next === undefined) return;
      e.preventDefault();
      e.stopPropagation();
      setHoverYear(next);
    },
    [store, range],
  );
}
