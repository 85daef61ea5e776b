/**
 * The history panel: the reduced composite (history v1) quarter by quarter since 1997, components
 * stacked as in the pressure panel, the 2000 and 2007 peaks and the NBER recessions marked, today's
 * reading on the same scale, provisional values flagged and ICE's notice shown with the spreads.
 *
 * Hover publishes the hovered quarter's *year* to the shared crosshair (and shows the year another
 * chart hovers); the quarter itself lives in a small store of this panel, so only the crosshair layer
 * and the readout re-render on hover.
 */
import {
  type KeyboardEvent,
  type PointerEvent,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  usePlotArea,
  useXAxisInverseScale,
  XAxis,
  YAxis,
} from 'recharts';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { localLabel } from '../../data/localise';
import { addQuarters, type Quarter, quarterAtX, quarterX } from '../../domain/dated';
import { formatNumber, formatPercent } from '../../domain/format';
import type { HistoryReading } from '../../domain/history';
import {
  HISTORY_COMPONENT_IDS,
  HISTORY_METRIC_COMPONENT,
  HISTORY_METRIC_IDS,
  type HistoryComponentId,
} from '../../domain/history-ids';
import type { YearRange } from '../../domain/ids';
import { useHistory } from '../../gauge/use-history';
import { useApp, useAppStore, useLocale, useT } from '../../store/react';
import { usePublishPlotted } from '../../ui/export/plotted-context';
import { defaultUrlState } from '../../url/codec';
import { useAxisTick } from '../chart/axis-font';
import { fitLabel } from '../chart/fit-label';
import { fillProps, useChartHeight } from '../chart/height';
import { ChartSizer } from '../chart/size';
import { historyDomain, historyRows, monthX, readingForYear, yearTicks } from './prepare';

/** The pressure panel's colours for the matching gauge components. */
export const HISTORY_COLORS: Readonly<Record<HistoryComponentId, string>> = {
  valuation: '#CC79A7',
  investment: '#0072B2',
  credit: '#6b5b2e',
  debt: '#E69F00',
};

/** The plot's box in the chart and the years it spans: enough to place the HTML crosshair. */
interface PlotGeometry {
  x: number;
  y: number;
  width: number;
  height: number;
  from: number;
  to: number;
}

type HoverStore = StoreApi<{ quarter: Quarter | null; focused: boolean; geom: PlotGeometry | null }>;

function clampQuarter(q: Quarter, first: Quarter, last: Quarter): Quarter {
  return q < first ? first : q > last ? last : q;
}

/**
 * The hover and drag layer, inside the chart (Recharts' scale hooks): a transparent overlay whose
 * attributes never change on hover, and the plot's geometry for the HTML crosshair.
 */
function HistoryInteraction({
  hover,
  first,
  last,
  domain,
}: {
  hover: HoverStore;
  first: Quarter;
  last: Quarter;
  domain: [number, number];
}) {
  const plot = usePlotArea();
  const inverse = useXAxisInverseScale();
  const setHoverYear = useApp((s) => s.setHoverYear);
  const setRange = useApp((s) => s.setRange);
  const dragFrom = useRef<Quarter | null>(null);
  const [px, py, pw, ph] = plot ? [plot.x, plot.y, plot.width, plot.height] : [null, null, null, null];
  const [from, to] = domain;
  useEffect(() => {
    if (px === null || py === null || pw === null || ph === null) return;
    hover.setState({ geom: { x: px, y: py, width: pw, height: ph, from, to } });
  }, [hover, px, py, pw, ph, from, to]);
  if (!plot || !inverse) return null;
  const quarterAt = (e: PointerEvent<SVGRectElement>): Quarter => {
    const svg = e.currentTarget.ownerSVGElement;
    const left = svg ? svg.getBoundingClientRect().left : 0;
    const x = Number(inverse(e.clientX - left));
    return clampQuarter(quarterAtX(Number.isFinite(x) ? x : domain[0]), first, last);
  };
  return (
    <rect
      data-plot-overlay=""
      x={plot.x}
      y={plot.y}
      width={Math.max(0, plot.width)}
      height={Math.max(0, plot.height)}
      fill="transparent"
      style={{ cursor: 'crosshair', touchAction: 'pan-y' }}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        dragFrom.current = quarterAt(e);
      }}
      onPointerMove={(e) => {
        const q = quarterAt(e);
        hover.setState({ quarter: q });
        setHoverYear(Number(q.slice(0, 4)));
      }}
      onPointerUp={(e) => {
        const from = dragFrom.current;
        const to = quarterAt(e);
        if (from !== null && from.slice(0, 4) !== to.slice(0, 4)) {
          setRange([Number(from.slice(0, 4)), Number(to.slice(0, 4))]);
        }
        dragFrom.current = null;
      }}
      onPointerCancel={() => {
        dragFrom.current = null;
      }}
      onPointerLeave={() => {
        if (dragFrom.current === null) {
          hover.setState({ quarter: null });
          setHoverYear(null);
        }
      }}
    />
  );
}

