import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { PlottedFigure } from '../../domain/export/plotted';
import { formatDate, formatPercent, formatUsdBn } from '../../domain/format';
import { findSeries } from '../../domain/series';
import type { Kind } from '../../domain/types';
import { useApp, useLocale, useT } from '../../store/react';
import { selectDatasets } from '../../store/selectors';
import { usePublishPlotted } from '../../ui/export/plotted-context';
import { useAxisTick } from '../chart/axis-font';
import { textWidth, WrappedTick } from '../chart/fit-label';
import { FILL, useChartHeight } from '../chart/height';
import { ACCENT, barPaint, type MarkRef, markRefAttrs, NEUTRAL } from '../chart/style';
import { EventList } from '../event-list';
import { usePanelEvents } from '../use-panel-events';
import { usePanelScenario } from '../use-panel-scenario';
import { prepareValuation } from './prepare';

const NVIDIA_GREEN = '#009E73';

interface HBar {
  name: string;
  /** From–to on the value axis: [0, v] for a plain bar, [lo, hi] for a range. */
  range: readonly [number, number];
  fill: string;
  /** Drawn by kind (`barPaint`): reported filled; a scenario pale with a dotted outline, an estimate hollow. */
  kind: Kind;
  /** The fixture rows it draws (`data-mark-series` / `data-mark-period`). */
  mark: MarkRef;
}

