import { useMemo } from 'react';
import type { PlottedFigure } from '../../domain/export/plotted';
import { formatNumber } from '../../domain/format';
import { useApp, useDatedSeries, useLocale, useT } from '../../store/react';
import { usePublishPlotted } from '../../ui/export/plotted-context';
import { ACCENT, ACCENT_2 } from '../chart/style';
import { type Annotation, type DenseLine, type SeriesSpec, TimeChart } from '../chart/time-chart';
import { usePanelEvents } from '../use-panel-events';
import { dailyLine, prepareCredit } from './prepare';

/** The value axis: a fixed range with even steps (constants, so the memoised chart sees the same arrays). */
const CREDIT_DOMAIN: [number, number] = [0, 500];
const CREDIT_TICKS = [0, 100, 200, 300, 400, 500] as const;

const IDS = ['BAMLC0A4CBBB'] as const;

export default function CreditPanel() {
  const t = useT();
  const locale = useLocale();
  const events = usePanelEvents('credit');
  const thresholds = useApp((s) => s.builtin.thresholds);
  const { status, series } = useDatedSeries(IDS);
  const bbb = series.BAMLC0A4CBBB;
  const data = useMemo(() => prepareCredit(bbb, thresholds?.thresholds ?? []), [bbb, thresholds]);
  const specs = useMemo<SeriesSpec[]>(
    () => [
      {
        key: 'mean',
        label: t('credit.mean'),
        color: ACCENT_2,
        kind: 'reported',
        shape: 'points',
        kinds: data.kinds.mean,
        refs: data.refs.mean,
      },
    ],
    [t, data.kinds, data.refs],
  );
  const dense = useMemo<DenseLine[]>(
    () =>
      bbb
        ? [
            {
              spec: {
                key: 'daily',
                label: t('credit.daily'),
                color: ACCENT,
                kind: 'reported',
                shape: 'line',
              },
              points: (from, to, target) => dailyLine(bbb, from, to, target),
            },
          ]
        : [],
    [bbb, t],
  );
  // The CSV: every daily figure in the year range, in basis points as drawn (the line is thinned; the
  // file keeps every day).
  const range = useApp((s) => s.range);
  const dailyFigures = useMemo<PlottedFigure[]>(() => {
    if (!bbb) return [];
    const label = t('credit.daily');
    const scale = bbb.unit === 'pct' ? 100 : 1;
    const unit = bbb.unit === 'pct' ? 'bp' : bbb.unit;
    return bbb.observations.flatMap(([date, value]) => {
      const year = Number(date.slice(0, 4));
      return value === null || year < range[0] || year > range[1]
        ? []
        : [
            {
              period: date,
              series: label,
              value: value * scale,
              unit,
              kind: bbb.kind,
              sourceId: bbb.sourceId,
            },
          ];
    });
  }, [bbb, range, t]);
  usePublishPlotted('credit:daily', dailyFigures);
  if (!bbb) {
    return (
      <p className="panel-note" role="status">
        {status === 'error' ? t('credit.error') : t('credit.loading')}
      </p>
    );
  }
  const bp = (v: number) => formatNumber(v, locale, 0);
  return (
    <>
      <TimeChart
        rows={data.rows}
        series={specs}
        dense={dense}
        unit="bp"
        title={t('credit.title')}
        events={events}
        yDomain={CREDIT_DOMAIN}
        yTicks={CREDIT_TICKS}
        annotations={(
          [
            [data.dotcom, 'credit.dotcom', 'insideTopLeft', '6 3'],
            [data.gfc, 'credit.gfc', 'insideTopLeft', '6 3'],
            [data.warning, 'credit.warning', 'insideBottomRight', '2 4'],
            [data.alert, 'credit.alert', 'insideTopRight', '2 4'],
          ] as const
        ).flatMap(([y, key, position, dash]): Annotation[] =>
          y === null ? [] : [{ kind: 'line', at: { y }, label: t(key, { bp: bp(y) }), position, dash }],
        )}
      />
      <p className="panel-note">
        {t('credit.note', {
          days: formatNumber(data.days, locale, 0),
          missing: formatNumber(data.missing, locale, 0),
        })}
      </p>
      {bbb.licence ? (
        <p className="panel-note muted small" data-licence="ice">
          <b>{t('credit.licence')}</b> {bbb.licence.notice}
        </p>
      ) : null}
    </>
  );
}