/**
 * The crosshair: HTML over the chart, placed with a transform outside React rendering, so hovering
 * never redraws the SVG. It shows the hovered quarter, or the year another chart hovers.
 */
function HtmlCrosshair({ hover }: { hover: HoverStore }) {
  const store = useAppStore();
  const crossRef = useRef<HTMLDivElement>(null);
  const labelRef = useRef<HTMLSpanElement>(null);
  const lineRef = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const apply = () => {
      const el = crossRef.current;
      const label = labelRef.current;
      const line = lineRef.current;
      if (!el || !label || !line) return;
      const { quarter, geom } = hover.getState();
      const year = store.getState().hoverYear;
      const own = quarter !== null && Number(quarter.slice(0, 4)) === year;
      const x = own && quarter ? quarterX(quarter) : year !== null ? year + 0.5 : null;
      if (!geom || x === null || x < geom.from || x > geom.to) {
        el.style.visibility = 'hidden';
        return;
      }
      const px = geom.x + ((x - geom.from) / (geom.to - geom.from)) * geom.width;
      el.style.transform = `translateX(${px}px)`;
      el.style.visibility = 'visible';
      label.textContent = own && quarter ? quarter : String(year);
      label.style.top = `${Math.max(0, geom.y - 16)}px`;
      line.style.top = `${geom.y}px`;
      line.style.height = `${geom.height}px`;
    };
    apply();
    const offHover = hover.subscribe(apply);
    const offApp = store.subscribe((s, prev) => {
      if (s.hoverYear !== prev.hoverYear) apply();
    });
    return () => {
      offHover();
      offApp();
    };
  }, [hover, store]);
  return (
    <div ref={crossRef} className="crosshair" aria-hidden="true" style={{ visibility: 'hidden' }}>
      <span ref={labelRef} className="crosshair-label" />
      <span ref={lineRef} className="crosshair-line" />
    </div>
  );
}

