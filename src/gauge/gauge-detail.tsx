/**
 * Behind the headline's second disclosure: every part of both indices with its raw metric(s), score,
 * weight and points, then the method itself, readable in the app (no visitor is sent to a README): the
 * two indices, the formula and bands, where each part sits and why, and the AI metrics' thresholds with
 * their reasons and sources.
 */
import { localLabel } from '../data/localise';
import { V2_COMPONENTS, V2_METRICS, type V2ComponentId } from '../domain/backtest/method';
import { formatNumber, formatPoints, formatValue } from '../domain/format';
import {
  AI_PART_METRICS,
  type AiPartId,
  aiPartMetrics,
  GAUGE_INDEXES,
  GAUGE_METHOD_VERSION,
  type GaugeReading,
  type IndexId,
  partGroup,
  partsOf,
} from '../domain/gauge-v2';
import type { MetricReading } from '../domain/model';
import { useApp, useLocale, useT } from '../store/react';
import { TableScroll } from '../ui/table-scroll';
import { PART_COLORS } from './colors';
import { type GaugeTranslate, type MarketSource, type MarketSourceView, useGT } from './use-gauge';

type T = ReturnType<typeof useT>;

function aiMetricText(m: MetricReading, locale: string, t: T, gt: GaugeTranslate): string {
  const label = gt(`g.metric.${m.metric}`);
  const yrs = t('unit.yearsShort');
  if (!m.raw || !m.threshold) return gt('g.metricValue', { label, value: gt('g.noPoints') });
  const value = formatValue(m.raw.value, m.threshold.unit, locale, yrs);
  const text = gt(m.raw.kind === 'projection' ? 'g.metricProjected' : 'g.metricValue', { label, value });
  if (m.raw.basis === 'scenario') return `${text} ${gt('g.basisScenario')}`;
  if (m.raw.basis === 'guidance') return `${text} ${gt('g.basisGuidance')}`;
  if (m.raw.basis === 'revised') return `${text} ${gt('g.basisRevised')}`;
  return text;
}

function marketMetricTexts(
  view: MarketSourceView | null,
  quarter: string | null,
  id: V2ComponentId,
  locale: string,
) {
  const q = view && quarter ? view.quarters.find((x) => x.quarter === quarter) : undefined;
  return V2_COMPONENTS[id].metrics.map((m) => {
    const raw = q?.raw?.[m] ?? null;
    const unit = V2_METRICS[m].unit;
    const value =
      raw === null
        ? '–'
        : `${formatNumber(raw, locale, 2)}${unit === 'pct' ? '%' : unit === 'pp' ? ' pp' : ''}`;
    return { id: m, text: `${V2_METRICS[m].label}: ${value}` };
  });
}

