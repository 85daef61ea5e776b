/**
 * The history panel (method v2, docs/METHOD.md): the market-wide build-up and stress indices quarter by
 * quarter from their first quarter (1923) to today, the NBER recessions to the month and the bust episodes
 * marked, each index's latest reading as a percentile of its own history, and beside it the scorecard,
 * "How well does this warn?". One back-test run (in a worker, after first paint) feeds all of it.
 *
 * Hover publishes the hovered quarter's *year* to the shared crosshair (and shows the year another chart
 * hovers); the quarter itself lives in a small store of this panel, so only the crosshair and the readout
 * re-render on hover.
 */
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { INDEX_COMPONENTS, INDEX_IDS, type IndexId } from '../../domain/backtest/method';
import { formatNumber } from '../../domain/format';
import type { YearRange } from '../../domain/ids';
import type { Licence } from '../../domain/types';
import { useApp, useLocale } from '../../store/react';
import { usePublishPlotted } from '../../ui/export/plotted-context';
import { defaultUrlState } from '../../url/codec';
import { QUARTERS } from '../chart/x-scale';
import type { BacktestView, QuarterView } from './backtest-view';
import { HistoryChart, type HoverStore, INDEX_COLORS } from './chart';
import { type HistoryTranslate, ordinalIn, useHistoryT } from './messages';
import { bustSummary, historyDomain, historyFigures, readingAt, readingForYear } from './prepare';
import { Scorecard } from './scorecard';
import { useBacktestV2 } from './use-backtest';

const pts = (v: number | null, locale: string) => (v === null ? '–' : formatNumber(v, locale, 1));

/** "Build-up: latest 61.6 · high (2026-Q2) · 90th percentile of 1923–2026". */
function Latest({ view, t }: { view: BacktestView; t: HistoryTranslate }) {
  const locale = useLocale();
  const lang = useApp((s) => s.lang);
  return (
    <ul className="hv2-latest-list">
      {INDEX_IDS.map((idx) => {
        const p = view.latest[idx];
        const row = p ? readingAt(view.quarters, p.quarter) : null;
        const band = row?.[`${idx}Band`];
        return (
          <li
            key={idx}
            data-history-latest={idx}
            data-value={p ? p.value.toFixed(1) : ''}
            data-percentile={p ? String(p.rounded) : ''}
            data-quarter={p?.quarter ?? ''}
          >
            <svg width="22" height="10" aria-hidden="true">
              <line x1="1" x2="21" y1="5" y2="5" stroke={INDEX_COLORS[idx]} strokeWidth="2.5" />
            </svg>{' '}
            <b>{t(`idx.${idx}.v2`)}</b> <span className="muted hv2-what">({t(`idx.what.${idx}`)})</span>:{' '}
            {p
              ? t('head.today', {
                  value: formatNumber(p.value, locale, 1),
                  band: band ? t(`band.${band}`) : '',
                  quarter: p.quarter,
                  ordinal: ordinalIn(lang, p.rounded),
                  from: p.from.slice(0, 4),
                  to: p.to.slice(0, 4),
                })
              : t('head.none')}
          </li>
        );
      })}
    </ul>
  );
}

function Legend({ t }: { t: HistoryTranslate }) {
  return (
    <ul className="legend hv2-legend">
      {INDEX_IDS.map((idx) => (
        <li key={idx}>
          <svg width="22" height="10" aria-hidden="true">
            <line x1="1" x2="21" y1="5" y2="5" stroke={INDEX_COLORS[idx]} strokeWidth="2.5" />
          </svg>{' '}
          {t(`idx.${idx}`)}
        </li>
      ))}
      <li>
        <svg width="22" height="10" aria-hidden="true">
          <rect x="1" y="0" width="20" height="10" className="hv2-recession" />
        </svg>{' '}
        {t('legend.recession')}
      </li>
      <li>
        <svg width="22" height="10" aria-hidden="true">
          <rect x="1" y="0" width="20" height="4" className="hv2-bust-span" />
          <line x1="1.5" x2="1.5" y1="0" y2="10" className="hv2-bust-line" />
        </svg>{' '}
        <span className="hv2-long">{t('legend.bust')}</span>
        <span className="hv2-short">{t('legend.bustShort')}</span>
      </li>
      <li className="muted hv2-bands">{t('legend.bands')}</li>
    </ul>
  );
}

