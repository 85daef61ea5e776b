import { useMemo } from 'react';
import { formatUsdBn } from '../../domain/format';
import { useApp, useLocale, useT } from '../../store/react';
import { selectDatasets } from '../../store/selectors';
import { ACCENT, ACCENT_2 } from '../chart/style';
import { type SeriesSpec, TimeChart } from '../chart/time-chart';
import { usePanelEvents } from '../use-panel-events';
import { usePanelScenario } from '../use-panel-scenario';
import { prepareDcInvestment } from './prepare';

export default function DcInvestmentPanel() {
  const datasets = useApp(selectDatasets);
  const scenario = usePanelScenario('growth');
  const t = useT();
  const locale = useLocale();
  const events = usePanelEvents('dc-investment');
  const { rows, kinds, refs, runRate } = useMemo(
    () => prepareDcInvestment(datasets, scenario),
    [datasets, scenario],
  );
  const series = useMemo<SeriesSpec[]>(
    () =>
      (
        [
          {
            key: 'band',
            label: t('dc-investment.band'),
            color: '#999999',
            kind: 'interpolated',
            shape: 'band',
          },
          {
            key: 'cumulative',
            label: t('dc-investment.cumulative'),
            color: ACCENT,
            kind: 'scenario',
            shape: 'line',
          },
          {
            key: 'mckinsey',
            label: t('dc-investment.mckinsey'),
            color: ACCENT_2,
            kind: 'projection',
            shape: 'points',
          },
          { key: 'ms', label: t('dc-investment.ms'), color: '#CC79A7', kind: 'projection', shape: 'points' },
        ] satisfies SeriesSpec[]
      )
        // Each point's kind and rows from its fixture row; the spec's kind is the legend's fallback.
        .map((spec) => ({ ...spec, kinds: kinds[spec.key], refs: refs[spec.key] })),
    [t, kinds, refs],
  );
  return (
    <>
      <TimeChart rows={rows} series={series} unit="usd-bn" title={t('dc-investment.title')} events={events} />
      {runRate ? (
        <p className="panel-note">
          {t('dc-investment.runRate', {
            low: formatUsdBn(runRate.low, locale, 0),
            high: formatUsdBn(runRate.high, locale, 0),
            path: formatUsdBn(runRate.path, locale, 0),
          })}
        </p>
      ) : null}
    </>
  );
}
