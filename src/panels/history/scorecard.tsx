/**
 * "How well does this warn?": the scorecard of the back-test the panel drew (the same run, the same code as
 * `npm run backtest`), as tables that scroll inside their own box, and the findings in words: where it works,
 * where it fails, the small sample. Every number comes from `scorecard-table.ts`; nothing is typed in.
 */
import { useMemo } from 'react';
import type { EventId } from '../../domain/backtest/events';
import type { ScorecardV2 } from '../../domain/backtest/scorecard';
import { TableScroll } from '../../ui/table-scroll';
import type { HistoryTranslate } from './messages';
import {
  type Finding,
  findings,
  type InputRef,
  inputRows,
  type Lead,
  SCORED_EVENTS,
  summaryRows,
} from './scorecard-table';

const f2 = (v: number | null | undefined) => (v === null || v === undefined ? '–' : v.toFixed(2));
const pc = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : `${Math.round(100 * v)}%`;

function inputName(t: HistoryTranslate, r: InputRef): string {
  return r.kind === 'index' ? t(`idx.${r.id}`) : r.kind === 'component' ? t(`c.${r.id}`) : t(`m.${r.id}`);
}

function leadsText(t: HistoryTranslate, leads: readonly Lead[]): string {
  return leads.map((l) => `${l.year}: ${l.lead === null ? t('sc.none') : l.lead}`).join(' · ');
}

function findingText(t: HistoryTranslate, f: Finding, sep: string): string {
  const index = f.index ? t(`idx.${f.index}`) : '';
  const event = f.event ? t(`ev.${f.event}`) : '';
  const eventOne = f.event ? t(`ev.one.${f.event}`) : '';
  const inputs = (f.inputs ?? []).map((r) => inputName(t, r)).join(sep);
  const episodes = (f.episodes ?? [])
    .map((e) => (e.lead === null ? e.year : t('f.leadItem', { year: e.year, lead: e.lead })))
    .join(sep);
  const key = f.key === 'f.notBeats' && (f.inputs?.length ?? 0) > 1 ? 'f.notBeatsMany' : f.key;
  return t(key, {
    index,
    event,
    eventOne,
    inputs,
    episodes,
    auroc: f2(f.auroc),
    best: f2(f.best),
    loeo: f2(f.loeo),
    swing: f2(f.loeo),
    share: pc(f.share),
    ...(f.counts ?? {}),
  });
}

