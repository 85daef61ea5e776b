/**
 * A time-series chart on the shared year axis: it follows the store's year range, draws the linked
 * crosshair and drag-to-zoom, and moves the hovered year with the arrow keys when focused.
 */
import {
  Children,
  isValidElement,
  type KeyboardEvent,
  memo,
  type ReactNode,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Scatter,
  XAxis,
  YAxis,
} from 'recharts';
import type { AppEvent, Unit } from '../../data/schema';
import { chartPoints } from '../../domain/downsample';
import { timeChartFigures } from '../../domain/export/plotted';
import { formatNumber, formatValue } from '../../domain/format';
import { FULL_RANGE, isIssuerId, type YearRange } from '../../domain/ids';
import { overrideTarget } from '../../domain/imports';
import { matchesSelection, periodYear } from '../../domain/series';
import type { ImportedSeries } from '../../domain/types';
import type { MessageKey } from '../../i18n/messages';
import { useApp, useAppStore, useHoverYearEffect, useLocale, useT } from '../../store/react';
import { usePublishPlotted } from '../../ui/export/plotted-context';
import { EventList } from '../event-list';
import { PanelIdContext } from '../panel-context';
import { useAxisTick } from './axis-font';
import { chartRange, dataSpan } from './data-range';
import { DayProbe } from './day-probe';
import { eventLabel } from './event-label';
import { fillProps, useChartHeight } from './height';
import { lineRuns, PointMarker } from './marks';
import { PlotAreaProbe, type PlotBox, PlotInteraction, SlotLines, sameBox } from './plot-interaction';
import { ChartSizer } from './size';
import { DIMMED, dashFor, MARK_STYLES, type MarkRef, markColor, type StyleKind, weakerStyle } from './style';

/** A line drawn from its own points (a dense or imported series): straight segments, gaps kept, no hover dot. */
const PLAIN_LINE = {
  isAnimationActive: false,
  activeDot: false,
  connectNulls: false,
  type: 'linear',
} as const;

export type Cell = number | null | undefined | readonly [number, number];
export type Row = { year: number } & { [key: string]: Cell };

export interface SeriesSpec {
  key: string;
  label: string;
  color: string;
  kind: StyleKind;
  shape: 'line' | 'step' | 'area' | 'band' | 'bar' | 'points';
  entity?: string;
  stackId?: string;
  /** Shown in the hover readout unless false. */
  readout?: boolean;
  /** Shown in the legend unless false. */
  legend?: boolean;
  /** Points only: horizontal nudge in pixels, so markers for the same year do not hide each other. */
  dx?: number;
  /** Points only: radius in pixels. */
  radius?: number;
  /** Lines only: stroke width (a wider line under an identical one keeps both visible). */
  width?: number;
  /** Say the kind (reported, estimate…) in the legend and readout; false where it means nothing. */
  showKind?: boolean;
  /** The kind of each point by year, from its fixture row; `kind` is the fallback (and the legend's). */
  kinds?: Readonly<Record<number, StyleKind>>;
  /** The fixture rows behind each point by year (its `data-mark-series` / `data-mark-period`). */
  refs?: Readonly<Record<number, MarkRef>>;
}

/** The kind a point of a series is drawn in: its own (from the fixture) or the series' fallback. */
export function kindAt(s: Pick<SeriesSpec, 'kind' | 'kinds'>, year: number): StyleKind {
  return s.kinds?.[year] ?? s.kind;
}

/** Kinds a series shows, weakest last (the legend names each). */
function kindsOf(s: SeriesSpec): StyleKind[] {
  const all = new Set<StyleKind>([...Object.values(s.kinds ?? {})]);
  if (all.size === 0) all.add(s.kind);
  return [...all];
}

