/**
 * How a slide fits the screen without scrolling (present mode): the chart height and the fit level
 * (smaller type, folded notes) a slide settles at, stepped while its content overflows.
 */
import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';

/** The smallest chart height a slide shrinks to before it makes its type smaller instead. */
const MIN_CHART = 150;

/** Fit levels: 1 smaller type, 2 secondary notes and lists folded away, 3 smaller type again. */
const MAX_LEVEL = 3;

/**
 * The shortest chart a fit level accepts before it steps the type down: on a slide the chart is the
 * point, so it keeps 40% of the window while smaller type and folded notes can make room, and goes
 * down to MIN_CHART only at the last level.
 */
function minChartAt(level: number, windowHeight: number): number {
  return level >= MAX_LEVEL ? MIN_CHART : Math.max(MIN_CHART, Math.round(windowHeight * 0.4));
}

/** The chart height a slide starts from: what the window leaves after the title, legend and slide bar. */
function startHeight(width: number, height: number): number {
  const reserve = width < 700 ? 430 : 330;
  return Math.max(MIN_CHART, height - reserve);
}

export function useViewport(): { width: number; height: number } {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/**
 * Fit the slide to the screen without any scrolling: start with the chart as tall as the window allows,
 * then, while the slide's content overflows its box, shorten the chart by the overflow; at the shortest
 * chart, step the type down (fit levels) and start the chart tall again. Restarts when the slide, the window or the language changes.
 * Re-checks when the content changes (lazy chart chunks arrive, fonts load).
 */
export function useSlideFit(ref: RefObject<HTMLElement | null>, key: string, width: number, height: number) {
  const [fit, setFit] = useState(() => ({ key, chart: startHeight(width, height), level: 0 }));
  const current = fit.key === key ? fit : { key, chart: startHeight(width, height), level: 0 };
  useLayoutEffect(() => {
    if (fit.key !== key) setFit({ key, chart: startHeight(width, height), level: 0 });
  }, [fit.key, key, width, height]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-check after every fit step (see below)
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const check = () => {
      frame = 0;
      // The slide and its boxes (the content, the QR code) each clip: none may overflow.
      const boxes = [el, ...el.children];
      const overY = Math.max(...boxes.map((b) => b.scrollHeight - b.clientHeight));
      const overX = Math.max(...boxes.map((b) => b.scrollWidth - b.clientWidth));
      // `data-fitted` tells tests (and anyone watching) that the slide has settled without overflow.
      if (overY <= 1 && overX <= 1) {
        el.dataset.fitted = '';
        return;
      }
      delete el.dataset.fitted;
      setFit((f) => {
        if (f.key !== key) return f;
        const min = minChartAt(f.level, height);
        if (overY > 1 && f.chart > min) return { ...f, chart: Math.max(min, f.chart - overY - 4) };
        // The next level frees room (smaller type, notes folded away): the chart starts tall again and
        // shrinks only as far as that level needs, so it never stays shorter than the slide requires.
        return f.level < MAX_LEVEL ? { ...f, level: f.level + 1, chart: startHeight(width, height) } : f;
      });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(check);
    };
    const resize = new ResizeObserver(schedule);
    resize.observe(el);
    for (const child of el.children) resize.observe(child);
    const mutation = new MutationObserver(schedule);
    mutation.observe(el, { childList: true, subtree: true });
    document.fonts?.addEventListener?.('loadingdone', schedule);
    schedule();
    return () => {
      if (frame) cancelAnimationFrame(frame);
      resize.disconnect();
      mutation.disconnect();
      document.fonts?.removeEventListener?.('loadingdone', schedule);
    };
    // Re-run after every step: a step that changed nothing on screen (a slide without a chart) still
    // needs the next one.
  }, [ref, key, current.chart, current.level]);
  return current;
}
