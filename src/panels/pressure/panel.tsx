import { useMemo } from 'react';
import { YEAR_MAX } from '../../domain/ids';
import { LAST_DATA_YEAR } from '../../domain/model';
import { COMPONENT_IDS } from '../../domain/pressure';
import { COMPONENT_COLORS } from '../../gauge/colors';
import { useDeferredModelInput } from '../../gauge/use-model';
import { useApp, useT } from '../../store/react';
import { type SeriesSpec, TimeChart } from '../chart/time-chart';
import { preparePressure, withBaseline } from './prepare';

export default function PressurePanel() {
  // The history follows the gauge in a transition: a what-if step paints the gauge number first.
  const input = useDeferredModelInput();
  const range = useApp((s) => s.range);
  const t = useT();
  const baseline = useApp((s) => s.baseline);
  const { rows: viewRows, readings } = useMemo(() => preparePressure(input), [input]);
  // With a pinned baseline, its composite is drawn over the view's stacked bars, year by year.
  const rows = useMemo(
    () => (baseline ? withBaseline(viewRows, preparePressure({ ...input, ...baseline }).rows) : viewRows),
    [viewRows, input, baseline],
  );
  const series = useMemo<SeriesSpec[]>(
    () => [
      ...COMPONENT_IDS.map(
        (id): SeriesSpec => ({
          key: id,
          label: t(`component.${id}`),
          color: COMPONENT_COLORS[id],
          kind: 'estimate',
          shape: 'bar',
          showKind: false,
          stackId: 'p',
        }),
      ),
      {
        key: 'total',
        label: t('gauge.total'),
        color: 'var(--fg)',
        kind: 'estimate',
        shape: 'points',
        legend: false,
        showKind: false,
      },
      ...(baseline
        ? [
            {
              key: 'baseline',
              label: t('pressure.baseline'),
              color: 'var(--fg)',
              kind: 'scenario',
              shape: 'line',
              showKind: false,
            } satisfies SeriesSpec,
          ]
        : []),
    ],
    [t, baseline],
  );
  const gaps = readings.filter((r) => r.insufficient && r.year >= range[0] && r.year <= range[1]);
  return (
    <>
      <TimeChart
        rows={rows}
        series={series}
        unit="points"
        title={t('pressure.title')}
        yDomain={[0, 100]}
        annotations={[
          {
            kind: 'area',
            x1: LAST_DATA_YEAR + 0.5,
            x2: YEAR_MAX + 0.5,
            className: 'projection-area',
            label: t('kind.projection'),
            position: 'insideTopRight',
          },
        ]}
      />
      {gaps.length > 0 ? (
        <p className="panel-note">
          {gaps.map((g) => t('pressure.insufficient', { year: g.year })).join(' · ')}
        </p>
      ) : null}
    </>
  );
}
