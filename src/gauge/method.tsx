import { localLabel } from '../data/localise';
import { formatValue } from '../domain/format';
import { MIN_COVERAGE } from '../domain/model';
import { useApp, useLocale, useT } from '../store/react';
import { TableScroll } from '../ui/table-scroll';

/** The method, readable in the app: formula, bands and every threshold with its reason and sources. */
export function MethodNote() {
  const thresholds = useApp((s) => s.builtin.thresholds);
  const t = useT();
  const locale = useLocale();
  const version = thresholds?.methodVersion ?? 'v1';
  const yrs = t('unit.yearsShort');
  return (
    <details className="method" id="method">
      <summary>{t('gauge.showMethod')}</summary>
      <h3>{t('method.title', { version })}</h3>
      <p>{t('method.p1')}</p>
      <p>{t('method.p2')}</p>
      <p>{t('method.p3', { min: MIN_COVERAGE })}</p>
      {thresholds ? (
        <TableScroll label={t('method.thresholds')}>
          <table className="data-table">
            <caption>{t('method.thresholds')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gauge.col.component')}</th>
                <th scope="col">{t('gauge.col.metric')}</th>
                <th scope="col">{t('method.col.calm')}</th>
                <th scope="col">{t('method.col.extreme')}</th>
                <th scope="col">{t('method.col.why')}</th>
              </tr>
            </thead>
            <tbody>
              {thresholds.thresholds.map((th) => (
                <tr key={`${th.component}/${th.metric}`}>
                  <td>{t(`component.${th.component}`)}</td>
                  <td>{t(`metric.${th.metric}`)}</td>
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
    </details>
  );
}
