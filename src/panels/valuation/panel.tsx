import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useApp, useLocale, useT } from '../../app/store-context';
import { formatDate, formatPercent, formatUsdBn } from '../../domain/format';
import { selectDatasets } from '../../store/selectors';
import { FILL, useChartHeight } from '../chart/height';
import { ACCENT, AXIS_TICK, NEUTRAL } from '../chart/style';
import { EventList } from '../event-list';
import { usePanelEvents } from '../use-panel-events';
import { prepareValuation } from './prepare';

const periodLabel = (period: string, locale: string) =>
  /^\d{4}$/.test(period) ? period : formatDate(period, locale);

export default function ValuationPanel() {
  const datasets = useApp(selectDatasets);
  const scenario = useApp((s) => s.scenario);
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
      ? [{ name: t('valuation.dotcom'), range: [buffett.dotcomLow, buffett.dotcomHigh], fill: NEUTRAL }]
      : []),
    ...(buffett.now !== null && buffett.nowPeriod !== null
      ? [{ name: periodLabel(buffett.nowPeriod, locale), range: [0, buffett.now], fill: ACCENT }]
      : []),
  ];
  const nvidiaRows =
    nvidia.peak !== null && nvidia.afterDrawdown !== null
      ? [
          {
            name: t('valuation.peak', { date: nvidia.peakDate ? formatDate(nvidia.peakDate, locale) : '' }),
            value: nvidia.peak,
          },
          {
            name: t('valuation.afterDrawdown', { pct: formatPercent(scenario.drawdown, locale, 0) }),
            value: nvidia.afterDrawdown,
          },
        ]
      : [];
  const pct = (v: number) => formatPercent(v, locale, 0);
  const usd = (v: number) => formatUsdBn(v, locale, 2);
  return (
    <>
      <div className="split">
        <figure>
          <figcaption>{t('valuation.buffett')}</figcaption>
          <ResponsiveContainer width="100%" height={chartHeight}>
            <BarChart
              accessibilityLayer={false}
              data={buffettRows}
              layout="vertical"
              margin={{ top: 4, right: 48, bottom: 4, left: 8 }}
            >
              <CartesianGrid horizontal={false} className="grid" />
              <XAxis
                tick={AXIS_TICK}
                type="number"
                domain={[0, 250]}
                ticks={[0, 50, 100, 150, 200, 250]}
                tickFormatter={pct}
              />
              <YAxis tick={AXIS_TICK} type="category" dataKey="name" width={120} />
              <Bar dataKey="range" isAnimationActive={false} fill={ACCENT} barSize={22}>
                {buffettRows.map((r) => (
                  <Cell key={r.name} fill={r.fill} />
                ))}
                <LabelList
                  dataKey="range"
                  position="right"
                  formatter={(v: unknown) => {
                    if (!Array.isArray(v)) return '';
                    const [lo, hi] = v as [number, number];
                    return lo ? `${pct(lo)}–${pct(hi)}` : pct(hi);
                  }}
                  className="bar-label-out"
                />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </figure>
        <figure>
          <figcaption>{t('valuation.nvidia')}</figcaption>
          <ResponsiveContainer width="100%" height={chartHeight}>
            <BarChart
              accessibilityLayer={false}
              data={nvidiaRows}
              layout="vertical"
              margin={{ top: 4, right: 56, bottom: 4, left: 8 }}
            >
              <CartesianGrid horizontal={false} className="grid" />
              <XAxis
                tick={AXIS_TICK}
                type="number"
                domain={[0, 6000]}
                ticks={[0, 2000, 4000, 6000]}
                tickFormatter={(v: number) => formatUsdBn(v, locale, 0)}
              />
              <YAxis tick={AXIS_TICK} type="category" dataKey="name" width={120} />
              <Bar dataKey="value" isAnimationActive={false} fill="#009E73" barSize={22}>
                <LabelList
                  dataKey="value"
                  position="right"
                  formatter={(v: unknown) => (typeof v === 'number' ? usd(v) : '')}
                  className="bar-label-out"
                />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </figure>
      </div>
      <EventList events={events} />
    </>
  );
}