/** The hovered quarter's composite, components and metrics. Re-renders on hover; the chart does not. */
function HistoryReadout({ hover, readings }: { hover: HoverStore; readings: readonly HistoryReading[] }) {
  const quarter = useStore(hover, (s) => s.quarter);
  const focused = useStore(hover, (s) => s.focused);
  const hoverYear = useApp((s) => s.hoverYear);
  const min = useApp((s) => s.builtin.history?.minComponents ?? 3);
  const t = useT();
  const locale = useLocale();
  const reading =
    quarter !== null && Number(quarter.slice(0, 4)) === hoverYear
      ? (readings.find((r) => r.quarter === quarter) ?? null)
      : hoverYear !== null
        ? readingForYear(readings, hoverYear)
        : null;
  if (!reading) {
    return (
      <p className="readout history-readout muted" aria-live="off" data-history-readout="">
        {t('history.readout.none')}
      </p>
    );
  }
  return (
    <p
      className="readout history-readout"
      aria-live={focused ? 'polite' : 'off'}
      data-history-readout=""
      data-quarter={reading.quarter}
      data-composite={reading.value === null ? '' : reading.value.toFixed(1)}
    >
      {/* Keyed by quarter: new text nodes on each quarter, none of them moved (no layout shift). */}
      <span key={reading.quarter}>
        <strong>{reading.quarter}</strong>
        {' · '}
        {reading.value === null ? (
          <span className="muted">{t('history.readout.unscored', { min })}</span>
        ) : (
          <>
            {t('history.composite')}: <b>{formatNumber(reading.value, locale, 1)}</b>
          </>
        )}
        {HISTORY_COMPONENT_IDS.map((c) => {
          const metrics = HISTORY_METRIC_IDS.filter(
            (m) => HISTORY_METRIC_COMPONENT[m] === c && reading.raw[m] !== null,
          );
          if (metrics.length === 0) return null;
          const points = reading.contributions[c];
          return (
            <span key={c}>
              {' · '}
              <span className="readout-item">
                <span className="swatch" style={{ background: HISTORY_COLORS[c] }} aria-hidden="true" />
                {t(`history.c.${c}`)}
                {points !== null ? (
                  <>
                    : <b>{formatNumber(points, locale, 1)}</b>
                  </>
                ) : null}{' '}
                <span className="muted">
                  (
                  {metrics
                    .map((m) => {
                      const flag = reading.provisional.includes(m) ? ` ${t('history.provisional')}` : '';
                      return `${t(`history.m.${m}`)} ${formatPercent(reading.raw[m] ?? 0, locale, m.endsWith('oas') || m === 'infotech-gdp' ? 2 : 1)}${flag}`;
                    })
                    .join(', ')}
                  )
                </span>
              </span>
            </span>
          );
        })}
      </span>
    </p>
  );
}

