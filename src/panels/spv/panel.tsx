import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { PlottedFigure } from '../../domain/export/plotted';
import { formatUsdBn } from '../../domain/format';
import { isIssuerId } from '../../domain/ids';
import { findSeries, matchesSelection } from '../../domain/series';
import { useApp, useLocale, useT } from '../../store/react';
import { selectDatasets } from '../../store/selectors';
import { usePublishPlotted } from '../../ui/export/plotted-context';
import { fillProps, useChartHeight } from '../chart/height';
import { thresholdLine } from '../chart/marks';
import { ChartSizer } from '../chart/size';
import { AXIS_TICK, DIMMED, entityColor } from '../chart/style';
import { EventList } from '../event-list';
import { IssuerChips } from '../issuer-chips';
import { usePanelEvents } from '../use-panel-events';
import { prepareSpv } from './prepare';

/** Bonds by issuer and vehicles by sponsor colour, each labelled; the two bars are never added together. */
export default function SpvPanel() {
  const datasets = useApp(selectDatasets);
  const selection = useApp((s) => s.selection);
  const toggle = useApp((s) => s.toggleSelection);
  const t = useT();
  const events = usePanelEvents('spv');
  const height = useChartHeight(250);
  const locale = useLocale();
  const data = useMemo(() => prepareSpv(datasets), [datasets]);
  const rows = useMemo(() => {
    const on: Record<string, number | string> = { name: t('spv.onBalance') };
    for (const p of data.bonds) on[`b:${p.id}`] = p.value;
    const off: Record<string, number | string> = { name: t('spv.offBalance') };
    for (const p of data.vehicles) off[`v:${p.id}`] = p.value;
    return [on, off];
  }, [data, t]);
  const parts = [
    ...data.bonds.map((p) => ({ ...p, key: `b:${p.id}`, vehicle: false })),
    ...data.vehicles.map((p) => ({ ...p, key: `v:${p.id}`, vehicle: true })),
  ];
  const fmt = (v: number) => formatUsdBn(v, locale);
  // The CSV: each stacked part under its bar's name, and the two reference lines.
  const figures = useMemo(() => {
    const out: PlottedFigure[] = [
      ...data.bonds.map((p) => ({ p, bar: t('spv.onBalance') })),
      ...data.vehicles.map((p) => ({ p, bar: t('spv.offBalance') })),
    ].map(({ p, bar }) => ({
      period: p.period,
      series: `${bar}: ${p.label}`,
      value: p.value,
      unit: 'usd-bn',
      kind: p.kind,
      sourceId: p.sourceId,
    }));
    for (const [id, label] of [
      ['article-total', t('spv.article')],
      ['ft-count', t('spv.ft')],
    ] as const) {
      const o = findSeries(datasets.spv, id)?.observations[0];
      if (o)
        out.push({
          period: o.period,
          series: label,
          value: o.value,
          unit: o.unit,
          kind: o.kind,
          sourceId: o.sourceId,
        });
    }
    return out;
  }, [data, datasets.spv, t]);
  usePublishPlotted('spv', figures);
  return (
    <>
      <ChartSizer height={height}>
        <BarChart
          accessibilityLayer={false}
          {...fillProps(height)}
          data={rows}
          layout="vertical"
          margin={{ top: 18, right: 24, bottom: 4, left: 8 }}
        >
          <CartesianGrid horizontal={false} className="grid" />
          <XAxis
            tick={AXIS_TICK}
            type="number"
            domain={[0, 160]}
            ticks={[0, 40, 80, 120, 160]}
            tickFormatter={fmt}
          />
          <YAxis tick={AXIS_TICK} type="category" dataKey="name" width={130} />
          {data.articleTotal !== null
            ? thresholdLine({ x: data.articleTotal }, t('spv.article'), 'top')
            : null}
          {data.ftCount !== null
            ? thresholdLine({ x: data.ftCount }, t('spv.ft'), 'insideBottomLeft', '2 4')
            : null}
          {parts.map((p) => {
            const dim = selection !== null && !matchesSelection({ id: p.id, entity: p.entity }, selection);
            return (
              <Bar
                key={p.key}
                dataKey={p.key}
                name={p.label}
                stackId="s"
                fill={entityColor(p.entity)}
                fillOpacity={dim ? DIMMED : 0.9}
                stroke="var(--bg)"
                strokeWidth={1}
                isAnimationActive={false}
                cursor="pointer"
                onClick={() => {
                  const id = p.vehicle ? p.entity : p.id;
                  if (isIssuerId(id)) toggle(id);
                }}
              >
                {dim ? null : (
                  <LabelList
                    dataKey={p.key}
                    content={(l) => {
                      const { x, y, width, height, value } = l as {
                        x?: number;
                        y?: number;
                        width?: number;
                        height?: number;
                        value?: unknown;
                      };
                      const text = typeof value === 'number' ? fmt(value) : '';
                      // Only where the segment is wide enough to hold its label.
                      if (!text || !width || width < text.length * 7 + 6) return null;
                      return (
                        <text
                          x={(x ?? 0) + width / 2}
                          y={(y ?? 0) + (height ?? 0) / 2}
                          className="bar-label"
                          textAnchor="middle"
                          dominantBaseline="middle"
                        >
                          {text}
                        </text>
                      );
                    }}
                  />
                )}
              </Bar>
            );
          })}
        </BarChart>
      </ChartSizer>
      <IssuerChips
        ids={[...data.bonds.map((p) => p.id), ...data.vehicles.map((p) => p.id)]}
        colorOf={(id) => entityColor(data.vehicles.find((v) => v.id === id)?.entity ?? id)}
      />
      <p className="panel-note">
        {t('spv.totals', {
          onLabel: t('spv.onBalance'),
          on: fmt(data.bondsTotal),
          offLabel: t('spv.offBalance'),
          off: fmt(data.vehiclesTotal),
        })}{' '}
        {t('spv.caveat')}
      </p>
      <EventList events={events} />
    </>
  );
}