/** The hovered quarter: both indices with their bands, each component's score, recession and bust. */
function Readout({ hover, view, t }: { hover: HoverStore; view: BacktestView; t: HistoryTranslate }) {
  const step = useStore(hover, (s) => s.step);
  const quarter = step === null ? null : QUARTERS.format(step);
  const focused = useStore(hover, (s) => s.focused);
  const hoverYear = useApp((s) => s.hoverYear);
  const locale = useLocale();
  const sep = t('readout.sep');
  const r: QuarterView | null =
    quarter !== null && Number(quarter.slice(0, 4)) === hoverYear
      ? readingAt(view.quarters, quarter)
      : hoverYear !== null
        ? readingForYear(view.quarters, hoverYear)
        : null;
  if (!r) {
    return (
      <p className="readout history-readout muted" aria-live="off" data-history-readout="">
        <span className="readout-hint">{t('readout.none')}</span>
      </p>
    );
  }
  const inRecession = view.recessions.some((s) => s.startQuarter <= r.quarter && r.quarter <= s.endQuarter);
  const bust = view.busts.find((b) => b.from <= r.quarter && r.quarter <= b.to);
  return (
    <p
      className="readout history-readout"
      aria-live={focused ? 'polite' : 'off'}
      data-history-readout=""
      data-quarter={r.quarter}
      data-buildup={r.buildup === null ? '' : r.buildup.toFixed(1)}
      data-stress={r.stress === null ? '' : r.stress.toFixed(1)}
      data-composite={r.buildup === null ? '' : r.buildup.toFixed(1)}
    >
      <span key={r.quarter}>
        <strong>{r.quarter}</strong>
        {INDEX_IDS.map((idx) => {
          const v = r[idx];
          const band = r[`${idx}Band`];
          return (
            <span key={idx}>
              {sep}
              <span className="readout-item">
                <span className="swatch" style={{ background: INDEX_COLORS[idx] }} aria-hidden="true" />
                {t(`idx.${idx}`)}:{' '}
                {v === null ? (
                  <span className="muted">{t('readout.unscored')}</span>
                ) : (
                  <>
                    <b>{pts(v, locale)}</b> {band ? t(`band.${band}`) : ''}
                  </>
                )}{' '}
                <span className="muted hv2-readout-detail">
                  (
                  {INDEX_COMPONENTS[idx]
                    .map(
                      (c) =>
                        `${t(`c.${c}`)} ${pts(r.components[c] === null ? null : 100 * (r.components[c] as number), locale)}`,
                    )
                    .join(t('readout.list'))}
                  )
                </span>
              </span>
            </span>
          );
        })}
        {inRecession ? (
          <span>
            {sep}
            {t('readout.recession')}
          </span>
        ) : null}
        {bust ? (
          <span>
            {sep}
            {t('readout.bust', {
              year: bust.from.slice(0, 4),
              fall: Math.round(bustSummary(bust).fallPct),
            })}
          </span>
        ) : null}
      </span>
    </p>
  );
}