function Chart({
  readings,
  domain,
  hover,
}: {
  readings: readonly HistoryReading[];
  domain: [number, number];
  hover: HoverStore;
}) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const method = useApp((s) => s.builtin.history);
  const height = useChartHeight(300);
  const tick = useAxisTick();
  const rows = useMemo(() => historyRows(readings), [readings]);
  const first = readings[0]?.quarter ?? '1997-Q1';
  const last = readings.at(-1)?.quarter ?? first;
  const today = useMemo(() => {
    for (let i = readings.length - 1; i >= 0; i--) if (readings[i]?.value !== null) return readings[i];
    return undefined;
  }, [readings]);
  const provisional = readings.filter((r) => r.provisional.length > 0);
  const ticks = useMemo(() => yearTicks(domain), [domain]);
  const setHoverYear = useApp((s) => s.setHoverYear);
  const sliderRef = useRef<HTMLDivElement>(null);
  // The slider's value follows the hovered quarter outside React, so hovering never redraws the chart.
  useEffect(() => {
    const apply = (q: Quarter | null) => {
      const el = sliderRef.current;
      if (!el) return;
      const i = q === null ? -1 : readings.findIndex((r) => r.quarter === q);
      el.setAttribute('aria-valuenow', String(i >= 0 ? i : Math.max(0, readings.length - 1)));
      if (q === null) el.removeAttribute('aria-valuetext');
      else el.setAttribute('aria-valuetext', q);
    };
    apply(hover.getState().quarter);
    return hover.subscribe((s) => apply(s.quarter));
  }, [hover, readings]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const cur = hover.getState().quarter ?? today?.quarter ?? last;
    let next: Quarter | null = cur;
    if (e.key === 'ArrowLeft') next = addQuarters(cur, -1);
    else if (e.key === 'ArrowRight') next = addQuarters(cur, 1);
    else if (e.key === 'Home') next = first;
    else if (e.key === 'End') next = last;
    else if (e.key === 'Escape') next = null;
    else return;
    e.preventDefault();
    if (next === null) {
      hover.setState({ quarter: null });
      setHoverYear(null);
      return;
    }
    next = clampQuarter(next, first, last);
    hover.setState({ quarter: next });
    setHoverYear(Number(next.slice(0, 4)));
  };
  return (
    // The chart is a slider over the quarters: the arrow keys move the hovered quarter.
    <div
      className="chart-wrap chart-focus history-chart"
      role="slider"
      tabIndex={0}
      ref={sliderRef}
      aria-orientation="horizontal"
      aria-valuemin={0}
      aria-valuemax={Math.max(0, readings.length - 1)}
      aria-valuenow={Math.max(0, readings.length - 1)}
      aria-label={t('history.chartLabel', { from: first, to: last })}
      data-x-domain={`${domain[0]}-${domain[1]}`}
      onKeyDown={onKeyDown}
      onFocus={() => hover.setState({ focused: true })}
      onBlur={() => hover.setState({ focused: false })}
    >
      <ChartSizer height={height}>
        <ComposedChart
          {...fillProps(height)}
          accessibilityLayer={false}
          data={rows}
          margin={{ top: 22, right: 16, bottom: 4, left: 4 }}
        >
          <CartesianGrid vertical={false} className="grid" />
          <XAxis
            tick={tick}
            dataKey="x"
            type="number"
            domain={domain}
            ticks={ticks}
            allowDataOverflow
            tickFormatter={(v: number) => String(Math.floor(v))}
          />
          <YAxis tick={tick} domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} width="auto" />
          {(method?.recessions ?? []).map((r) => (
            <ReferenceArea
              key={r.id}
              x1={monthX(r.from)}
              x2={monthX(r.to, true)}
              className="recession-area"
              ifOverflow="hidden"
              label={fitLabel(localLabel(r, lang), 'insideBottom')}
            />
          ))}
          {HISTORY_COMPONENT_IDS.map((c) => (
            <Area
              key={c}
              dataKey={c}
              name={t(`history.c.${c}`)}
              stackId="h"
              type="stepAfter"
              stroke={HISTORY_COLORS[c]}
              fill={HISTORY_COLORS[c]}
              fillOpacity={0.75}
              strokeWidth={0.5}
              isAnimationActive={false}
              connectNulls={false}
              dot={false}
              activeDot={false}
            />
          ))}
          {(method?.peaks ?? []).map((p) => (
            <ReferenceLine
              key={p.id}
              x={quarterX(p.quarter)}
              className="peak-line"
              strokeDasharray="4 3"
              ifOverflow="hidden"
              label={fitLabel(localLabel(p, lang), 'top')}
            />
          ))}
          {today && today.value !== null ? (
            <>
              <ReferenceLine
                y={today.value}
                className="today-line"
                strokeDasharray="2 3"
                label={fitLabel(
                  t('history.today', { quarter: today.quarter, value: today.value.toFixed(1) }),
                  'insideBottomRight',
                  'annotation today-label',
                )}
              />
              <ReferenceDot
                x={quarterX(today.quarter)}
                y={today.value}
                r={4}
                className="today-dot"
                ifOverflow="hidden"
              />
            </>
          ) : null}
          {provisional.map((r) => (
            <ReferenceLine
              key={r.quarter}
              x={quarterX(r.quarter)}
              className="provisional-line"
              strokeDasharray="1 2"
              ifOverflow="hidden"
              label={fitLabel(`${r.quarter} ${t('history.provisional')}`, 'insideTopRight')}
            />
          ))}
          <HistoryInteraction hover={hover} first={first} last={last} domain={domain} />
        </ComposedChart>
      </ChartSizer>
      <HtmlCrosshair hover={hover} />
    </div>
  );
}

