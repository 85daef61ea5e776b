/**
 * A time-series chart on the shared year axis: it follows the store's year range, draws the linked
 * crosshair and drag-to-zoom, and moves the hovered year with the arrow keys when focused. Its parts:
 * the data and readout lines (`series.ts`, state), the drawing (`chart-body.tsx`, view), the pointer and
 * keyboard (`plot-interaction.tsx`, interaction), the readout and legend (`readout.tsx`, `legend.tsx`;
 * the readout lies over the legend while a year is hovered).
 */
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { timeChartFigures } from '../../domain/export/plotted';
import { FULL_RANGE } from '../../domain/ids';
import { periodYear } from '../../domain/series';
import { useApp, useAppStore, useHoverYearEffect, useLocale, useT } from '../../store/react';
import { usePublishPlotted } from '../../ui/export/plotted-context';
import { EventList } from '../event-list';
import { MemoChartBody } from './chart-body';
import { chartRange, dataSpan } from './data-range';
import { DayProbe } from './day-probe';
import { Legend } from './legend';
import { type PlotBox, PlotInteraction, SlotLines, sameBox, useYearKeys } from './plot-interaction';
import { HoverReadout } from './readout';
import {
  AXIS_YEARS,
  customReadout,
  customSpecs,
  dateToYearX,
  readoutByYear,
  type TimeChartProps,
} from './series';
import { useCustomSeries, useFormatter, useWidth } from './time-chart-state';

export type { Annotation } from './annotations';
export { Legend } from './legend';
export type { Cell, DenseLine, ReadoutLine, Row, SeriesSpec, TimeChartProps } from './series';
export { dateToYearX, kindAt, readoutByYear } from './series';
export { useFormatter } from './time-chart-state';

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
  // The hover readout lies over the legend (never over the plot).
  const legendRef = useRef<HTMLUListElement>(null);
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
  const onKeyDown = useYearKeys(range);
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
      <Legend
        ref={legendRef}
        series={legendSeries}
        note={props.rows.length > 0 ? t('chart.annualMidYear') : undefined}
      />
      {/* After the legend: its layout effect measures the legend, whose ref is set by then. */}
      <HoverReadout years={readouts} live={focused} legendRef={legendRef} />
      <EventList events={shownEvents} />
    </div>
  );
}