function Notes({ view, missing, t }: { view: BacktestView; missing: string[]; t: HistoryTranslate }) {
  const sources = useApp((s) => s.builtin.sources);
  const ice = useApp((s) => {
    const d = s.dated.BAMLC0A4CBBB ?? s.dated.BAMLH0A0HYM2;
    return d?.status === 'ready' ? d.series.licence : undefined;
  });
  const moodys = useApp((s) => {
    const d = s.dated.BAA ?? s.dated.AAA;
    return d?.status === 'ready' ? d.series.licence : undefined;
  });
  const nber = sources.find((s) => s.id === 'nber-business-cycles');
  const sep = t('list.sep');
  const coverage = INDEX_IDS.flatMap((idx) => {
    const p = view.latest[idx];
    const row = p ? readingAt(view.quarters, p.quarter) : null;
    if (!p || !row) return [];
    const all = INDEX_COMPONENTS[idx];
    const lacking = all.filter((c) => !row.covered[idx].includes(c));
    if (lacking.length === 0) return [];
    return [
      <p key={idx} className="panel-note" data-history-coverage={idx}>
        {t('note.coverage', {
          index: t(`idx.${idx}`),
          quarter: p.quarter,
          count: all.length - lacking.length,
          total: all.length,
          missing: lacking.map((c) => t(`c.${c}`)).join(sep),
        })}
      </p>,
    ];
  });
  const licence = (key: 'licence.ice' | 'licence.moodys', l: Licence | undefined, id: string) =>
    l ? (
      <p className="panel-note licence-notice" data-licence={id}>
        {t(key, { owner: l.owner, notice: l.notice })}
      </p>
    ) : null;
  return (
    <>
      {missing.length > 0 ? (
        <p className="panel-warning" role="note" data-history-missing={missing.join(',')}>
          {t('missing', { inputs: missing.join(sep) })}
        </p>
      ) : null}
      {coverage}
      <p className="panel-note">
        {nber ? t('note.recessions', { source: nber.publisher }) : null} {t('note.method')}
      </p>
      {licence('licence.moodys', moodys, 'moodys')}
      {licence('licence.ice', ice, 'ice')}
    </>
  );
}

export default function HistoryPanel() {
  const state = useBacktestV2();
  const t = useHistoryT();
  const range = useApp((s) => s.range);
  const [hover] = useState<HoverStore>(() => createStore(() => ({ step: null, focused: false })));
  const view = state.status === 'ready' ? state.view : null;
  const first = view?.quarters[0]?.quarter;
  const last = view?.quarters.at(-1)?.quarter;
  const domain = useMemo<[number, number] | null>(
    () => (first && last ? historyDomain([first, last], range as YearRange, defaultUrlState().range) : null),
    [first, last, range],
  );
  const figures = useMemo(
    () =>
      view && domain
        ? historyFigures(
            view.quarters,
            domain,
            {
              index: (i: IndexId) => t(`idx.${i}.v2`),
              component: (c) =>
                t('c.v2', {
                  index: t(`idx.${INDEX_IDS.find((i) => INDEX_COMPONENTS[i].includes(c)) ?? 'buildup'}`),
                  component: t(`c.${c}`),
                }),
            },
            INDEX_COMPONENTS,
          )
        : [],
    [view, domain, t],
  );
  usePublishPlotted('history', figures);

  if (state.status === 'loading') {
    return (
      <div className="panel-loading" aria-busy="true" data-history-status="loading">
        <p className="muted">{t('loading')}</p>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <p className="panel-warning" role="note" data-history-status="error">
        {t('error', { message: state.message })}
      </p>
    );
  }
  if (!view || !domain) {
    return (
      <p className="panel-warning" data-history-status="ready">
        {t('empty')}
      </p>
    );
  }
  return (
    <div data-history-status="ready" data-method="v2" className="hv2">
      <div className="hv2-main">
        <Latest view={view} t={t} />
        <Legend t={t} />
        <HistoryChart
          quarters={view.quarters}
          busts={view.busts}
          recessions={view.recessions}
          domain={domain}
          hover={hover}
          t={t}
        />
        <Readout hover={hover} view={view} t={t} />
        <Notes view={view} missing={state.missing} t={t} />
      </div>
      <Scorecard sc={view.scorecard} t={t} sep={t('list.sep')} />
    </div>
  );
}