export interface TimeChartProps {
  rows: readonly Row[];
  series: readonly SeriesSpec[];
  unit: Unit | 'points';
  title: string;
  yDomain?: [number | 'auto', number | 'auto'];
  /** Y-axis ticks, when the automatic ones would be odd steps (0/7/14/21/25). */
  yTicks?: readonly number[];
  events?: readonly AppEvent[];
  height?: number;
  /** Extra Recharts elements (reference lines, areas) drawn under the crosshair. */
  children?: ReactNode;
  /** Long series with their own x (decimal years), e.g. a daily series; drawn downsampled, not hovered. */
  dense?: readonly DenseLine[];
}

/** A long series drawn from its own points; `points` gives them within [from, to] for about `target`. */
export interface DenseLine {
  spec: SeriesSpec;
  points: (from: number, to: number, target: number) => ReadonlyArray<{ x: number; y: number | null }>;
}

/** x position on the year axis of a date: the year's slot runs from year − 0.5 to year + 0.5. */
export function dateToYearX(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const start = Date.UTC(y ?? 1970, 0, 1);
  const t = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 15);
  const days = (Date.UTC((y ?? 1970) + 1, 0, 1) - start) / 86_400_000;
  return (y ?? 1970) - 0.5 + (t - start) / 86_400_000 / days;
}

function yearsIn([from, to]: YearRange): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}
const AXIS_YEARS = yearsIn(FULL_RANGE);

export function useFormatter(unit: Unit | 'points'): (v: number) => string {
  const locale = useLocale();
  const t = useT();
  return useMemo(
    () => (v: number) =>
      unit === 'points' ? formatNumber(v, locale, 0) : formatValue(v, unit, locale, t('unit.yearsShort')),
    [unit, locale, t],
  );
}

function cellText(c: Cell, fmt: (v: number) => string): string | null {
  if (c === null || c === undefined) return null;
  if (typeof c === 'number') return fmt(c);
  return `${fmt(c[0])}–${fmt(c[1])}`;
}

/** Colours for imported custom series (Okabe–Ito, after the panel's own). */
const IMPORT_COLORS = ['#7B3294', '#E69F00', '#009E73', '#56B4E9', '#8C6D31'];
const importKey = (name: string) => `imported:${name}`;

/** Custom imported series the user placed on this chart's panel, in a unit the chart can draw. */
function useCustomSeries(unit: Unit | 'points'): readonly ImportedSeries[] {
  const panel = useContext(PanelIdContext);
  const imports = useApp((s) => s.imports);
  const builtin = useApp((s) => s.builtin.datasets);
  return useMemo(
    () =>
      panel === null
        ? []
        : imports.filter(
            (i) =>
              i.panel === panel && !overrideTarget(i.name, builtin) && (i.unit === null || i.unit === unit),
          ),
    [panel, imports, builtin, unit],
  );
}

function customSpecs(custom: readonly ImportedSeries[], label: (name: string) => string): SeriesSpec[] {
  return custom.map((c, i) => ({
    key: importKey(c.name),
    label: label(c.name),
    color: IMPORT_COLORS[i % IMPORT_COLORS.length] ?? '#7B3294',
    kind: 'reported',
    shape: 'line',
  }));
}

