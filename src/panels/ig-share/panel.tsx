import { useMemo } from 'react';
import { formatUsdBn } from '../../domain/format';
import { useApp, useLocale, useT } from '../../store/react';
import { selectDatasets } from '../../store/selectors';
import { ACCENT, ACCENT_2 } from '../chart/style';
import { type SeriesSpec, TimeChart } from '../chart/time-chart';
import { usePanelEvents } from '../use-panel-events';
import { prepareIgShare } from './prepare';

export default function IgSharePanel() {
  const datasets = useApp(selectDatasets);
  const t = useT();
  const locale = useLocale();
  const events = usePanelEvents('ig-share');
  const { rows, kinds, refs, issuance } = useMemo(() => prepareIgShare(datasets), [datasets]);
  // An imported series in its place is not J.P. Morgan's estimate: the label names the file's sources.
  const importedSources = useApp(
    (s) => s.imports.find((i) => i.name === 'ig-share/ai-share')?.sources.join(', ') ?? null,
  );
  const series = useMemo<SeriesSpec[]>(() => {
    const share =
      importedSources === null
        ? t('ig-share.share')
        : t('ig-share.shareImported', { source: importedSources });
    const specs: SeriesSpec[] = [
      { key: 'path', label: t('ig-share.path'), color: ACCENT, kind: 'projection', shape: 'line' },
      { key: 'reported', label: share, color: ACCENT, kind: 'reported', shape: 'points' },
      { key: 'projected', label: share, color: ACCENT_2, kind: 'projection', shape: 'points' },
    ];
    // Each point's kind and rows from its fixture row; the spec's kind is the legend's fallback.
    return specs.map((spec) => ({ ...spec, kinds: kinds[spec.key], refs: refs[spec.key] }));
  }, [t, kinds, refs, importedSources]);
  return (
    <>
      <TimeChart
        rows={rows}
        series={series}
        unit="pct"
        title={t('ig-share.title')}
        events={events}
        yDomain={[0, 25]}
        yTicks={[0, 5, 10, 15, 20, 25]}
        annotations={[
          { kind: 'line', at: { y: 20 }, label: t('ig-share.threshold'), position: 'insideTopLeft' },
        ]}
      />
      {issuance !== null ? (
        <p className="panel-note">
          {t('ig-share.issuance', { amount: formatUsdBn(issuance.value, locale, 0), year: issuance.year })}
        </p>
      ) : null}
    </>
  );
}