/** A small horizontal bar chart with direct labels; says so when it has nothing to draw. */
function HBars(props: {
  caption: string;
  rows: readonly HBar[];
  ticks: number[];
  /** Upper end of the value axis. */
  max: number;
  tickFormat: (v: number) => string;
  label: (range: readonly [number, number]) => string;
  height: number;
  empty: string;
}) {
  const tick = useAxisTick();
  // Names get about 11 characters' room at the axis font's size and wrap within it; the value labels
  // right of the bars get the room their text takes in the page's font (not a width in pixels).
  const axisWidth = Math.round(tick.fontSize * 11);
  const labelRoom =
    Math.ceil(Math.max(0, ...props.rows.map((r) => textWidth(props.label(r.range), tick.fontSize)))) + 10;
  return (
    <figure>
      <figcaption>{props.caption}</figcaption>
      {props.rows.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ResponsiveContainer width="100%" height={props.height}>
          <BarChart
            accessibilityLayer={false}
            data={props.rows}
            layout="vertical"
            margin={{ top: 4, right: labelRoom, bottom: 4, left: 8 }}
          >
            <CartesianGrid horizontal={false} className="grid" />
            <XAxis
              tick={tick}
              type="number"
              domain={[0, props.max]}
              ticks={props.ticks}
              tickFormatter={props.tickFormat}
            />
            <YAxis
              tick={(p: object) => <WrappedTick {...p} room={axisWidth - 8} {...tick} />}
              type="category"
              dataKey="name"
              width={axisWidth}
            />
            <Bar dataKey="range" isAnimationActive={false} barSize={22}>
              {props.rows.map((r) => (
                <Cell key={r.name} {...barPaint(r.kind, r.fill)} {...markRefAttrs(r.mark)} />
              ))}
              <LabelList
                dataKey="range"
                position="right"
                formatter={(v: unknown) => (Array.isArray(v) ? props.label(v as [number, number]) : '')}
                className="bar-label-out"
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </figure>
  );
}

const periodLabel = (period: string, locale: string) =>
  /^\d{4}$/.test(period) ? period : formatDate(period, locale);

export default function ValuationPanel() {
  const datasets = useApp(selectDatasets);
  const scenario = usePanelScenario('drawdown');
  const t = useT();
  // Filled embed: the two charts stack, each a little shorter; a slide gives each half its height.
  const wanted = useChartHeight(150);
  const chartHeight = wanted === FILL ? 130 : wanted > 150 ? Math.round(wanted * 0.8) : wanted;
  const events = usePanelEvents('valuation');
  const locale = useLocale();
  const { buffett, nvidia } = useMemo(() => prepareValuation(datasets, scenario), [datasets, scenario]);
  // Missing figures are left out (never drawn as zero); a chart with nothing to show says so.
  const buffettRows = [
    ...(buffett.dotcomLow !== null && buffett.dotcomHigh !== null
      ? [
          {
            name: t('valuation.dotcom'),
            // One series' figure is a plain bar; a range (low–high) would be drawn from low to high.
            range:
              buffett.dotcomLow === buffett.dotcomHigh
                ? ([0, buffett.dotcomHigh] as const)
                : ([buffett.dotcomLow, buffett.dotcomHigh] as const),
            fill: NEUTRAL,
            kind: buffett.dotcomKind,
            mark: { series: 'valuation/buffett-dotcom-peak', period: buffett.dotcomPeriod ?? '' },
          },
        ]
      : []),
    ...(buffett.now !== null && buffett.nowPeriod !== null
      ? [
          {
            name: periodLabel(buffett.nowPeriod, locale),
            range: [0, buffett.now] as const,
            fill: ACCENT,
            kind: buffett.nowKind,
            mark: { series: 'valuation/buffett-indicator', period: buffett.nowPeriod },
          },
        ]
      : []),
  ];
  const nvidiaRows =
    nvidia.peak !== null && nvidia.afterDrawdown !== null
      ? [
          {
            name: t('valuation.peak', { date: nvidia.peakDate ? formatDate(nvidia.peakDate, locale) : '' }),
            range: [0, nvidia.peak] as const,
            fill: NVIDIA_GREEN,
            kind: nvidia.peakKind,
            mark: { series: 'valuation/nvidia-market-cap', period: nvidia.peakDate ?? '' },
          },
          ...(nvidia.latest
            ? [
                {
                  name: formatDate(nvidia.latest.date, locale),
                  range: [0, nvidia.latest.value] as const,
                  fill: NVIDIA_GREEN,
                  kind: nvidia.latest.kind,
                  mark: { series: 'valuation/nvidia-market-cap', period: nvidia.latest.date },
                },
              ]
            : []),
          {
            // The what-if: the peak less the scenario's drawdown, drawn as the scenario it is.
            name: t('valuation.afterDrawdown', { pct: formatPercent(scenario.drawdown, locale, 0) }),
            range: [0, nvidia.afterDrawdown] as const,
            fill: NVIDIA_GREEN,
            kind: 'scenario' as const,
            // The peak less the reader's drawdown.
            mark: { series: 'scenario valuation/nvidia-market-cap', period: nvidia.peakDate ?? '' },
          },
        ]
      : [];
  // The CSV: the bars of both charts (the drawdown bar is the scenario's, computed).
  const figures = useMemo(() => {
    const out: PlottedFigure[] = [];
    const first = (id: string) => findSeries(datasets.valuation, id)?.observations[0];
    const now = first('buffett-indicator');
    const dotcom = first('buffett-dotcom-peak');
    const peak = first('nvidia-market-cap');
    const caption = (c: string, name: string) => `${c}: ${name}`;
    if (dotcom)
      out.push({
        period: dotcom.period,
        series: caption(t('valuation.buffett'), t('valuation.dotcom')),
        value: dotcom.low === undefined ? dotcom.value : null,
        low: dotcom.low,
        high: dotcom.high,
        unit: dotcom.unit,
        kind: dotcom.kind,
        sourceId: dotcom.sourceId,
      });
    if (now)
      out.push({
        period: now.period,
        series: t('valuation.buffett'),
        value: now.value,
        unit: now.unit,
        kind: now.kind,
        sourceId: now.sourceId,
      });
    if (peak && nvidia.afterDrawdown !== null) {
      out.push({
        period: peak.period,
        series: caption(
          t('valuation.nvidia'),
          t('valuation.peak', { date: periodLabel(String(peak.period), locale) }),
        ),
        value: peak.value,
        unit: peak.unit,
        kind: peak.kind,
        sourceId: peak.sourceId,
      });
      out.push({
        period: peak.period,
        series: caption(
          t('valuation.nvidia'),
          t('valuation.afterDrawdown', { pct: String(scenario.drawdown) }),
        ),
        value: nvidia.afterDrawdown,
        unit: peak.unit,
        kind: 'scenario',
      });
    }
    return out;
  }, [datasets.valuation, nvidia.afterDrawdown, scenario.drawdown, t, locale]);
  usePublishPlotted('valuation', figures);
  const pct = (v: number) => formatPercent(v, locale, 0);
  const usd = (v: number) => formatUsdBn(v, locale, 2);
  return (
    <>
      <div className="split">
        <HBars
          caption={t('valuation.buffett')}
          rows={buffettRows}
          ticks={[0, 100, 200]}
          max={250}
          tickFormat={pct}
          label={(v) => (v[0] ? `${pct(v[0])}–${pct(v[1])}` : pct(v[1]))}
          height={chartHeight}
          empty={t('panel.readout.empty')}
        />
        <HBars
          caption={t('valuation.nvidia')}
          rows={nvidiaRows}
          ticks={[0, 2000, 4000, 6000]}
          max={6000}
          tickFormat={(v) => formatUsdBn(v, locale, 0)}
          label={(v) => usd(v[1])}
          height={chartHeight}
          empty={t('panel.readout.empty')}
        />
      </div>
      <EventList events={events} />
    </>
  );
}
