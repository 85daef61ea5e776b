/**
 * Chart labels that never overlap (issue 23): annotation labels (thresholds, means, reference totals,
 * event numbers) are moved up or down, the least distance that clears every other label, after the
 * chart has drawn and whenever its text or size changes. Axis tick labels and labels on bars stay where
 * they are; a label moves only vertically, so it stays at its line or its date. The geometry is plain
 * (`declutter`); `useDeclutter` applies it to a chart's SVG as a `transform`, outside React rendering.
 */
import { type RefObject, useEffect } from 'react';

/** A label's box in the chart's own pixels; a fixed one is an obstacle that never moves. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  fixed: boolean;
}

/** Clear space kept between two labels, in pixels: above and below, and beside (so event numbers 1 and 4
 *  side by side never read as "14"). */
export const LABEL_GAP = 1;
export const LABEL_GAP_X = 5;

const crosses = (a: { x: number; width: number }, b: { x: number; width: number }) =>
  a.x < b.x + b.width + LABEL_GAP_X && b.x < a.x + a.width + LABEL_GAP_X;

/**
 * The vertical shift of each label (0 for the fixed ones) so that no two labels overlap, each movable
 * label moved the least it can within [top, bottom], labels placed from the top down in their order of
 * position. A label that cannot be cleared within the bounds stays where it is.
 */
export function declutter(boxes: readonly LabelBox[], top: number, bottom: number): number[] {
  const shifts = boxes.map(() => 0);
  const placed = boxes.filter((b) => b.fixed).map((b) => ({ ...b }));
  const order = boxes
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => !b.fixed)
    .sort((p, q) => p.b.y - q.b.y || p.b.x - q.b.x);
  for (const { b, i } of order) {
    const near = placed.filter((p) => crosses(p, b));
    const free = (y: number) =>
      y >= top - 0.01 &&
      y + b.height <= bottom + 0.01 &&
      near.every((p) => y + b.height + LABEL_GAP <= p.y + 0.01 || p.y + p.height + LABEL_GAP <= y + 0.01);
    const candidates = [b.y];
    for (const p of near) candidates.push(p.y + p.height + LABEL_GAP, p.y - LABEL_GAP - b.height);
    let best: number | null = null;
    for (const y of candidates)
      if (free(y) && (best === null || Math.abs(y - b.y) < Math.abs(best - b.y))) best = y;
    const y = best ?? b.y;
    shifts[i] = y - b.y;
    placed.push({ ...b, y });
  }
  return shifts;
}

/** Labels that may move: annotations and event numbers. Every other text in the chart is an obstacle. */
const MOVABLE = ['annotation', 'event-label'];

function declutterSvg(svg: SVGSVGElement): void {
  // Needs layout (a browser, not jsdom).
  const toSvg = typeof svg.getScreenCTM === 'function' ? svg.getScreenCTM()?.inverse() : undefined;
  if (!toSvg) return;
  const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter(
    (t) => (t.textContent ?? '').trim() !== '' && t.getClientRects().length > 0,
  );
  if (texts.length < 2) return;
  const boxes = texts.map((t) => {
    const fixed = !MOVABLE.some((c) => t.classList.contains(c));
    // In the chart's own units, where drawn, less the shift applied last time.
    const b = t.getBBox();
    const m = toSvg.multiply(t.getScreenCTM() ?? toSvg.inverse());
    const dy = fixed ? 0 : Number(t.dataset.declutterDy ?? 0);
    return {
      x: m.a * b.x + m.e,
      y: m.d * b.y + m.f - dy,
      width: m.a * b.width,
      height: m.d * b.height,
      fixed,
    };
  });
  const height = svg.viewBox?.baseVal?.height || svg.getBBox().height;
  const shifts = declutter(boxes, 0, Math.max(height, svg.clientHeight));
  texts.forEach((t, i) => {
    if (boxes[i]?.fixed) return;
    const dy = Math.round((shifts[i] ?? 0) * 10) / 10;
    if (Number(t.dataset.declutterDy ?? 0) === dy) return;
    if (dy === 0) {
      t.removeAttribute('transform');
      delete t.dataset.declutterDy;
    } else {
      t.setAttribute('transform', `translate(0 ${dy})`);
      t.dataset.declutterDy = String(dy);
    }
  });
}

/**
 * Keeps the labels of the charts inside `ref` clear of each other: runs after the chart's text, its
 * size (the SVG's width and height attributes) or the page's fonts change, one pass per frame at most.
 */
export function useDeclutter(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root || typeof MutationObserver === 'undefined') return;
    let frame = 0;
    const run = () => {
      frame = 0;
      for (const svg of root.querySelectorAll<SVGSVGElement>('svg.recharts-surface')) declutterSvg(svg);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(run);
    };
    const mo = new MutationObserver(schedule);
    mo.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['x', 'y', 'dy', 'width', 'height', 'class', 'viewBox'],
    });
    document.fonts?.addEventListener?.('loadingdone', schedule);
    schedule();
    return () => {
      mo.disconnect();
      document.fonts?.removeEventListener?.('loadingdone', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [ref]);
}
