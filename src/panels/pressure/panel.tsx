import { useMemo } from 'react';
import { YEAR_MAX } from '../../domain/ids';
import { LAST_DATA_YEAR } from '../../domain/raw-value';
import { useGT, useMarketHistory } from '../../gauge/use-gauge';
import { useDeferredModelInput } from '../../gauge/use-model';
import { useApp, useT } from '../../store/react';
import { type SeriesSpec, TimeChart } from '../chart/time-chart';
import { useBacktestV2 } from '../history/use-backtest';
import { pressureReadings, pressureRows } from './prepare-v2';

const COLORS = { buildup: '#d55e00', stress: '#7a3b9a' } as const;

/** Build-up and stress year by year: the meters' own numbers; a pinned baseline (B) as dashed lines. */
export default function PressurePanel() {
  // The chart follows the gauge in a transition: a what-if step paints the meters first.
  const input = useDeferredModelInput();
  const weights = useApp((s) => s.weights);
  const range = useApp((s) => s.range);
  const baseline = useApp((s) => s.baseline);
  const { history, state } = useMarketHistory(useBacktestV2());
  const t = useT();
  const gt = useGT();
  const view = useMemo(
    () => pressureReadings(input, history, weights, state),
    [input, history, weights, state],
  );
  const base = useMemo(
    () =>
      baseline
        ? pressureReadings({ ...input, scenario: baseline.scenario }, history, baseline.weights, state)
        : null,
    [input, history, baseline, state],
  );
  const rows = useMemo(() => pressureRows(view, base), [view, base]);
  const series = useMemo<SeriesSpec[]>(
    () => [
      ...(['buildup', 'stress'] as const).map(
        (i): SeriesSpec => ({
          key: i,
          label: gt(`g.index.${i}`),
          color: COLORS[i],
          kind: 'estimate',
          shape: 'bar',
          showKind: false,
        }),
      ),
      ...(baseline
        ? (['buildup', 'stress'] as const).map(
            (i): SeriesSpec => ({
              key: `${i}B`,
              label: `${gt(`g.index.${i}`)} · ${t('pressure.baseline')}`,
              color: COLORS[i],
              kind: 'scenario',
              shape: 'line',
              showKind: false,
            }),
          )
        : []),
    ],
    [t, gt, baseline],
  );
  const gaps = view.filter(
    (g) => g.buildup.problem === 'insufficient' && g.year >= range[0] && g.year <= range[1],
  );
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
      {state === 'pending' ? <p className="panel-note muted">{gt('g.pending')}</p> : null}
      {gaps.length > 0 ? (
        <p className="panel-note">
          {gaps.map((g) => t('pressure.insufficient', { year: g.year })).join(' · ')}
        </p>
      ) : null}
    </>
  );
}
