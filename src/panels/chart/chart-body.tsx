/**
 * A time chart's drawing (the view): axes, series, events and annotations in Recharts, redrawn only when
 * its inputs change (annotations are data, compared by value).
 */
import { memo, useMemo } from 'react';
import { Area, Bar, CartesianGrid, ComposedChart, Line, Scatter, XAxis, YAxis } from 'recharts';
import { chartPoints } from '../../domain/downsample';
import type { YearRange } from '../../domain/ids';
import { periodX } from '../../domain/imports';
import { matchesSelection } from '../../domain/series';
import type { ImportedSeries } from '../../domain/types';
import { useApp, useT } from '../../store/react';
import { renderAnnotation, sameAnnotations } from './annotations';
import { useAxisTick } from './axis-font';
import { eventLine } from './event-label';
import { fillProps, useChartHeight } from './height';
import { lineRuns, PointMarker } from './marks';
import { PlotAreaProbe, type PlotBox } from './plot-interaction';
import {
  customSpecs,
  dateToYearX,
  kindAt,
  type Row,
  type SeriesSpec,
  type TimeChartProps,
  yearsIn,
} from './series';
import { ChartSizer } from './size';
import { DIMMED, dashFor, MARK_STYLES, markColor, type StyleKind, weakerStyle } from './style';
import { useFormatter } from './time-chart-state';
import { niceYTicks, rowsMax } from './y-ticks';

/** A line drawn from its own points (a dense or imported series): straight segments, gaps kept, no hover dot. */
const PLAIN_LINE = {
  isAnimationActive: false,
  activeDot: false,
  connectNulls: false,
  type: 'linear',
} as const;

function ChartBody({
  rows,
  series,
  unit,
  yDomain,
  yTicks,
  events,
  height: heightProp,
  annotations,
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
      const many = pts.length > 60;
      // A few points are drawn like the panel's own: each segment dashed by its points' kinds (the file's).
      const kindOf = new Map<number, StyleKind>();
      for (const p of c.points) {
        const x = periodX(p.period);
        kindOf.set(x, weakerStyle(kindOf.get(x) ?? p.kind, p.kind));
      }
      const kindAtX = (x: number) => kindOf.get(x) ?? spec.kind;
      const runs = many
        ? []
        : lineRuns(
            pts.map((p) => p.x),
            kindAtX,
            weakerStyle,
          );
      return { spec, many, runs, kindAtX, data: pts.map((p) => ({ year: p.x, [spec.key]: p.y })) };
    });
  }, [custom, range, width, t]);
  const fmt = useFormatter(unit);
  const selection = useApp((s) => s.selection);
  const visible = useMemo(() => rows.filter((r) => r.year >= range[0] && r.year <= range[1]), [rows, range]);
  // A year's tick and label sit at its 1 January: the start of its slot (an annual value is drawn mid-slot).
  const ticks = useMemo(() => yearsIn(range).map((y) => y - 0.5), [range]);
  // Round value ticks from 0 up to the visible data's top (a panel may fix its own domain and ticks).
  const autoTicks = useMemo(() => {
    if (yDomain || yTicks) return null;
    const marks = (annotations ?? []).flatMap((a) =>
      a.kind === 'line' ? ('y' in a.at ? [a.at.y] : []) : a.kind === 'revision' ? [a.from, a.to] : [],
    );
    const { min, max } = rowsMax(
      [...visible, ...denseLines.flatMap((d) => d.data), ...customLines.flatMap((c) => c.data)],
      marks,
    );
    return min < 0 ? null : niceYTicks(max);
  }, [yDomain, yTicks, annotations, visible, denseLines, customLines]);
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
          domain={yDomain ?? (autoTicks ? [0, autoTicks.at(-1) as number] : [0, 'auto'])}
          {...(yTicks ? { ticks: [...yTicks] } : autoTicks ? { ticks: autoTicks } : {})}
          tickFormatter={fmt}
          // As wide as its widest label in the font on screen (no width assumed for "$1,200B" or "1.2兆美元").
          width="auto"
          allowDataOverflow={Boolean(yDomain)}
        />
        {annotations?.map(renderAnnotation)}
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
        {customLines.flatMap(({ spec, data, many, runs, kindAtX }) =>
          many || runs.length === 0 ? (
            <Line
              key={spec.key}
              data={data}
              dataKey={spec.key}
              name={spec.label}
              {...PLAIN_LINE}
              stroke={spec.color}
              strokeWidth={many ? 1.2 : 2}
              strokeDasharray={many ? undefined : dashFor(kindAtX(data[0]?.year ?? 0))}
              dot={
                many
                  ? false
                  : (p: { cx?: number; cy?: number; payload?: Row }) => importedDot(p, spec, kindAtX, null)
              }
              data-imported-line={spec.key}
            />
          ) : (
            runs.map((run, i) => (
              <Line
                key={`${spec.key}-${run.from}`}
                data={data.filter((d) => d.year >= run.from && d.year <= run.to)}
                dataKey={spec.key}
                name={spec.label}
                {...PLAIN_LINE}
                stroke={spec.color}
                strokeWidth={2}
                strokeDasharray={dashFor(run.kind)}
                // A point shared by two runs is marked once, by the earlier run.
                dot={(p: { cx?: number; cy?: number; payload?: Row }) =>
                  importedDot(p, spec, kindAtX, i === 0 ? null : run.from)
                }
                data-imported-line={spec.key}
              />
            ))
          ),
        )}
        {(events ?? []).map((e, i) => eventLine(e, i, dateToYearX(e.date)))}
        <PlotAreaProbe onChange={onPlotBox} />
      </ComposedChart>
    </ChartSizer>
  );
}

/**
 * The chart re-renders only when its inputs change: annotations by value (panels build them in every
 * render), everything else by identity.
 */
export const MemoChartBody = memo(ChartBody, (prev, next) => {
  const keys = Object.keys(next) as Array<keyof typeof next>;
  if (keys.length !== Object.keys(prev).length) return false;
  return keys.every((k) =>
    k === 'annotations' ? sameAnnotations(prev.annotations, next.annotations) : Object.is(prev[k], next[k]),
  );
});

/** An imported point's marker, in its own kind (hollow for an estimate, as the panel's own points). */
function importedDot(
  p: { cx?: number; cy?: number; payload?: Row },
  spec: SeriesSpec,
  kindAtX: (x: number) => StyleKind,
  skip: number | null,
) {
  const x = p.payload?.year;
  return typeof p.payload?.[spec.key] !== 'number' || p.cy === undefined || x === undefined || x === skip ? (
    <g key={`${spec.key}-none-${p.cx}`} />
  ) : (
    <PointMarker
      key={`${spec.key}-${x}`}
      cx={p.cx ?? 0}
      cy={p.cy}
      r={3}
      kind={kindAtX(x)}
      color={spec.color}
    />
  );
}