/** The chart's width in pixels, in steps of 50 (for about one drawn point per pixel). */
function useWidth(ref: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      if (w > 0) setWidth(Math.max(100, Math.round(w / 50) * 50));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

const KIND_KEYS: Record<StyleKind, MessageKey> = {
  reported: 'kind.reported',
  estimate: 'kind.estimate',
  projection: 'kind.projection',
  superseded: 'kind.superseded',
  interpolated: 'kind.interpolated',
  scenario: 'kind.scenario',
  secondary: 'kind.secondary',
};

export interface ReadoutLine {
  key: string;
  label: string;
  color: string;
  kind: MessageKey | null;
  text: string;
}

/** Each year's readout lines (series with a value that year), computed once per data change. */
export function readoutByYear(
  rows: readonly Row[],
  series: readonly SeriesSpec[],
  fmt: (v: number) => string,
  years: readonly number[],
  extra: (year: number) => ReadoutLine[] = () => [],
): Array<{ year: number; lines: ReadoutLine[] }> {
  const shown = series.filter((s) => s.readout !== false);
  const byYear = new Map(rows.map((r) => [r.year, r]));
  return years.map((year) => ({
    year,
    lines: [
      ...shown.flatMap((s) => {
        const text = cellText(byYear.get(year)?.[s.key], fmt);
        return text === null
          ? []
          : [
              {
                key: s.key,
                label: s.label,
                color: s.color,
                kind: s.showKind === false ? null : KIND_KEYS[kindAt(s, year)],
                text,
              },
            ];
      }),
      ...extra(year),
    ],
  }));
}

/** Imported series' readout lines: the exact figure of the year's last observation (dated when not a year). */
function customReadout(
  custom: readonly ImportedSeries[],
  specs: readonly SeriesSpec[],
  unit: Unit | 'points',
  locale: string,
  yrs: string,
): (year: number) => ReadoutLine[] {
  return (year) =>
    custom.flatMap((c, i) => {
      let last: ImportedSeries['points'][number] | undefined;
      for (const p of c.points) if (periodYear(p.period) === year) last = p;
      const spec = specs[i];
      if (!last || !spec) return [];
      const when =
        typeof last.period === 'number'
          ? ''
          : ` (${new Intl.DateTimeFormat(locale, {
              dateStyle: 'medium',
              ...(last.period.length > 10 ? { timeStyle: 'short', timeZone: 'UTC' } : { timeZone: 'UTC' }),
            }).format(new Date(last.period.length === 7 ? `${last.period}-15` : last.period))})`;
      const v = unit === 'points' ? String(last.value) : formatValue(last.value, c.unit ?? unit, locale, yrs);
      return [{ key: spec.key, label: spec.label, color: spec.color, kind: null, text: `${v}${when}` }];
    });
}

/**
 * The values of every series at the hovered year, over the plot: no band is kept above the chart for
 * them. The box lies over the top of the plot, on the side away from the hovered year (so the hovered
 * values and the crosshair stay in sight), and takes no pointer. Every year's values are rendered
 * once, in one grid cell, only the hovered one visible: hover only switches which one shows (outside
 * React rendering). The hint is for screen readers. Only the chart with keyboard focus announces
 * (aria-live), so a screen reader hears one chart per move, not all six.
 */
const HoverReadout = memo(function HoverReadout({
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

export function Legend({ series, note }: { series: readonly SeriesSpec[]; note?: string }) {
  const t = useT();
  const selection = useApp((s) => s.selection);
  const toggle = useApp((s) => s.toggleSelection);
  return (
    <ul className="legend">
      {series
        .filter((s) => s.legend !== false)
        .map((s) => {
          const dash = dashFor(s.kind);
          const swatch = (
            <svg width="22" height="10" aria-hidden="true">
              {s.shape === 'points' ? (
                <PointMarker cx={11} cy={5} r={3.5} kind={s.kind} color={s.color} />
              ) : s.shape === 'bar' || s.shape === 'area' || s.shape === 'band' ? (
                <rect
                  x="1"
                  y="1"
                  width="20"
                  height="8"
                  fill={s.color}
                  fillOpacity={s.shape === 'bar' ? 0.85 : 0.3}
                  stroke={s.color}
                  strokeDasharray={dash}
                />
              ) : (
                <line
                  x1="1"
                  x2="21"
                  y1="5"
                  y2="5"
                  stroke={s.color}
                  strokeWidth="2.5"
                  strokeDasharray={dash}
                />
              )}
            </svg>
          );
          const text = (
            <>
              {swatch} {s.label}
              {s.showKind === false ? null : (
                <span className="muted">
                  {' '}
                  ·{' '}
                  {kindsOf(s)
                    .map((k) => t(KIND_KEYS[k]))
                    .join(' / ')}
                </span>
              )}
            </>
          );
          return (
            <li key={s.key}>
              {s.entity && isIssuerId(s.entity) ? (
                <button
                  type="button"
                  className="chip"
                  data-issuer={s.entity}
                  aria-pressed={selection === s.entity}
                  onClick={() => {
                    if (s.entity && isIssuerId(s.entity)) toggle(s.entity);
                  }}
                >
                  {text}
                </button>
              ) : (
                text
              )}
            </li>
          );
        })}
      {note ? <li className="legend-note muted">{note}</li> : null}
    </ul>
  );
}

function ChartBody({
  rows,
  series,
  unit,
  yDomain,
  yTicks,
  events,
  height: heightProp,
  children,
  range,
  custom,
  width,
  dense,
  onPlotBox,
}: TimeChartProps & {
  range: YearRange;
  custom: readonly ImportedSeries[];
  width: number;
  onPlotBox: (box: PlotBox) => void;
}) {
  const height = useChartHeight(heightProp ?? 240);
  const tick = useAxisTick();
  const t = useT();
  // Dense series (e.g. daily) within the visible years, about one point per pixel; a null y is a break.
  const denseLines = useMemo(
    () =>
      (dense ?? []).map((d) => ({
        spec: d.spec,
        data: d.points(range[0] - 0.5, range[1] + 0.5, width).map((p) => ({ year: p.x, [d.spec.key]: p.y })),
      })),
    [dense, range, width],
  );
  // Imported series are drawn downsampled (LTTB, about one point per pixel) within the visible years.
  const customLines = useMemo(() => {
    const specs = customSpecs(custom, (name) => t('import.legend', { name }));
    return custom.map((c, i) => {
      const spec = specs[i] as SeriesSpec;
      const pts = chartPoints(c.points, range[0] - 0.5, range[1] + 0.5, width);
      return { spec, many: pts.length > 60, data: pts.map((p) => ({ year: p.x, [spec.key]: p.y })) };
    });
  }, [custom, range, width, t]);
  const fmt = useFormatter(unit);
  const selection = useApp((s) => s.selection);
  const visible = useMemo(() => rows.filter((r) => r.year >= range[0] && r.year <= range[1]), [rows, range]);
  // A year's tick and label sit at its 1 January: the start of its slot (an annual value is drawn mid-slot).
  const ticks = useMemo(() => yearsIn(range).map((y) => y - 0.5), [range]);
  const opacity = (s: SeriesSpec) =>
    selection && s.entity && !matchesSelection({ id: s.key, entity: s.entity }, selection) ? DIMMED : 1;
  return (
    <ChartSizer height={height}>
      <ComposedChart
        {...fillProps(height)}
        accessibilityLayer={false}
        data={visible}
        margin={{ top: 18, right: 16, bottom: 4, left: 4 }}
      >
        <CartesianGrid vertical={false} className="grid" />
        <XAxis
          tick={tick}
          dataKey="year"
          type="number"
          domain={[range[0] - 0.5, range[1] + 0.5]}
          ticks={ticks}
          allowDataOverflow
          tickFormatter={(v: number) => String(Math.round(v + 0.5))}
          interval="preserveStartEnd"
        />
        <YAxis
          tick={tick}
          domain={yDomain ?? [0, 'auto']}
          {...(yTicks ? { ticks: [...yTicks] } : {})}
          tickFormatter={fmt}
          // As wide as its widest label in the font on screen (no width assumed for "$1,200B" or "1.2兆美元").
          width="auto"
          allowDataOverflow={Boolean(yDomain)}
        />
        {children}
        {series.map((s) => {
          const common = {
            dataKey: s.key,
            name: s.label,
            isAnimationActive: false,
            stroke: s.color,
          };
          const dash = dashFor(s.kind);
          const o = opacity(s);
          switch (s.shape) {
            case 'bar':
              return (
                <Bar
                  key={s.key}
                  {...common}
                  stackId={s.stackId}
                  fill={s.color}
                  fillOpacity={0.85 * o}
                  strokeOpacity={0}
                  barSize={22}
                />
              );
            case 'area':
              return (
                <Area
                  key={s.key}
                  {...common}
                  type="linear"
                  stackId={s.stackId}
                  fill={s.color}
                  fillOpacity={0.35 * o}
                  strokeOpacity={o}
                  strokeDasharray={dash}
                  connectNulls={false}
                />
              );
            case 'band':
              return (
                <Area
                  key={s.key}
                  {...common}
                  type="linear"
                  fill={s.color}
                  fillOpacity={0.15 * o}
                  strokeOpacity={0.5 * o}
                  strokeDasharray={dash}
                  connectNulls
                />
              );
            case 'points': {
              const hollow = MARK_STYLES[s.kind].hollow;
              return (
                <Scatter
                  key={s.key}
                  {...common}
                  fill={hollow ? 'var(--bg)' : s.color}
                  fillOpacity={o}
                  strokeOpacity={o}
                  strokeWidth={2}
                  shape={(p: { cx?: number; cy?: number; payload?: Row }) =>
                    // Rows without a value for this series get no marker (Recharts still calls the shape).
                    typeof p.payload?.[s.key] !== 'number' || p.cy === undefined ? (
                      <g />
                    ) : (
                      <PointMarker
                        cx={(p.cx ?? 0) + (s.dx ?? 0)}
                        cy={p.cy ?? 0}
                        r={s.radius ?? 4.5}
                        kind={kindAt(s, p.payload.year)}
                        color={s.color}
                        opacity={o}
                        mark={s.refs?.[p.payload.year]}
                      />
                    )
                  }
                />
              );
            }
            default: {
              // One Line per run of one kind, so each segment is dashed or solid by its own points' kinds.
              const years = visible.filter((r) => typeof r[s.key] === 'number').map((r) => r.year);
              const split = s.kinds ? lineRuns(years, (y) => kindAt(s, y), weakerStyle) : [];
              const runs =
                split.length > 0
                  ? split
                  : [
                      {
                        kind: kindAt(s, years[0] ?? 0),
                        from: years[0] ?? 0,
                        to: years[years.length - 1] ?? 0,
                      },
                    ];
              const width = (s.width ?? 2.2) + (selection && o === 1 && s.entity ? 1.3 : 0);
              // A point shared by two runs is marked once, by the earlier run.
              const dot = (p: { cx?: number; cy?: number; payload?: Row }, skip: number | null) =>
                typeof p.payload?.[s.key] !== 'number' || p.cy === undefined || p.payload.year === skip ? (
                  <g key={`${s.key}-none-${p.cx}`} />
                ) : (
                  <PointMarker
                    key={`${s.key}-${p.payload.year}`}
                    cx={p.cx ?? 0}
                    cy={p.cy}
                    r={3}
                    kind={kindAt(s, p.payload.year)}
                    color={s.color}
                    opacity={o}
                    mark={s.refs?.[p.payload.year]}
                  />
                );
              return runs.map((run, i) => (
                <Line
                  key={`${s.key}-${run.from}-${run.to}`}
                  {...common}
                  // Only the run's years carry a value, so this Line draws just its own segment(s).
                  dataKey={(r: Row) => (r.year >= run.from && r.year <= run.to ? r[s.key] : null)}
                  stroke={markColor(run.kind, s.color)}
                  type={s.shape === 'step' ? 'stepAfter' : 'linear'}
                  strokeWidth={width}
                  strokeOpacity={o}
                  strokeDasharray={dashFor(run.kind)}
                  // The run's kind, for tests and automation (`.line-kind-<kind>`).
                  className={`line-kind-${run.kind}`}
                  // Each point's marker in its own kind.
                  dot={(p: { cx?: number; cy?: number; payload?: Row }) => dot(p, i > 0 ? run.from : null)}
                  activeDot={false}
                  connectNulls={false}
                />
              ));
            }
          }
        })}
        {denseLines.map(({ spec, data }) => (
          <Line
            key={spec.key}
            data={data}
            dataKey={spec.key}
            name={spec.label}
            {...PLAIN_LINE}
            stroke={markColor(spec.kind, spec.color)}
            strokeWidth={1.3}
            strokeDasharray={dashFor(spec.kind)}
            dot={false}
            data-dense-line={spec.key}
          />
        ))}
        {customLines.map(({ spec, data, many }) => (
          <Line
            key={spec.key}
            data={data}
            dataKey={spec.key}
            name={spec.label}
            {...PLAIN_LINE}
            stroke={spec.color}
            strokeWidth={many ? 1.2 : 2}
            dot={many ? false : { r: 3, strokeWidth: 1.5, fill: spec.color }}
            data-imported-line={spec.key}
          />
        ))}
        {(events ?? []).map((e, i) => (
          <ReferenceLine
            key={e.id}
            x={dateToYearX(e.date)}
            className="event-line"
            // The event's date on its marker line (public contract: `data-event-date="YYYY-MM-DD"`).
            data-event-date={e.date.slice(0, 10)}
            strokeDasharray="2 3"
            label={eventLabel(i)}
          />
        ))}
        <PlotAreaProbe onChange={onPlotBox} />
      </ComposedChart>
    </ChartSizer>
  );
}

/** Same React elements: type, key and props alike (plain objects and arrays compared by value). */
function sameNode(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (depth > 4 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameNode(x, b[i], depth + 1));
  }
  if (isValidElement(a) || isValidElement(b)) {
    if (!isValidElement(a) || !isValidElement(b) || a.type !== b.type || a.key !== b.key) return false;
    return sameNode(a.props, b.props, depth + 1);
  }
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype)
    return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  return ka.every((k) => k in rb && sameNode(ra[k], rb[k], depth + 1));
}

/**
 * The chart re-renders only when its inputs change. Panels build their extra marks (`children`) in
 * every render; those are compared by value, so a panel re-rendering for something else (its table,
 * a transition that left its data alone) does not redraw the SVG.
 */
const MemoChartBody = memo(ChartBody, (prev, next) => {
  const keys = Object.keys(next) as Array<keyof typeof next>;
  if (keys.length !== Object.keys(prev).length) return false;
  return keys.every((k) =>
    k === 'children'
      ? sameNode(Children.toArray(prev.children), Children.toArray(next.children))
      : Object.is(prev[k], next[k]),
  );
});

export function TimeChart(props: TimeChartProps) {
  const storeRange = useApp((s) => s.range);
  // Imported series draw at low priority: the page (the Imported data list) answers first.
  const custom = useDeferredValue(useCustomSeries(props.unit));
  // All years (the default): each chart runs from its own first to its own last data year (projections,
  // a daily series and imported series included); a chosen range is every chart's.
  const span = useMemo(
    () =>
      dataSpan(
        props.rows,
        props.series.map((s) => s.key),
        [
          ...custom.flatMap((c) => c.points.map((p) => periodYear(p.period))),
          ...(props.dense ?? []).flatMap((d) =>
            d
              .points(FULL_RANGE[0] - 0.5, FULL_RANGE[1] + 0.5, 4)
              .flatMap((p) => (p.y === null ? [] : [Math.round(p.x)])),
          ),
        ],
      ),
    [props.rows, props.series, props.dense, custom],
  );
  const range = useMemo(() => chartRange(storeRange, span), [storeRange, span]);
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useWidth(boxRef);
  const store = useAppStore();
  const t = useT();
  const sliderRef = useRef<HTMLDivElement>(null);
  const noneText = t('panel.readout.none');
  // The slider's value follows the hover imperatively: hovering never re-renders the chart wrapper.
  const applyHover = useCallback(
    (year: number | null) => {
      const el = sliderRef.current;
      if (!el) return;
      el.setAttribute('aria-valuenow', String(year ?? range[0]));
      el.setAttribute('aria-valuetext', year === null ? noneText : String(year));
    },
    [range, noneText],
  );
  useHoverYearEffect(applyHover);
  // The panel's CSV: exactly the cells this chart draws in the current year range.
  const figures = useMemo(
    () => timeChartFigures(props.rows, props.series, props.unit, range),
    [props.rows, props.series, props.unit, range],
  );
  usePublishPlotted(`time:${props.title}`, figures);
  // Imported series placed here: every exact figure in the year range (the drawing is downsampled).
  const importedFigures = useMemo(
    () =>
      custom.flatMap((c) => {
        const series = t('import.legend', { name: c.name });
        return c.points
          .filter((p) => periodYear(p.period) >= range[0] && periodYear(p.period) <= range[1])
          .map((p) => ({
            period: p.period,
            series,
            value: p.value,
            unit: props.unit,
            kind: p.kind,
            sourceId: p.source,
          }));
      }),
    [custom, range, props.unit, t],
  );
  usePublishPlotted(`imported:${props.title}`, importedFigures);
  const showEvents = useApp((s) => s.showEvents);
  const fmt = useFormatter(props.unit);
  const locale = useLocale();
  const readouts = useMemo(
    () =>
      readoutByYear(
        props.rows,
        props.series,
        fmt,
        AXIS_YEARS,
        customReadout(
          custom,
          customSpecs(custom, (name) => t('import.legend', { name })),
          props.unit,
          locale,
          t('unit.yearsShort'),
        ),
      ),
    [props.rows, props.series, props.unit, fmt, custom, locale, t],
  );
  const denseReaders = useMemo(() => (props.dense ?? []).map((d) => d.points), [props.dense]);
  const [focused, setFocused] = useState(false);
  const [box, setBox] = useState<PlotBox | null>(null);
  const onPlotBox = useCallback((b: PlotBox) => setBox((prev) => (sameBox(prev, b) ? prev : b)), []);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
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
  };
  const legendSeries = useMemo(
    () => [
      ...props.series,
      ...(props.dense ?? []).map((d) => d.spec),
      ...customSpecs(custom, (name) => t('import.legend', { name })),
    ],
    [props.series, props.dense, custom, t],
  );
  // The events in view, computed once: the chart numbers them and the list below must match.
  const shownEvents = useMemo(
    () =>
      showEvents
        ? (props.events ?? []).filter((e) => {
            const x = dateToYearX(e.date);
            return x >= range[0] - 0.5 && x <= range[1] + 0.5;
          })
        : [],
    [showEvents, props.events, range],
  );
  return (
    <div className="time-chart" ref={boxRef}>
      <HoverReadout years={readouts} live={focused} box={box} range={range} />
      {/* The chart is a slider over the years: the arrow keys move the shared crosshair. */}
      <div
        className="chart-focus"
        tabIndex={0}
        role="slider"
        aria-orientation="horizontal"
        aria-valuemin={range[0]}
        aria-valuemax={range[1]}
        ref={sliderRef}
        aria-valuenow={range[0]}
        aria-label={t('panel.chartLabel', { title: props.title })}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          store.getState().setHoverYear(null);
        }}
      >
        {box ? <SlotLines box={box} range={range} /> : null}
        <MemoChartBody
          {...props}
          events={shownEvents}
          range={range}
          custom={custom}
          width={width}
          onPlotBox={onPlotBox}
        />
        {box ? <PlotInteraction box={box} range={range} /> : null}
        {box && denseReaders.length > 0 ? (
          <DayProbe box={box} range={range} lines={denseReaders} fmt={fmt} locale={locale} />
        ) : null}
      </div>
      <Legend series={legendSeries} note={props.rows.length > 0 ? t('chart.annualMidYear') : undefined} />
      <EventList events={shownEvents} />
    </div>
  );
}
