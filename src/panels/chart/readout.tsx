import { memo, useCallback, useRef } from 'react';
import type { YearRange } from '../../domain/ids';
import { useHoverYearEffect, useT } from '../../store/react';
import type { PlotBox } from './plot-interaction';
import type { readoutByYear } from './series';

/**
 * The values of every series at the hovered year, over the plot: no band is kept above the chart for
 * them. The box lies over the top of the plot, on the side away from the hovered year (so the hovered
 * values and the crosshair stay in sight), and takes no pointer. Every year's values are rendered
 * once, in one grid cell, only the hovered one visible: hover only switches which one shows (outside
 * React rendering). The hint is for screen readers. Only the chart with keyboard focus announces
 * (aria-live), so a screen reader hears one chart per move, not all six.
 */
export const HoverReadout = memo(function HoverReadout({
  years,
  live,
  box,
  range,
}: {
  years: ReturnType<typeof readoutByYear>;
  live: boolean;
  box: PlotBox | null;
  range: YearRange;
}) {
  const t = useT();
  const boxRef = useRef<HTMLDivElement>(null);
  const apply = useCallback(
    (year: number | null) => {
      const el = boxRef.current;
      if (!el) return;
      const want = year === null ? 'none' : String(year);
      for (const child of el.children) {
        const off = (child as HTMLElement).dataset.readoutYear !== want;
        if (child.classList.contains('off') !== off) child.classList.toggle('off', off);
      }
      // A year in the left half of the chart reads on the right, and the other way round.
      const side = year !== null && year <= (range[0] + range[1]) / 2 ? 'right' : 'left';
      if (el.dataset.side !== side) el.dataset.side = side;
    },
    [range],
  );
  useHoverYearEffect(apply);
  return (
    <div
      className="readout"
      aria-live={live ? 'polite' : 'off'}
      ref={boxRef}
      data-side="left"
      style={
        box ? { top: box.y + 4, left: box.x + 4, width: Math.max(0, box.width - 8) } : { display: 'none' }
      }
    >
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