export default function HistoryPanel() {
  const h = useHistory();
  const t = useT();
  const locale = useLocale();
  const range = useApp((s) => s.range);
  const sources = useApp((s) => s.builtin.sources);
  const [hover] = useState<HoverStore>(() =>
    createStore(() => ({ quarter: null, focused: false, geom: null })),
  );
  const readings = h.status === 'ready' ? h.readings : null;
  const figures = useMemo(
    () =>
      (readings ?? []).flatMap((r) =>
        r.value === null
          ? []
          : [
              ...HISTORY_COMPONENT_IDS.map((c) => ({
                period: r.quarter,
                series: t(`history.c.${c}`),
                value: r.contributions[c],
                unit: 'points' as const,
                kind: 'computed',
              })),
              {
                period: r.quarter,
                series: t('history.composite'),
                value: r.value,
                unit: 'points' as const,
                kind: 'computed',
              },
            ],
      ),
    [readings, t],
  );
  usePublishPlotted('history', figures);
  const spreadsLicence =
    h.status === 'ready' ? (h.series.BAMLC0A4CBBB?.licence ?? h.series.BAMLH0A0HYM2?.licence) : undefined;

  if (h.status === 'loading') {
    return (
      <div className="panel-loading" aria-busy="true" data-history-status="loading">
        <p className="muted">{t('history.loading')}</p>
      </div>
    );
  }
  if (h.status !== 'ready') {
    return (
      <p className="panel-warning" role="note" data-history-status={h.status}>
        {h.status === 'no-method' ? t('history.noMethod') : t('history.error')}
      </p>
    );
  }
  const first = h.readings[0]?.quarter;
  const last = h.readings.at(-1)?.quarter;
  if (!first || !last || !h.today) {
    return <p className="panel-warning">{t('history.empty')}</p>;
  }
  const domain = historyDomain([first, last], range as YearRange, defaultUrlState().range);
  const today = h.today;
  const nber = sources.find((s) => s.id === 'nber-business-cycles');
  const missing = HISTORY_COMPONENT_IDS.filter((c) => !today.covered.includes(c)).map((c) =>
    t(`history.c.${c}`),
  );
  return (
    <div data-history-status="ready">
      <ul className="legend">
        {HISTORY_COMPONENT_IDS.map((c) => (
          <li key={c}>
            <svg width="22" height="10" aria-hidden="true">
              <rect x="1" y="1" width="20" height="8" fill={HISTORY_COLORS[c]} fillOpacity={0.75} />
            </svg>{' '}
            {t(`history.c.${c}`)}
          </li>
        ))}
      </ul>
      <Chart readings={h.readings} domain={domain} hover={hover} />
      <HistoryReadout hover={hover} readings={h.readings} />
      <p className="panel-note" data-history-today={today.value?.toFixed(1)}>
        {t('history.todayNote', {
          quarter: today.quarter,
          value: formatNumber(today.value ?? 0, locale, 1),
          count: today.covered.length,
          missing: missing.length > 0 ? missing.join(t('panel.sourceSeparator')) : '—',
        })}
        {nber ? ` ${t('history.recessions', { source: nber.publisher })}` : ''}
      </p>
      {h.readings
        .filter((r) => r.provisional.length > 0)
        .flatMap((r) =>
          r.provisional.map((m) => (
            <p key={`${r.quarter}-${m}`} className="panel-note" data-provisional={`${r.quarter}:${m}`}>
              {t('history.provisionalNote', {
                quarter: r.quarter,
                metric: t(`history.m.${m}`),
                value: formatPercent(r.raw[m] ?? 0, locale, 1),
              })}
            </p>
          )),
        )}
      <p className="panel-note muted">{t('history.method', { min: h.method.minComponents })}</p>
      {spreadsLicence ? (
        <p className="panel-note licence-notice" data-licence="ice">
          {t('history.licence', { owner: spreadsLicence.owner, notice: spreadsLicence.notice })}
        </p>
      ) : null}
    </div>
  );
}
