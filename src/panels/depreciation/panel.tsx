import { useMemo } from 'react';
import { localLabel } from '../../data/localise';
import { formatNumber, formatPercent, formatUsdBn } from '../../domain/format';
import { useApp, useLocale, useT } from '../../store/react';
import { selectDatasets } from '../../store/selectors';
import { entityColor } from '../chart/style';
import { type SeriesSpec, TimeChart } from '../chart/time-chart';
import { usePanelEvents } from '../use-panel-events';
import { usePanelScenario } from '../use-panel-scenario';
import { prepareDepreciation } from './prepare';

/** The value axis: a fixed range with even steps (constants, so the memoised chart sees the same arrays). */
const LIVES_DOMAIN: [number, number] = [0, 7];
const LIVES_TICKS = [0, 2, 4, 6] as const;

export default function DepreciationPanel() {
  const datasets = useApp(selectDatasets);
  // The chart reads only the realistic life; the table below also reads growth (2026 capex).
  const chartScenario = usePanelScenario('life');
  const scenario = usePanelScenario('growth', 'life');
  const t = useT();
  const locale = useLocale();
  const events = usePanelEvents('depreciation');
  const data = useMemo(() => prepareDepreciation(datasets, scenario), [datasets, scenario]);
  const chart = useMemo(() => prepareDepreciation(datasets, chartScenario), [datasets, chartScenario]);
  const series = useMemo<SeriesSpec[]>(
    () =>
      chart.lives.map((l, i) => ({
        key: l.key,
        label: localLabel(l, locale),
        color: entityColor(l.entity),
        kind: 'reported',
        shape: 'step',
        // Identical histories (Microsoft and Alphabet) would hide one line: the first is drawn wide, underneath.
        width: i === 0 ? 7 : 2.2,
        kinds: chart.kinds[l.key],
        refs: chart.refs[l.key],
        ...(l.entity ? { entity: l.entity } : {}),
      })),
    [chart.lives, chart.kinds, chart.refs, locale],
  );
  const yrs = t('unit.yearsShort');
  // The window's label names its years and its source from the fixture rows, not a constant.
  const windowLabel = chart.window
    ? t('depreciation.window', {
        label: localLabel(chart.window, locale),
        from: String(chart.window.from),
        to: String(chart.window.to),
      })
    : '';
  const { burry } = data;
  return (
    <>
      <TimeChart
        rows={chart.rows}
        series={series}
        unit="years"
        title={t('depreciation.title')}
        events={events}
        yDomain={LIVES_DOMAIN}
        yTicks={LIVES_TICKS}
        annotations={[
          // The article's impairment window, from the fixture's `impairment-window` rows.
          ...(chart.window
            ? [
                {
                  kind: 'area',
                  x1: chart.window.from - 0.5,
                  x2: chart.window.to + 0.5,
                  className: 'window-area',
                  label: windowLabel,
                  position: 'insideBottom',
                } as const,
              ]
            : []),
          {
            kind: 'line',
            at: { y: chartScenario.life },
            label: t('depreciation.realistic', {
              years: `${formatNumber(chartScenario.life, locale)} ${yrs}`,
            }),
            position: 'insideBottomLeft',
            dash: '6 3',
          },
        ]}
      />
      <table className="mini-table">
        <caption>{t('depreciation.sensitivity')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('depreciation.col.life')}</th>
            <th scope="col">{t('depreciation.col.under')}</th>
            <th scope="col">{t('depreciation.col.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {data.sensitivity.map((p) => (
            <tr key={p.life} className={p.life === scenario.life ? 'current' : undefined}>
              <td>
                {formatNumber(p.life, locale)} {yrs}
              </td>
              <td>{formatPercent(p.understatementPct, locale, 0)}</td>
              <td>{p.missingCharge === null ? '–' : formatUsdBn(p.missingCharge, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.filedLife !== null ? (
        <p className="panel-note">
          {t('depreciation.filed', { years: `${formatNumber(data.filedLife, locale, 2)} ${yrs}` })}
        </p>
      ) : null}
      {burry.understatement !== null && burry.oracle !== null && burry.meta !== null ? (
        <p className="panel-note">
          {t('depreciation.burry', {
            amount: formatUsdBn(burry.understatement, locale),
            oracle: formatPercent(burry.oracle, locale),
            meta: formatPercent(burry.meta, locale),
          })}
        </p>
      ) : null}
    </>
  );
}
