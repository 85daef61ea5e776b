import { useMemo } from 'react';
import { formatPercent, formatUsdBn } from '../../domain/format';
import { useApp, useLocale, useT } from '../../store/react';
import { selectDatasets } from '../../store/selectors';
import { ACCENT, ENTITY_COLORS, NEUTRAL } from '../chart/style';
import { type SeriesSpec, TimeChart } from '../chart/time-chart';
import { usePanelEvents } from '../use-panel-events';
import { usePanelScenario } from '../use-panel-scenario';
import { prepareCapex } from './prepare';

export default function CapexPanel() {
  const datasets = useApp(selectDatasets);
  const scenario = usePanelScenario('growth');
  const t = useT();
  const locale = useLocale();
  const events = usePanelEvents('capex');
  const { rows, kinds, refs, revision, gauge, later } = useMemo(
    () => prepareCapex(datasets, scenario),
    [datasets, scenario],
  );
  const series = useMemo<SeriesSpec[]>(() => {
    // Each mark's style comes from its own point's kind (`kinds`, from the fixture rows); `kind` is the
    // legend's fallback.
    const specs: SeriesSpec[] = [
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
        color: 'var(--fg)',
        kind: 'projection',
        shape: 'points',
      },
      { key: 'first', label: t('capex.firstEstimate'), color: NEUTRAL, kind: 'superseded', shape: 'points' },
      {
        key: 'hyperscalers',
        label: t('capex.hyperscalers'),
        color: ENTITY_COLORS.microsoft ?? ACCENT,
        kind: 'estimate',
        shape: 'line',
      },
      {
        key: 'press',
        label: t('capex.press'),
        color: '#0072B2',
        kind: 'projection',
        shape: 'points',
        dx: -10,
      },
      {
        key: 'consensus',
        label: t('capex.consensus'),
        color: '#56B4E9',
        kind: 'estimate',
        shape: 'points',
        dx: 10,
      },
      {
        key: 'goldman',
        label: t('capex.goldman'),
        color: '#CC79A7',
        kind: 'projection',
        shape: 'points',
        dx: 10,
      },
      { key: 'ms', label: t('capex.morganStanley'), color: '#8C6D31', kind: 'secondary', shape: 'points' },
      {
        key: 'zacks',
        label: t('capex.zacks'),
        color: '#D55E00',
        kind: 'secondary',
        shape: 'points',
        dx: 10,
      },
      {
        key: 'goldman2027',
        label: t('capex.goldman2027'),
        color: '#CC79A7',
        kind: 'secondary',
        shape: 'points',
        dx: 10,
      },
      // Last, so the article's 2025 estimate is drawn above the markers that share its year.
      {
        key: 'estimate',
        label: t('capex.path'),
        color: ACCENT,
        kind: 'estimate',
        shape: 'points',
        radius: 6,
      },
    ];
    return specs.map((spec) => ({ ...spec, kinds: kinds[spec.key], refs: refs[spec.key] }));
  }, [t, scenario.growth, kinds, refs]);
  const usd = (v: number) => formatUsdBn(v, locale);
  // Sentences run on without a space in Chinese.
  const gap = locale === 'zh-TW' ? '' : ' ';
  return (
    <>
      <TimeChart
        rows={rows}
        series={series}
        unit="usd-bn"
        title={t('capex.title')}
        events={events}
        annotations={
          revision
            ? [
                {
                  kind: 'revision',
                  x: revision.year,
                  from: revision.from,
                  to: revision.to,
                  label: t('capex.revision', { pct: formatPercent(revision.pct, locale, 0) }),
                },
              ]
            : []
        }
      />
      {gauge.map((g) => (
        <p key={g.year} className="panel-note" data-capex-gauge={`${g.year}:${g.value}:${g.basis}`}>
          {t(g.basis === 'companies' ? 'capex.gauge.companies' : 'capex.gauge.press', {
            year: g.year,
            value: usd(g.value),
          })}
          {g.basis === 'press' && later.raise !== null
            ? `${gap}${t('capex.gauge.raise', { raise: usd(later.raise) })}`
            : ''}
          {g.basis === 'press' && later.secondary
            ? `${gap}${t('capex.gauge.secondary', { low: usd(later.secondary[0]), high: usd(later.secondary[1]) })}`
            : ''}
        </p>
      ))}
    </>
  );
}
