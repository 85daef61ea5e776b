/**
 * Recharts 3 draws z-index layers as React portals into `<g class="recharts-zIndex-layer_*">`. React
 * listens for focus events on every portal container, and Chromium makes an SVG element with focus
 * listeners focusable, so each layer became a Tab stop that does nothing (51 on the dashboard).
 * `tabindex="-1"` takes them out of the Tab order; the charts' own keyboard control (the slider
 * around each time chart) is unchanged.
 */
import { type RefObject, useEffect } from 'react';

const LAYER = 'g[class^="recharts-zIndex-layer"]:not([tabindex])';

export function untabLayers(root: ParentNode): void {
  for (const g of root.querySelectorAll(LAYER)) g.setAttribute('tabindex', '-1');
}

/** Keep every chart layer under `ref` out of the Tab order, as charts draw (lazily) and redraw. */
export function useUnfocusableChartLayers(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof MutationObserver === 'undefined') return;
    untabLayers(el);
    const mo = new MutationObserver(() => untabLayers(el));
    mo.observe(el, { childList: true, subtree: true });
    return () => mo.disconnect();
  }, [ref]);
}