function InputTable({ sc, event, t }: { sc: ScorecardV2; event: EventId; t: HistoryTranslate }) {
  const rows = useMemo(() => inputRows(sc, event), [sc, event]);
  const caption = t('sc.components', { event: t(`sc.event.${event}`) });
  return (
    <TableScroll label={caption} className="hv2-table-wrap">
      <table className="data-table hv2-table" data-scorecard-inputs={event}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sc.col.index')}</th>
            <th scope="col">{t('sc.col.input')}</th>
            <th scope="col">{t('sc.col.sample')}</th>
            <th scope="col">{t('sc.col.auroc')}</th>
            <th scope="col">{t('sc.col.loeo')}</th>
            <th scope="col">{t('sc.col.hits')}</th>
            <th scope="col">{t('sc.col.false')}</th>
            <th scope="col">{t('sc.col.episodes')}</th>
            <th scope="col" className="hv2-leads">
              {t('sc.col.leads')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={`${r.index}-${r.input.id}`}
              data-input={r.input.id}
              data-index={r.index}
              data-auroc={f2(r.auroc)}
              className={`hv2-${r.input.kind}-row`}
            >
              <td>{r.input.kind === 'index' ? '' : t(`idx.${r.index}`)}</td>
              <th scope="row" className={r.input.kind === 'metric' ? 'hv2-metric' : undefined}>
                {r.input.kind === 'metric' ? '· ' : ''}
                {inputName(t, r.input)}
              </th>
              <td className="num">{r.from && r.to ? `${r.from.slice(0, 4)}–${r.to.slice(0, 4)}` : '–'}</td>
              <td className="num">{f2(r.auroc)}</td>
              <td className="num">
                {r.loeoMin === null
                  ? t('sc.na')
                  : t('sc.without', { value: f2(r.loeoMin), episode: r.loeoWithout ?? '' })}
              </td>
              <td className="num">{pc(r.hitRate)}</td>
              <td className="num">{pc(r.falseAlarmRate)}</td>
              <td className="num">{t('sc.of', { hit: r.episodesHit, covered: r.episodesCovered })}</td>
              <td className="hv2-leads">{leadsText(t, r.leads)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function Scorecard({ sc, t, sep }: { sc: ScorecardV2; t: HistoryTranslate; sep: string }) {
  const rows = useMemo(() => summaryRows(sc), [sc]);
  const found = useMemo(() => findings(sc), [sc]);
  const years = rows
    .flatMap((r) => [r.from, r.to])
    .filter((q): q is string => q !== null)
    .sort();
  const caption = t('sc.caption', {
    from: years[0]?.slice(0, 4) ?? '',
    to: years.at(-1)?.slice(0, 4) ?? '',
  });
  return (
    <section
      className="hv2-scorecard"
      data-scorecard=""
      data-export-skip=""
      data-print-flow=""
      aria-labelledby="hv2-sc-title"
    >
      <h3 id="hv2-sc-title" className="hv2-sc-title">
        {t('sc.title')}
      </h3>
      <p className="panel-note">{t('sc.intro')}</p>
      <TableScroll label={caption} className="hv2-table-wrap">
        <table className="data-table hv2-table" data-scorecard-summary="">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sc.col.index')}</th>
              <th scope="col">{t('sc.col.event')}</th>
              <th scope="col">{t('sc.col.auroc')}</th>
              <th scope="col">{t('sc.col.loeo')}</th>
              <th scope="col">{t('sc.col.hits')}</th>
              <th scope="col">{t('sc.col.false')}</th>
              <th scope="col">{t('sc.col.episodes')}</th>
              <th scope="col">{t('sc.col.best')}</th>
              <th scope="col">{t('sc.col.beats')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={`${r.index}-${r.event}`}
                data-index={r.index}
                data-event={r.event}
                data-auroc={f2(r.auroc)}
                data-best={f2(r.best)}
                data-beats={r.beats === null ? '' : String(r.beats)}
              >
                <th scope="row">{t(`idx.${r.index}`)}</th>
                <td>{t(`sc.event.${r.event}`)}</td>
                <td className="num">
                  <b>{f2(r.auroc)}</b>
                </td>
                <td className="num">
                  {r.loeoMin === null
                    ? t('sc.na')
                    : t('sc.without', { value: f2(r.loeoMin), episode: r.loeoWithout ?? '' })}
                </td>
                <td className="num">{pc(r.hitRate)}</td>
                <td className="num">{pc(r.falseAlarmRate)}</td>
                <td className="num">{t('sc.of', { hit: r.episodesHit, covered: r.episodesCovered })}</td>
                <td>
                  {f2(r.best)} ({r.bestInputs.map((i) => inputName(t, i)).join(sep)})
                </td>
                <td className={r.beats === false ? 'hv2-no' : undefined}>
                  {r.beats === null ? t('sc.na') : r.beats ? t('sc.yes') : t('sc.no')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="panel-note muted">{t('sc.legend')}</p>
      <div className="hv2-findings">
        <div data-findings="works">
          <h4>{t('sc.works')}</h4>
          <ul>
            {found.works.map((f) => (
              <li key={`${f.key}-${f.index}-${f.event}`}>{findingText(t, f, sep)}</li>
            ))}
          </ul>
        </div>
        <div data-findings="fails">
          <h4>{t('sc.fails')}</h4>
          <ul>
            {found.fails.map((f) => (
              <li key={`${f.key}-${f.index}-${f.event}`} data-finding={f.key}>
                {findingText(t, f, sep)}
              </li>
            ))}
          </ul>
        </div>
        <div data-findings="small">
          <h4>{t('sc.small')}</h4>
          <p>{findingText(t, found.small, sep)}</p>
        </div>
      </div>
      <p className="panel-note muted">{t('sc.componentsNote')}</p>
      {SCORED_EVENTS.map((e) => (
        <details key={e} className="hv2-details" open={e === 'bust'} data-scorecard-details={e}>
          <summary>{t('sc.components', { event: t(`sc.event.${e}`) })}</summary>
          <InputTable sc={sc} event={e} t={t} />
        </details>
      ))}
    </section>
  );
}
