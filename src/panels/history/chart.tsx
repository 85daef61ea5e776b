/**
 * The history v2 chart: both indices as quarterly steps on a 1 January year axis, NBER recessions shaded to
 * the month, each bust episode marked from its peak to its trough with a label placed so that none overlap
 * (stacked in rows with leader lines, shortened, or left to the readout when even the shortest do not fit),
 * the latest reading of each index as a dot. Drawn as plain SVG from `prepare.ts`: every text box is placed
 * by code, so labels never collide. The crosshair, the drag and the keys are the time charts' own
 * (`chart/plot-interaction.tsx`) over a quarterly x scale: hover publishes the hovered quarter's year to
 * every chart and keeps the quarter in the panel's small hover store, so the SVG does not re-render on hover.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { IndexId } from '../../domain/backtest/method';
import { quarterX } from '../../domain/dated';
import { useApp } from '../../store/react';
import { FILL, useChartHeight } from '../chart/height';
import { type PlotBox, PlotInteraction, useStepKeys } from '../chart/plot-interaction';
import { QUARTERS, quarterScale } from '../chart/x-scale';
import type { BustMark, QuarterView, RecessionSpan } from './backtest-view';
import type { HistoryTranslate } from './messages';
import {
  bustSummary,
  layoutLabels,
  monthX,
  type PlacedLabel,
  quarterStart,
  stepPath,
  xScale,
  yearTicks,
} from './prepare';

/** Build-up in vermillion, stress in blue (Okabe–Ito: apart for every colour vision). */
export const INDEX_COLORS: Readonly<Record<IndexId, string>> = { buildup: '#D55E00', stress: '#0072B2' };

/** The hovered quarter (a `QUARTERS` step, e.g. 2025 × 4 + 3 for 2025-Q4) and whether the chart has focus. */
export type HoverStore = StoreApi<{ step: number | null; focused: boolean }>;

const FONT_PX = 11;
const ROW = 15;
const LABEL_ROWS = 2;

/** Text widths in the chart's own font (canvas), so labels are placed by what the reader's font draws. */
function useMeasure(el: HTMLElement | null): (s: string) => number {
  return useMemo(() => {
    const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext?.('2d') : null;
    if (!ctx || !el) return (s: string) => s.length * FONT_PX * 0.62;
    const family = getComputedStyle(el).fontFamily || 'sans-serif';
    ctx.font = `${FONT_PX}px ${family}`;
    return (s: string) => ctx.measureText(s).width;
  }, [el]);
}

function useBoxSize(el: HTMLElement | null): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    if (!el) return;
    const read = () => {
      const r = el.getBoundingClientRect();
      setSize((s) =>
        Math.abs(s.width - r.width) < 0.5 && Math.abs(s.height - r.height) < 0.5
          ? s
          : { width: r.width, height: r.height },
      );
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, [el]);
  return size;
}

/** The window's height while `on` (it follows resizes); 0 otherwise. */
function useViewportHeight(on: boolean): number {
  const [h, setH] = useState(() => (on && typeof window !== 'undefined' ? window.innerHeight : 0));
  useEffect(() => {
    if (!on) return;
    const read = () => setH(window.innerHeight);
    read();
    window.addEventListener('resize', read);
    return () => window.removeEventListener('resize', read);
  }, [on]);
  return h;
}

function lastScored(quarters: readonly QuarterView[], idx: IndexId): QuarterView | null {
  for (let i = quarters.length - 1; i >= 0; i--) {
    const q = quarters[i];
    if (q && q[idx] !== null) return q;
  }
  return null;
}

