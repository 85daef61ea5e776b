/**
 * Printing without re-drawing: charts are drawn in pixels for the screen, and the browser lays out
 * the printed pages without running the page's code. So each printable block records, while on
 * screen, its width and the zoom that fits it on the paper's content box; the print styles apply them
 * (`width: var(--print-w); zoom: var(--print-zoom)`), and the page prints exactly as it looked, scaled.
 */
import { type RefObject, useEffect } from 'react';

const MM = 96 / 25.4;

/** Content boxes (CSS pixels) of A4 pages with the margins of the @page rule (print-setup.tsx). */
export const PRINT_PAGE = {
  portrait: { width: (210 - 20) * MM, height: (297 - 28) * MM },
  landscape: { width: (297 - 20) * MM, height: (210 - 28) * MM },
} as const;

/** The zoom that fits a `w`×`h` block in `page` (never enlarged; a little room left for rounding). */
export function printZoom(w: number, h: number, page: { width: number; height: number }): number {
  if (w <= 0 || h <= 0) return 1;
  return Math.min(1, page.width / w, (page.height * 0.97) / h);
}

/** The gap (CSS px) between two blocks printed side by side (print.css: `.panel-grid` column gap). */
export const PRINT_GAP = 12;

/**
 * How a `w`×`h` block prints: with `halves` (the dashboard's portrait pages), a block laid out at most 60%
 * as wide as the page (a panel on a phone) prints two abreast, scaled to half the page's width less the
 * gap; otherwise it takes the page's width (`printZoom`). `flow`: how much of `h` may run on across pages.
 */
export function printFit(
  w: number,
  h: number,
  page: { width: number; height: number },
  halves = true,
  flow = 0,
) {
  // A block with a part that may run on across pages (`flow` px of its `h`, e.g. the history panel's
  // scorecard) is fitted by the rest, which must stay on one page, and takes the page's whole width:
  // shrinking a long report to one page would make it unreadable.
  const keep = Math.max(1, h - flow);
  const half = halves && flow <= 0 && w <= page.width * 0.6;
  return { zoom: printZoom(w, keep, half ? { ...page, width: (page.width - PRINT_GAP) / 2 } : page), half };
}

export function usePrintFit(ref: RefObject<HTMLElement | null>, page: keyof typeof PRINT_PAGE) {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const printing = window.matchMedia?.('print');
    const measure = () => {
      // Only the screen layout counts (print preview lays the page out again).
      if (printing?.matches) return;
      const w = el.offsetWidth;
      const h = el.offsetHeight;
      if (!w || !h) return;
      // Parts marked `data-print-flow` may run on across pages (print.css lets them break).
      let flow = 0;
      for (const f of el.querySelectorAll<HTMLElement>('[data-print-flow]')) flow += f.offsetHeight;
      // The dashboard's panels (portrait) may print two abreast; a slide fills its landscape page.
      const fit = printFit(w, h, PRINT_PAGE[page], page === 'portrait', flow);
      el.style.setProperty('--print-w', `${w}px`);
      el.style.setProperty('--print-zoom', fit.zoom.toFixed(3));
      el.toggleAttribute('data-print-half', fit.half);
    };
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    measure();
    return () => ro.disconnect();
  }, [ref, page]);
}
