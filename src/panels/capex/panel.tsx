import { useMemo } from 'react';
import { formatDate, formatPercent, formatUsdBn } from '../../domain/format';
import { isIssuerId } from '../../domain/ids';
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
  const sources = useApp((s) => s.builtin.sources);
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
        label:
          gauge.length === 0
            ? t('capex.hyperscalersPlain')
            : t('capex.hyperscalers', {
                parts: gauge
                  .map((g) =>
                    t(g.basis === 'companies' ? 'capex.basis.companies' : 'capex.basis.press', {
                      year: g.year,
                    }),
                  )
                  .join(locale === 'zh-TW' ? '；' : '; '),
              }),
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
  }, [t, scenario.growth, kinds, refs, gauge, locale]);
  const usd = (v: number) => formatUsdBn(v, locale);
  // The press row's publisher and date, and why the four companies' own figures are not summed.
  const pressSource = (id: string | undefined) => {
    const src = id ? sources.find((x) => x.id === id) : undefined;
    const text = src ? (src.date ? `${src.publisher}, ${formatDate(src.date, locale)}` : src.publisher) : id;
    if (!text) return '';
    return locale === 'zh-TW' ? `（${text}）` : ` (${text})`;
  };
  const names = (ids: readonly string[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(
      ids.map((id) => (isIssuerId(id) ? t(`issuer.${id}`) : id)),
    );
  const pressReason = (g: (typeof gauge)[number]) =>
    [
      g.missing?.length ? t('capex.gauge.missing', { year: g.year, names: names(g.missing) }) : '',
      g.secondary?.length
        ? t(g.secondary.length === 1 ? 'capex.gauge.secondaryOnly' : 'capex.gauge.secondaryOnlyMany', {
            year: g.year,
            names: names(g.secondary),
          })
        : '',
    ]
      .filter(Boolean)
      .join(locale === 'zh-TW' ? '；' : '; ');
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
          {g.basis === 'companies'
            ? t('capex.gauge.companies', { year: g.year, value: usd(g.value) })
            : t('capex.gauge.press', {
                year: g.year,
                value: usd(g.value),
                source: pressSource(g.sourceId),
                reason: pressReason(g),
              })}
          {g.basis === 'press' && g.year === later.year && later.raise !== null
            ? `${gap}${t('capex.gauge.raise', { raise: usd(later.raise) })}`
            : ''}
          {g.basis === 'press' && g.year === later.year && later.secondary
            ? `${gap}${t('capex.gauge.secondary', { low: usd(later.secondary[0]), high: usd(later.secondary[1]) })}`
            : ''}
        </p>
      ))}
    </>
  );
}