export function HistoryChart({
  quarters,
  busts,
  recessions,
  domain,
  hover,
  t,
}: {
  quarters: readonly QuarterView[];
  busts: readonly BustMark[];
  recessions: readonly RecessionSpan[];
  domain: [number, number];
  hover: HoverStore;
  t: HistoryTranslate;
}) {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const size = useBoxSize(box);
  const measure = useMeasure(box);
  // Enlarged (the panel in focus on the dashboard), the plot takes at least 60% of the window's height.
  const enlarged = useApp((s) => s.focus === 'history');
  const viewport = useViewportHeight(enlarged);
  const wanted = useChartHeight(enlarged ? Math.max(300, Math.round(0.6 * viewport) + 60) : 300);
  const first = quarters[0]?.quarter ?? '1923-Q1';
  const last = quarters.at(-1)?.quarter ?? first;

  const width = Math.max(0, size.width);
  // Filling its box (an embed), the chart is as tall as the box the layout gives it, never taller.
  const height = wanted === FILL ? Math.max(60, Math.floor(size.height)) : wanted;
  const [from, to] = domain;
  const yLabelW = Math.ceil(measure('100')) + 8;
  const left = yLabelW;
  const right = 10;
  const pw = Math.max(10, width - left - right);
  const x = useMemo(() => xScale(domain, left, pw), [domain, left, pw]);

  // Bust marks in the shown years, labelled from the longest text that lets all of them fit.
  const bustLabels = useMemo(() => {
    const shown = busts.filter((b) => quarterX(b.to) + 0.125 > from && quarterStart(b.from) < to);
    const items = shown.map((b) => {
      const s = bustSummary(b);
      const year = b.from.slice(0, 4);
      const vars = {
        year,
        yy: year.slice(2),
        market: t(`market.${s.market}`),
        fall: Math.round(s.fallPct),
        trough: s.troughYear,
      };
      return {
        id: b.id,
        x: x(Math.max(from, quarterX(b.from))),
        variants: [t('bust.long', vars), t('bust.medium', vars), t('bust.short', vars), t('bust.tiny', vars)],
      };
    });
    return {
      shown,
      ...layoutLabels(items, measure, { left, right: left + pw, rows: LABEL_ROWS, leaders: true }),
    };
  }, [busts, from, to, x, t, measure, left, pw]);
  const rowsUsed = bustLabels.placed.length === 0 ? 0 : Math.max(...bustLabels.placed.map((p) => p.row)) + 1;
  const top = 8 + rowsUsed * ROW;

  // Recessions in the shown years; their labels go under the axis only when every one of them fits.
  const recessionsShown = recessions.filter((r) => monthX(r.to, true) > from && monthX(r.from) < to);
  const recessionLabels = useMemo(() => {
    const items = recessionsShown.map((r) => {
      const a = r.from.slice(0, 4);
      const b = r.to.slice(0, 4);
      return {
        id: r.from,
        x: x(Math.max(from, monthX(r.from))),
        variants: [a === b ? a : `${a}–${b.slice(2)}`, a, `’${a.slice(2)}`],
      };
    });
    const r = layoutLabels(items, measure, { left, right: left + pw, rows: 1, gap: 4, pad: 0 });
    return r.dropped.length === 0 ? r.placed : [];
  }, [recessionsShown, x, from, measure, left, pw]);
  const bottom = 20 + (recessionLabels.length > 0 ? ROW : 0);
  const ph = Math.max(20, height - top - bottom);
  const y = (v: number) => top + ph * (1 - v / 100);
  const ticks = yearTicks(domain, pw);

  // The plot in the SVG's pixels, and its quarters: the pointer and the keys reach those with data.
  const plot = useMemo<PlotBox>(() => ({ x: left, y: top, width: pw, height: ph }), [left, top, pw, ph]);
  const scale = useMemo(() => quarterScale(domain, first, last), [domain, first, last]);
  const onKeyDown = useStepKeys({ scale, own: hover });

  // The slider's value follows the hovered quarter outside React.
  const sliderRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const apply = (step: number | null) => {
      const el = sliderRef.current;
      if (!el) return;
      const q = step === null ? null : QUARTERS.format(step);
      const i = q === null ? -1 : quarters.findIndex((r) => r.quarter === q);
      el.setAttribute('aria-valuenow', String(i >= 0 ? i : Math.max(0, quarters.length - 1)));
      if (q === null) el.removeAttribute('aria-valuetext');
      else el.setAttribute('aria-valuetext', q);
    };
    apply(hover.getState().step);
    return hover.subscribe((s) => apply(s.step));
  }, [hover, quarters]);

  const latest = { buildup: lastScored(quarters, 'buildup'), stress: lastScored(quarters, 'stress') };
  const labelY = (p: PlacedLabel) => top - 6 - p.row * ROW;
  const clip = (v: number) => Math.min(left + pw, Math.max(left, v));

  return (
    <div
      className="chart-wrap chart-focus history-chart hv2-chart"
      role="slider"
      tabIndex={0}
      ref={sliderRef}
      aria-orientation="horizontal"
      aria-valuemin={0}
      aria-valuemax={Math.max(0, quarters.length - 1)}
      aria-valuenow={Math.max(0, quarters.length - 1)}
      aria-label={t('chartLabel', { from: first, to: last })}
      data-x-domain={`${from}-${to}`}
      onKeyDown={onKeyDown}
      onFocus={() => hover.setState({ focused: true })}
      onBlur={() => hover.setState({ focused: false })}
    >
      <div
        ref={setBox}
        className={wanted === FILL ? 'chart-fill hv2-box' : 'hv2-box'}
        style={wanted === FILL ? undefined : { height }}
      >
        {width > 0 ? (
          <svg width={width} height={height} className="hv2-svg" aria-hidden="true" data-history-svg="">
            <g className="hv2-recessions">
              {recessionsShown.map((r) => {
                const a = clip(x(monthX(r.from)));
                const b = clip(x(monthX(r.to, true)));
                return (
                  <rect
                    key={r.from}
                    className="hv2-recession"
                    data-recession={`${r.from}/${r.to}`}
                    x={a}
                    y={top}
                    width={Math.max(1, b - a)}
                    height={ph}
                  />
                );
              })}
            </g>
            <g className="hv2-grid">
              {[0, 25, 50, 75, 100].map((v) => (
                <g key={v}>
                  <line
                    x1={left}
                    x2={left + pw}
                    y1={y(v)}
                    y2={y(v)}
                    className={v === 50 ? 'hv2-high-line' : v === 0 ? 'hv2-axis-line' : 'hv2-grid-line'}
                  />
                  <text
                    x={left - 5}
                    y={y(v)}
                    className="hv2-tick"
                    textAnchor="end"
                    dominantBaseline="central"
                  >
                    {v}
                  </text>
                </g>
              ))}
              {ticks.map((tk) => {
                const px = x(tk);
                const w = measure(String(tk));
                // A label at the plot's edge starts (or ends) there: clear of the y-axis labels and inside the chart.
                const anchor = px + w / 2 > width ? 'end' : px - w / 2 < left ? 'start' : 'middle';
                return (
                  <g key={tk}>
                    <line x1={px} x2={px} y1={top + ph} y2={top + ph + 4} className="hv2-axis-line" />
                    <text x={px} y={top + ph + 14} className="hv2-tick" textAnchor={anchor}>
                      {tk}
                    </text>
                  </g>
                );
              })}
            </g>
            <g className="hv2-busts">
              {bustLabels.shown.map((b) => {
                const a = clip(x(quarterStart(b.from)));
                const z = clip(x(quarterStart(b.to) + 0.25));
                const px = x(Math.max(from, quarterX(b.from)));
                return (
                  <g key={b.id} data-bust={b.id}>
                    <rect className="hv2-bust-span" x={a} y={top} width={Math.max(1, z - a)} height={4} />
                    {quarterX(b.from) >= from ? (
                      <line className="hv2-bust-line" x1={px} x2={px} y1={top} y2={top + ph} />
                    ) : null}
                  </g>
                );
              })}
              {bustLabels.placed.map((p) => {
                const item = bustLabels.shown.find((b) => b.id === p.id);
                const px = item ? x(Math.max(from, quarterX(item.from))) : p.left;
                return (
                  <g key={p.id} data-bust-label={p.id}>
                    {p.row > 0 ? (
                      <line className="hv2-leader" x1={px} x2={px} y1={labelY(p) + 3} y2={top} />
                    ) : null}
                    <text x={p.left} y={labelY(p)} className="hv2-label">
                      {p.text}
                    </text>
                  </g>
                );
              })}
            </g>
            {(['stress', 'buildup'] as const).map((idx) => (
              <path
                key={idx}
                d={stepPath(quarters, (q) => q[idx], domain, x, y)}
                className={`hv2-line hv2-line-${idx}`}
                stroke={INDEX_COLORS[idx]}
                fill="none"
                data-index-line={idx}
              />
            ))}
            {(['stress', 'buildup'] as const).map((idx) => {
              const q = latest[idx];
              const v = q?.[idx];
              if (!q || v === null || v === undefined) return null;
              const cx = x(quarterStart(q.quarter) + 0.25);
              if (cx < left - 0.5 || cx > left + pw + 0.5) return null;
              return (
                <circle
                  key={idx}
                  cx={cx}
                  cy={y(v)}
                  r={3.5}
                  className="hv2-latest"
                  stroke={INDEX_COLORS[idx]}
                  data-latest={idx}
                />
              );
            })}
            {recessionLabels.map((p) => (
              <text key={p.id} x={p.left} y={top + ph + 14 + ROW} className="hv2-label hv2-recession-label">
                {p.text}
              </text>
            ))}
          </svg>
        ) : null}
        {width > 0 ? (
          <PlotInteraction box={plot} scale={scale} own={hover} labelClass="hv2-cross-label" labelInside />
        ) : null}
      </div>
    </div>
  );
}
