import { memo, type RefObject, useCallback, useLayoutEffect, useRef } from 'react';
import { useHoverYearEffect, useT } from '../../store/react';
import type { readoutByYear } from './series';

/**
 * The values of every series at the hovered year, over the chart's legend: the legend names the same
 * series with the same swatches, so while a year is hovered its values take the key's place. The
 * readout never covers the plot, and it keeps no band of its own: it is positioned (absolutely, nothing
 * moves) at the top of the legend's box, as an opaque card as tall as its values, and the legend steps
 * back (faded) while it shows; a year with more to say than the legend runs on down over the panel's
 * notes, never out of the panel (the rest is clipped: every figure is also in the panel's data table).
 *
 * Every year's values are rendered once, in one grid cell, only the hovered one visible: hover only
 * switches which one shows (outside React rendering). The hint is for screen readers. Only the chart with
 * keyboard focus announces (aria-live), so a screen reader hears one chart per move, not all six.
 */
export const HoverReadout = memo(function HoverReadout({
  years,
  live,
  legendRef,
}: {
  years: ReturnType<typeof readoutByYear>;
  live: boolean;
  legendRef: RefObject<HTMLElement | null>;
}) {
  const t = useT();
  const boxRef = useRef<HTMLDivElement>(null);
  const apply = useCallback((year: number | null) => {
    const el = boxRef.current;
    if (!el) return;
    const want = year === null ? 'none' : String(year);
    let reading = false;
    for (const child of el.children) {
      const off = (child as HTMLElement).dataset.readoutYear !== want;
      if (child.classList.contains('off') !== off) child.classList.toggle('off', off);
      if (!off && year !== null) reading = true;
    }
    // While a year's values show, the legend under them steps back (chart.css).
    const chart = el.parentElement;
    if (chart && chart.hasAttribute('data-reading') !== reading)
      chart.toggleAttribute('data-reading', reading);
  }, []);
  useHoverYearEffect(apply);
  useOverLegend(boxRef, legendRef);
  return (
    <div className="readout" aria-live={live ? 'polite' : 'off'} ref={boxRef}>
      <p className="readout-hint sr-only" data-readout-year="none">
        {t('panel.readout.none')}
      </p>
      {years.map(({ year, lines }) => (
        <p key={year} className="readout-values off" data-readout-year={year}>
          <strong className="readout-year">{year}</strong>
          {lines.length === 0 ? <span className="muted"> · {t('panel.readout.empty')}</span> : null}
          {lines.map((l) => (
            <span key={l.key} className="readout-line">
              <span className="readout-sep">{' · '}</span>
              <span className="readout-item">
                <span className="swatch" style={{ background: l.color }} aria-hidden="true" />
                {l.label}: <b>{l.text}</b>
                {l.kind === null ? null : <span className="muted"> ({t(l.kind)})</span>}
              </span>
            </span>
          ))}
        </p>
      ))}
    </div>
  );
});

/**
 * Keeps the readout on the legend's box: its top, left and width, and room down to the bottom of the
 * panel's content (at least the legend's height) as its most height. Measured
 * whenever the chart, the legend or the panel changes size (a ResizeObserver: nothing on hover), and set
 * on the element directly (no React render). In the chart's own CSS pixels, so a zoomed or scaled slide
 * places it right too.
 */
function useOverLegend(boxRef: RefObject<HTMLElement | null>, legendRef: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = boxRef.current;
    const chart = el?.parentElement;
    if (!el || !chart) return;
    const legend = legendRef.current;
    const panel = chart.closest<HTMLElement>('[data-panel]') ?? chart;
    const place = () => {
      const c = chart.getBoundingClientRect();
      const scale = chart.offsetWidth > 0 && c.width > 0 ? c.width / chart.offsetWidth : 1;
      // Without a legend (none is drawn), the readout starts where it would be: below the chart's drawing.
      const l = legend?.getBoundingClientRect() ?? {
        top: c.bottom,
        left: c.left,
        width: c.width,
        height: 0,
      };
      const p = panel.getBoundingClientRect();
      const ps = getComputedStyle(panel);
      const inner =
        p.bottom -
        ((Number.parseFloat(ps.paddingBottom) || 0) + (Number.parseFloat(ps.borderBottomWidth) || 0)) * scale;
      const height = l.height / scale;
      const room = Math.max(height, (inner - l.top) / scale);
      el.style.top = `${(l.top - c.top) / scale}px`;
      el.style.left = `${(l.left - c.left) / scale}px`;
      el.style.width = `${l.width / scale}px`;
      el.style.maxHeight = `${room}px`;
    };
    place();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(place);
    ro.observe(chart);
    ro.observe(panel);
    if (legend) ro.observe(legend);
    return () => ro.disconnect();
  }, [boxRef, legendRef]);
}
