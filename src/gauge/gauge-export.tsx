/**
 * The gauge's downloads (dashboard and gauge slide): its components as CSV, and the dial, number and
 * breakdown drawn from the page as SVG/PNG, with the data date, method version and year.
 */
import { formatDate } from '../domain/format';
import { LAST_DATA_YEAR, readYear } from '../domain/model';
import { useApp, useAppStore, useLocale, useT } from '../store/react';
import { viewUrl } from '../store/url-history';
import { ExportMenu } from '../ui/export/export-menu';
import { useModelInput } from './use-model';

export function GaugeExportMenu({ parts }: { parts: () => ReadonlyArray<Element | null> }) {
  const store = useAppStore();
  const t = useT();
  const locale = useLocale();
  const input = useModelInput();
  const year = useApp((s) => s.gaugeYear);
  const asOf = useApp((s) => s.builtin.asOf);
  const version = useApp((s) => s.builtin.thresholds?.methodVersion ?? 'v1');
  const title = t('gauge.title');
  const csv = async () => {
    const m = await import('../domain/export/gauge-csv');
    return m.gaugeCsv(readYear(input, year), input.weights, version, {
      component: (id) => t(`component.${id}`),
      metric: (id) => t(`metric.${id}`),
    });
  };
  const snapshot = () => {
    const elements = parts().filter((x): x is Element => x !== null);
    if (elements.length === 0) return null;
    const yearLabel = year > LAST_DATA_YEAR ? t('gauge.projectionYear', { year }) : String(year);
    return {
      title,
      lines: [
        [
          asOf ? t('app.asOf', { date: formatDate(asOf, locale) }) : null,
          t('gauge.method', { version }),
          yearLabel,
        ]
          .filter((x) => x !== null)
          .join(' · '),
      ],
      credit: {
        title,
        // The reading is the app's own sum of the components (their sources are in the CSV and the room).
        sources: [t('export.computed')],
        asOf,
        link: viewUrl(store),
      },
      parts: elements,
    };
  };
  return <ExportMenu name="gauge" title={title} date={asOf} csv={csv} snapshot={snapshot} />;
}
