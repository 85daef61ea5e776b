import { useMemo } from 'react';
import { useApp, useT } from '../../store/react';
import { selectDatasets } from '../../store/selectors';
import { ACCENT, ACCENT_2 } from '../chart/style';
import { type SeriesSpec, TimeChart } from '../chart/time-chart';
import { usePanelEvents } from '../use-panel-events';
import { usePanelScenario } from '../use-panel-scenario';
import { prepareComputeMix } from './prepare';

export default function ComputeMixPanel() {
  const datasets = useApp(selectDatasets);
  const scenario = usePanelScenario('inference');
  const t = useT();
  const events = usePanelEvents('compute-mix');
  const { rows, kinds, refs } = useMemo(() => prepareComputeMix(datasets, scenario), [datasets, scenario]);
  const series = useMemo<SeriesSpec[]>(() => {
    const specs: SeriesSpec[] = [
      {
        key: 'now',
        label: t('compute-mix.training'),
        color: ACCENT,
        kind: 'estimate',
        shape: 'points',
        readout: false,
      },
      { key: 'training', label: t('compute-mix.training'), color: ACCENT, kind: 'scenario', shape: 'line' },
      {
        key: 'inference',
        label: t('compute-mix.inference'),
        color: ACCENT_2,
        kind: 'scenario',
        shape: 'line',
      },
    ];
    // Each point's kind and rows from its fixture row or the scenario; the spec's kind is the legend's.
    return specs.map((spec) => ({ ...spec, kinds: kinds[spec.key], refs: refs[spec.key] }));
  }, [t, kinds, refs]);
  return (
    <TimeChart
      rows={rows}
      series={series}
      unit="pct"
      title={t('compute-mix.title')}
      events={events}
      yDomain={[0, 100]}
      annotations={[
        {
          kind: 'line',
          at: { x: scenario.inference },
          label: t('compute-mix.crossover', { year: scenario.inference }),
          position: 'insideBottomRight',
        },
      ]}
    />
  );
}
