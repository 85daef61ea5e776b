import { useMemo } from 'react';
import { formatDate, formatNumber } from '../../domain/format';
import type { Source } from '../../domain/types';
import { useApp, useDatedSeries, useLocale, useT } from '../../store/react';
import { TableScroll } from '../../ui/table-scroll';
import { SourceLink } from '../source-link';
import { creditTable } from './prepare';

const IDS = ['BAMLC0A4CBBB'] as const;

function Sources({ ids, known }: { ids: readonly string[]; known: readonly Source[] }) {
  const t = useT();
  return (
    <>
      {ids.map((id, i) => {
        const src = known.find((k) => k.id === id);
        return (
          <span key={id}>
            {i > 0 ? t('panel.sourceSeparator') : ''}
            {src ? <SourceLink source={src} /> : id}
          </span>
        );
      })}
    </>
  );
}

/**
 * The credit panel's data table: the daily BBB spread by year (mean and last value, newest first) and the
 * chart's reference lines, each with its source as a link. The CSV export keeps every day.
 */
export default function CreditTable({ caption }: { caption: string }) {
  const t = useT();
  const locale = useLocale();
  const known = useApp((s) => s.builtin.sources);
  const thresholds = useApp((s) => s.builtin.thresholds);
  const { status, series } = useDatedSeries(IDS);
  const bbb = series.BAMLC0A4CBBB;
  const table = useMemo(() => creditTable(bbb, thresholds?.thresholds ?? []), [bbb, thresholds]);
  if (!bbb)
    return (
      <p className="panel-note" role="status">
        {status === 'error' ? t('credit.error') : t('credit.loading')}
      </p>
    );
  const bp = (v: number) => `${formatNumber(v, locale, 0)} bp`;
  const refLabel = {
    dotcom: t('credit.table.dotcom'),
    gfc: t('credit.table.gfc'),
    warning: t('credit.table.warning'),
    alert: t('credit.table.alert'),
  } as const;
  return (
    <TableScroll label={caption}>
      <table className="data-table" data-credit-table="">
        <caption>
          {caption}. {t('credit.table.caption')} {t('panel.sourceLabel')}{' '}
          <Sources ids={[bbb.sourceId]} known={known} />
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('credit.table.year')}</th>
            <th scope="col">{t('credit.table.mean')}</th>
            <th scope="col">{t('credit.table.last')}</th>
            <th scope="col">{t('credit.table.days')}</th>
            <th scope="col">{t('panel.col.kind')}</th>
          </tr>
        </thead>
        <tbody>
          {table.years.map((r) => (
            <tr key={r.year} data-year={r.year}>
              <th scope="row">{r.year}</th>
              <td className="num">{bp(r.mean)}</td>
              <td className="num">
                {bp(r.last)} <span className="muted">({formatDate(r.lastDate, locale)})</span>
              </td>
              <td className="num">
                {formatNumber(r.days, locale, 0)}
                {r.missing > 0 ? (
                  <span className="muted">
                    {' '}
                    {t('credit.table.missing', { count: formatNumber(r.missing, locale, 0) })}
                  </span>
                ) : null}
              </td>
              <td>{t(`kind.${r.kind}`)}</td>
            </tr>
          ))}
        </tbody>
        <tbody>
          <tr>
            <th scope="colgroup" colSpan={5}>
              {t('credit.table.references')}
            </th>
          </tr>
          {table.references.map((r) => (
            <tr key={r.id} data-reference={r.id}>
              <th scope="row">{r.years ? `${r.years[0]}–${r.years[1]}` : '—'}</th>
              <td className="num">{bp(r.value)}</td>
              <td colSpan={2}>
                {refLabel[r.id]}
                {r.days !== null ? (
                  <span className="muted">
                    {' '}
                    {t('credit.table.meanOf', { days: formatNumber(r.days, locale, 0) })}
                  </span>
                ) : null}
                <br />
                <span className="small">
                  {t('panel.sourceLabel')} <Sources ids={r.sourceIds} known={known} />
                </span>
              </td>
              <td>{r.years ? t('export.computed') : t('credit.table.threshold')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
