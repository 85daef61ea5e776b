import { useMemo } from 'react';
import { ReferenceLine } from 'recharts';
import { useApp, useLocale, useT } from '../../app/store-context';
import { formatPercent } from '../../domain/format';
import { selectDatasets } from '../../store/selectors';
import { ACCENT, ENTITY_COLORS, NEUTRAL } from '../chart/style';
import { type SeriesSpec, TimeChart } from '../chart/time-chart';
import { usePanelEvents } from '../use-panel-events';
import { prepareCapex } from './prepare';

export default function CapexPanel() {
  const datasets = useApp(selectDatasets);
  const scenario = useApp((s) => s.scenario);
  const t = useT();
  const locale = useLocale();
  const events = usePanelEvents('capex');
  const { rows, revision } = useMemo(() => prepareCapex(datasets, scenario), [datasets, scenario]);
  const series = useMemo<SeriesSpec[]>(
    () => [
      { key: 'estimate', label: t('capex.path'), color: ACCENT, kind: 'estimate', shape: 'points' },
      {
        key: 'path',
        label: t('capex.projection', { growth: scenario.growth }),
        color: ACCENT,
        kind: 'scenario',
        shape: 'line',
      },
      {
        key: 'article',
        label: t('capex.article2027'),
        color: '#003f66',
        kind: 'projection',
        shape: 'points',
      },
      { key: 'first', label: t('capex.firstEstimate'), color: NEUTRAL, kind: 'superseded', shape: 'points' },
      {
        key: 'hyperscalers',
        label: t('capex.hyperscalers'),
        color: ENTITY_COLORS.microsoft ?? ACCENT,
        kind: 'reported',
        shape: 'line',
      },
      { key: 'consensus', label: t('capex.consensus'), color: '#56B4E9', kind: 'estimate', shape: 'points' },
      { key: 'bofa', label: t('capex.bofa'), color: '#E69F00', kind: 'projection', shape: 'points' },
      { key: 'goldman', label: t('capex.goldman'), color: '#CC79A7', kind: 'projection', shape: 'points' },
      { key: 'early', label: t('capex.jpmEarly'), color: NEUTRAL, kind: 'superseded', shape: 'points' },
    ],
    [t, scenario.growth],
  );
  return (
    <TimeChart rows={rows} series={series} unit="usd-bn" title={t('capex.title')} events={events}>
      {revision ? (
        <ReferenceLine
          segment={[
            { x: revision.year, y: revision.from },
            { x: revision.year, y: revision.to },
          ]}
          stroke={NEUTRAL}
          strokeDasharray="3 3"
          label={{
            value: t('capex.revision', { pct: formatPercent(revision.pct, locale, 0) }),
            position: 'left',
            className: 'annotation',
          }}
        />
      ) : null}
    </TimeChart>
  );
}
