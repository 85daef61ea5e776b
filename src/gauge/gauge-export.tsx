/**
 * The gauge's downloads (dashboard and gauge slide): both indices' parts as CSV, and the picture
 * (SVG/PNG): the headline band as the room sees it (both readings with bands, the year and what it reads,
 * the named contributions, the method version and the source line; no form controls), with the data
 * date, method version and year under the title and the view's link at the foot.
 */
import { formatDate } from '../domain/format';
import { GAUGE_METHOD_VERSION } from '../domain/gauge-ids';
import type { GaugeReading } from '../domain/gauge-v2';
import { useApp, useAppStore, useLocale, useT } from '../store/react';
import { viewUrl } from '../store/url-history';
import { ExportMenu } from '../ui/export/export-menu';
import { yearText } from './meters';
import { useGT } from './use-gauge';

export function GaugeExportMenu({
  g,
  parts,
}: {
  /** The meters as drawn. */
  g: GaugeReading;
  parts: () => ReadonlyArray<Element | null>;
}) {
  const store = useAppStore();
  const t = useT();
  const gt = useGT();
  const locale = useLocale();
  const asOf = useApp((s) => s.builtin.asOf);
  const version = GAUGE_METHOD_VERSION;
  const title = t('gauge.title');
  const csv = async () => {
    const m = await import('../domain/export/gauge-v2-csv');
    return m.gaugeV2Csv(g, version, {
      part: (id) => gt(`g.part.${id as 'valuation'}`),
      metric: (id) => gt(`g.metric.${id}`),
    });
  };
  const snapshot = () => {
    const elements = parts().filter((x): x is Element => x !== null);
    if (elements.length === 0) return null;
    return {
      title,
      lines: [
        [
          asOf ? t('app.asOf', { date: formatDate(asOf, locale) }) : null,
          gt('g.method', { version }),
          yearText(gt, g.year),
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
