/**
 * A panel's exact figures as a table (the frame's "Data table"): every fixture figure it draws, then the
 * imported series placed on it, a page of rows at a time.
 */
import { useMemo, useState } from 'react';
import { localLabel } from '../data/localise';
import { formatDate, formatNumber, formatValue } from '../domain/format';
import type { Dataset, ImportedPoint, ImportedSeries } from '../domain/types';
import { useApp, useLocale, useT } from '../store/react';
import { TableScroll } from '../ui/table-scroll';
import { SourceLink } from './source-link';

const PAGE_ROWS = 500;

/** Imported custom series placed on this panel: every exact figure, a page of rows at a time. */
function ImportedRows({ series }: { series: readonly ImportedSeries[] }) {
  const t = useT();
  const locale = useLocale();
  const yrs = t('unit.yearsShort');
  const [page, setPage] = useState(0);
  const rows = useMemo(() => series.flatMap((s) => s.points.map((p) => ({ s, p }))), [series]);
  if (rows.length === 0) return null;
  const pages = Math.ceil(rows.length / PAGE_ROWS);
  const current = Math.min(page, pages - 1);
  const from = current * PAGE_ROWS;
  const shown = rows.slice(from, from + PAGE_ROWS);
  const when = (p: ImportedPoint['period']) =>
    typeof p === 'number'
      ? String(p)
      : p.length <= 10
        ? formatDate(p, locale)
        : p.replace('T', ' ').replace('Z', ' UTC');
  return (
    <tbody data-imported-rows={rows.length}>
      {shown.map(({ s, p }) => (
        <tr key={`imported/${s.name}/${String(p.period)}`}>
          <th scope="row">
            {s.name} <span className="imported-marker">{t('import.marker')}</span>
          </th>
          <td>{when(p.period)}</td>
          <td className="num">
            {s.unit
              ? formatValue(p.value, s.unit, locale, yrs)
              : `${formatNumber(p.value, locale, 6)} ${s.unitText}`}
          </td>
          <td>{t(`kind.${p.kind}`)}</td>
          <td>{p.source}</td>
          <td>{p.note ?? ''}</td>
        </tr>
      ))}
      {pages > 1 ? (
        <tr>
          <td colSpan={6}>
            {t('import.table.more', {
              from: formatNumber(from + 1, locale, 0),
              to: formatNumber(from + shown.length, locale, 0),
              total: formatNumber(rows.length, locale, 0),
            })}{' '}
            <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
              {t('import.table.prev')}
            </button>{' '}
            <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              {t('import.table.next')}
            </button>
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

export function DataTable({
  datasets,
  caption,
  imported,
}: {
  datasets: readonly Dataset[];
  caption: string;
  imported: readonly ImportedSeries[];
}) {
  const t = useT();
  const locale = useLocale();
  const yrs = t('unit.yearsShort');
  const known = useApp((s) => s.builtin.sources);
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('panel.col.series')}</th>
            <th scope="col">{t('panel.col.period')}</th>
            <th scope="col">{t('panel.col.value')}</th>
            <th scope="col">{t('panel.col.kind')}</th>
            <th scope="col">{t('panel.col.source')}</th>
            <th scope="col">{t('panel.col.note')}</th>
          </tr>
        </thead>
        <tbody>
          {datasets.flatMap((ds) =>
            ds.series.flatMap((s) =>
              s.observations.map((o) => (
                <tr key={`${ds.id}/${s.id}/${String(o.period)}`}>
                  <th scope="row">
                    {localLabel(s, locale)} <code className="series-id">{`${ds.id}/${s.id}`}</code>
                  </th>
                  <td>{typeof o.period === 'number' ? o.period : formatDate(o.period, locale)}</td>
                  <td className="num">
                    {formatValue(o.value, o.unit, locale, yrs)}
                    {o.low !== undefined && o.high !== undefined && (o.low !== o.value || o.high !== o.value)
                      ? ` (${formatValue(o.low, o.unit, locale, yrs)}–${formatValue(o.high, o.unit, locale, yrs)})`
                      : ''}
                    {o.revisions?.length
                      ? ` · ${t('panel.col.revisedFrom')} ${o.revisions.map((r) => formatValue(r.value, o.unit, locale, yrs)).join(', ')}`
                      : ''}
                  </td>
                  <td>{t(`kind.${o.kind}`)}</td>
                  <td className="prose">
                    {(() => {
                      const src = known.find((k) => k.id === o.sourceId);
                      // A built-in figure: publisher and title as a link; an imported one: its source as given.
                      return src ? <SourceLink source={src} /> : o.sourceId;
                    })()}
                  </td>
                  <td className="prose">{o.note ?? ''}</td>
                </tr>
              )),
            ),
          )}
        </tbody>
        <ImportedRows series={imported} />
      </table>
    </TableScroll>
  );
}