function PartsTable({ g, index, view }: { g: GaugeReading; index: IndexId; view: MarketSourceView | null }) {
  const t = useT();
  const gt = useGT();
  const locale = useLocale();
  const r = g[index];
  return (
    <TableScroll label={gt(`g.index.${index}`)}>
      <table className="breakdown-table" data-breakdown={index}>
        <caption>
          {gt(`g.index.${index}`)} · {r.shown === null ? '–' : formatPoints(r.shown, locale)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{gt('g.col.part')}</th>
            <th scope="col">{gt('g.col.metric')}</th>
            <th scope="col">{gt('g.col.score')}</th>
            <th scope="col">{gt('g.col.weight')}</th>
            <th scope="col">{gt('g.col.points')}</th>
          </tr>
        </thead>
        <tbody>
          {r.parts.map((p) => {
            const market = p.group === 'market';
            const metrics = market
              ? marketMetricTexts(view, r.quarter, p.id as V2ComponentId, locale)
              : aiPartMetrics(g.reading, p.id as AiPartId).map((m) => ({
                  id: m.metric,
                  text: aiMetricText(m, locale, t, gt),
                }));
            return (
              <tr key={p.id} data-part-row={p.id} data-group={p.group}>
                <th scope="row">
                  <span className="swatch" style={{ background: PART_COLORS[p.id] }} aria-hidden="true" />
                  {gt(`g.part.${p.id as AiPartId}`)}
                  <span className="muted small">
                    {' '}
                    ·{' '}
                    {market
                      ? gt('g.groupQuarter', { quarter: r.quarter ?? '…' })
                      : gt('g.groupYear', { year: g.year })}
                  </span>
                </th>
                <td className="metric-cell">
                  {metrics.map((m) => (
                    <div key={m.id} lang={market ? 'en' : undefined}>
                      {m.text}
                    </div>
                  ))}
                </td>
                <td className="num">{p.score === null ? '–' : formatNumber(p.score, locale, 2)}</td>
                <td className="num">{formatNumber(p.weight, locale, 2)}</td>
                <td className="num">{p.points === null ? '–' : formatPoints(p.points, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function MethodV2({ gt }: { gt: GaugeTranslate }) {
  const thresholds = useApp((s) => s.builtin.thresholds);
  const t = useT();
  const locale = useLocale();
  const version = GAUGE_METHOD_VERSION;
  const yrs = t('unit.yearsShort');
  const aiMetrics = new Set(Object.values(AI_PART_METRICS).flat());
  return (
    <section className="method" id="method" aria-labelledby="method-title">
      <h3 id="method-title">{gt('g.method.title', { version })}</h3>
      <p>{gt('g.method.p1')}</p>
      <p>{gt('g.method.p2')}</p>
      <p>{gt('g.method.p3')}</p>
      <TableScroll label={gt('g.method.parts')}>
        <table className="data-table" data-method-parts="">
          <caption>{gt('g.method.parts')}</caption>
          <thead>
            <tr>
              <th scope="col">{gt('g.col.part')}</th>
              <th scope="col">{gt('g.method.col.index')}</th>
              <th scope="col">{gt('g.method.col.why')}</th>
            </tr>
          </thead>
          <tbody>
            {GAUGE_INDEXES.flatMap((index) =>
              partsOf(index).map((id) => (
                <tr key={id}>
                  <td>{gt(`g.part.${id}`)}</td>
                  <td>
                    {gt(`g.index.${index}`)} · {gt(`g.group.${partGroup(id)}`)}
                  </td>
                  <td>{gt(`g.why.${id}`)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </TableScroll>
      <p className="small">
        <a href="#panel-history">{gt('g.method.market')}</a>
      </p>
      {thresholds ? (
        <TableScroll label={gt('g.method.thresholds')}>
          <table className="data-table">
            <caption>{gt('g.method.thresholds')}</caption>
            <thead>
              <tr>
                <th scope="col">{gt('g.col.metric')}</th>
                <th scope="col">{gt('g.method.col.calm')}</th>
                <th scope="col">{gt('g.method.col.extreme')}</th>
                <th scope="col">{gt('g.method.col.why')}</th>
              </tr>
            </thead>
            <tbody>
              {thresholds.thresholds
                .filter((th) => aiMetrics.has(th.metric))
                .map((th) => (
                  <tr key={`${th.component}/${th.metric}`}>
                    <td>{gt(`g.metric.${th.metric}`)}</td>
                    <td className="num">{formatValue(th.calm, th.unit, locale, yrs)}</td>
                    <td className="num">{formatValue(th.extreme, th.unit, locale, yrs)}</td>
                    <td>
                      {localLabel({ label: th.reason, labels: th.reasons }, locale)}{' '}
                      {th.sourceIds.map((id) => (
                        <a key={id} href={`#source-${id}`} className="muted small">
                          [{id}]
                        </a>
                      ))}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}

export default function GaugeDetail({ g, market }: { g: GaugeReading; market: MarketSource }) {
  const gt = useGT();
  const view = market.status === 'ready' ? market.view : null;
  return (
    <div className="gauge-detail-body">
      {GAUGE_INDEXES.map((index) => (
        <PartsTable key={index} g={g} index={index} view={view} />
      ))}
      <MethodV2 gt={gt} />
    </div>
  );
}
