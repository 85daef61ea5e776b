import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, Line, Scatter, XAxis, YAxis, ZAxis } from 'recharts';
import { type PlottedFigure, referenceFigures } from '../../domain/export/plotted';
import { formatDate, formatUsdBn } from '../../domain/format';
import { isIssuerId } from '../../domain/ids';
import { periodTime } from '../../domain/series';
import { useApp, useLocale, useT } from '../../store/react';
import { selectDatasets } from '../../store/selectors';
import { usePublishPlotted } from '../../ui/export/plotted-context';
import { useAxisTick } from '../chart/axis-font';
import { eventLine } from '../chart/event-label';
import { fillProps, useChartHeight } from '../chart/height';
import { PointMarker, thresholdLine } from '../chart/marks';
import { ChartSizer } from '../chart/size';
import { DIMMED, entityColor } from '../chart/style';
import { EventList } from '../event-list';
import { IssuerChips } from '../issuer-chips';
import { usePanelEvents } from '../use-panel-events';
import { type BondDeal, prepareBonds } from './prepare';

const YEAR_START = Date.UTC(2025, 0, 1);
const YEAR_END = Date.UTC(2026, 11, 31);
/** Quarter starts across 2025–2026. */
const QUARTER_TICKS = Array.from({ length: 8 }, (_, q) => Date.UTC(2025 + Math.floor(q / 4), (q % 4) * 3, 1));

export default function BondsPanel() {
  const datasets = useApp(selectDatasets);
  const selection = useApp((s) => s.selection);
  const toggle = useApp((s) => s.toggleSelection);
  const showEvents = useApp((s) => s.showEvents);
  const t = useT();
  const height = useChartHeight(250);
  const locale = useLocale();
  const events = usePanelEvents('bonds');
  const data = useMemo(() => prepareBonds(datasets), [datasets]);
  const monthFmt = useMemo(
    () =>
      new Intl.DateTimeFormat(locale, {
        month: 'short',
        // Chinese dates take the whole year (2025年1月); "25年1月" reads as a year 25.
        year: locale.startsWith('zh') ? 'numeric' : '2-digit',
        timeZone: 'UTC',
      }),
    [locale],
  );
  const fmt = (v: number) => formatUsdBn(v, locale);
  // The CSV: each deal, the running total after it, and the two reference totals drawn as lines.
  const figures = useMemo(() => {
    const issuerName = (id: string) => (isIssuerId(id) ? t(`issuer.${id}`) : id);
    const out: PlottedFigure[] = data.deals.map((d) => ({
      period: d.date,
      series: issuerName(d.issuer),
      value: d.amount,
      unit: 'usd-bn',
      kind: d.kind,
      sourceId: d.sourceId,
    }));
    data.deals.forEach((d, i) => {
      out.push({
        period: d.date,
        series: t('bonds.total'),
        value: data.running[i]?.total ?? null,
        unit: 'usd-bn',
        kind: 'computed',
      });
    });
    out.push(
      ...referenceFigures(datasets.bonds, [
        ['article-total', t('bonds.line100')],
        ['bofa-total', t('bonds.line121')],
      ]),
    );
    return out;
  }, [data, datasets.bonds, t]);
  usePublishPlotted('bonds', figures);
  const tick = useAxisTick();
  return (
    <>
      <ChartSizer height={height}>
        <ComposedChart
          accessibilityLayer={false}
          {...fillProps(height)}
          margin={{ top: 18, right: 16, bottom: 4, left: 4 }}
        >
          <CartesianGrid vertical={false} className="grid" />
          <XAxis
            tick={tick}
            dataKey="time"
            type="number"
            domain={[YEAR_START, YEAR_END]}
            ticks={QUARTER_TICKS}
            tickFormatter={(v: number) => monthFmt.format(new Date(v))}
          />
          <YAxis tick={tick} domain={[0, 'auto']} tickFormatter={fmt} width="auto" />
          <ZAxis dataKey="amount" range={[60, 420]} />
          {data.articleTotal !== null
            ? thresholdLine({ y: data.articleTotal }, t('bonds.line100'), 'insideTopLeft')
            : null}
          {data.bofaTotal !== null
            ? thresholdLine({ y: data.bofaTotal }, t('bonds.line121'), 'insideTopLeft', '2 4')
            : null}
          {showEvents ? events.map((e, i) => eventLine(e, i, periodTime(e.date))) : null}
          <Line
            data={data.running}
            dataKey="total"
            name={t('bonds.total')}
            type="stepAfter"
            stroke="var(--fg)"
            strokeWidth={1.8}
            dot={false}
            isAnimationActive={false}
          />
          {data.issuers.map((issuer) => {
            const dim = selection !== null && selection !== issuer;
            return (
              <Scatter
                key={issuer}
                name={issuer}
                data={data.deals.filter((x) => x.issuer === issuer)}
                dataKey="amount"
                fill={entityColor(issuer)}
                fillOpacity={dim ? DIMMED : 0.9}
                stroke={selection === issuer ? 'var(--fg)' : 'none'}
                strokeWidth={2}
                isAnimationActive={false}
                cursor="pointer"
                onClick={() => {
                  if (isIssuerId(issuer)) toggle(issuer);
                }}
                // Each deal drawn by its own kind (a converted euro/sterling leg is an estimate: hollow).
                shape={(p: { cx?: number; cy?: number; payload?: BondDeal }) =>
                  p.payload === undefined || p.cy === undefined ? (
                    <g />
                  ) : (
                    <PointMarker
                      cx={p.cx ?? 0}
                      cy={p.cy}
                      r={3 + Math.sqrt(p.payload.amount) * 1.4}
                      kind={p.payload.kind}
                      color={entityColor(issuer)}
                      opacity={dim ? DIMMED : 0.9}
                      mark={{ series: `bonds/${p.payload.seriesId}`, period: p.payload.date }}
                    />
                  )
                }
              />
            );
          })}
        </ComposedChart>
      </ChartSizer>
      {data.forecast2026 !== null ? (
        <p className="muted small">
          {t('bonds.forecast2026', { amount: formatUsdBn(data.forecast2026, locale) })}
        </p>
      ) : null}
      <IssuerChips ids={data.issuers} />
      <EventList events={events} />
      <ul className="deal-list">
        {data.deals.map((deal) => (
          <li
            key={`${deal.seriesId}-${deal.date}`}
            className={selection !== null && selection !== deal.issuer ? 'dim' : undefined}
            data-entity={deal.issuer}
          >
            <span className="swatch" style={{ background: entityColor(deal.issuer) }} aria-hidden="true" />
            {t('bonds.deal', {
              issuer: isIssuerId(deal.issuer) ? t(`issuer.${deal.issuer}`) : deal.issuer,
              date: formatDate(deal.date, locale),
              amount: formatUsdBn(deal.amount, locale),
            })}
            {deal.kind === 'reported' ? null : <span className="muted"> ({t(`kind.${deal.kind}`)})</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
