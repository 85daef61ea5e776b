/**
 * Whole-dashboard exports in the toolbar: all data as one ZIP, print / save as PDF, and "Cite this
 * view" (plain text and BibTeX, one click to copy). The ZIP library and CSV code load on first use.
 */
import { useState } from 'react';
import type { CitationInput } from '../domain/export/citation';
import { GAUGE_METHOD_VERSION } from '../domain/gauge-ids';
import { FRED_SERIES_IDS } from '../domain/ids';
import { useAppStore, useT } from '../store/react';
import { selectDatasets } from '../store/selectors';
import type { AppStore } from '../store/store';
import { shareUrl } from '../store/url-history';

/** Today in the reader's time zone, as an ISO date. */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Load every dated series and wait until none is still loading (another panel may have started one). */
async function allDated(store: AppStore) {
  await store.getState().loadDated(FRED_SERIES_IDS);
  const settled = () => FRED_SERIES_IDS.every((id) => store.getState().dated[id]?.status !== 'loading');
  if (!settled())
    await new Promise<void>((resolve) => {
      const stop = store.subscribe(() => {
        if (settled()) {
          stop();
          resolve();
        }
      });
    });
  return FRED_SERIES_IDS.flatMap((id) => {
    const d = store.getState().dated[id];
    return d?.status === 'ready' ? [d.series] : [];
  });
}

/** The citation of the view; `reading`: the meters in words (domain/gauge-latest.ts, read on the click). */
function useCitationInput(): (reading: string | null) => CitationInput {
  const store = useAppStore();
  const t = useT();
  return (reading) => {
    const s = store.getState();
    return {
      author: t('app.name'),
      title: `${t('app.name')}: ${t('app.tagline')}`,
      asOf: s.builtin.asOf,
      methodVersion: GAUGE_METHOD_VERSION,
      reading,
      accessed: todayIso(),
      url: shareUrl(store),
      words: {
        asOf: t('export.cite.asOf'),
        method: t('export.cite.method'),
        accessed: t('export.cite.accessed'),
      },
    };
  };
}

function AllDataButton() {
  const store = useAppStore();
  const t = useT();
  const citation = useCitationInput();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setError(null);
    setBusy(true);
    try {
      const [fflate, plotted, gauge, gaugeMessages, latest, cite, names, save, dated] = await Promise.all([
        import('fflate'),
        import('../domain/export/plotted'),
        import('../domain/export/gauge-v2-csv'),
        import('../i18n/gauge-messages'),
        import('../domain/gauge-latest'),
        import('../domain/export/citation'),
        import('../domain/export/file-name'),
        import('../ui/export/save'),
        allDated(store),
      ]);
      const s = store.getState();
      const datasets = selectDatasets(s);
      const version = GAUGE_METHOD_VERSION;
      // The meters as the dashboard draws them (its gauge is always on the page in dashboard mode).
      const reading = latest.latestGauge();
      const c = citation(latest.gaugeSummary());
      const files = plotted.allDataFiles({
        datasets: Object.values(datasets).filter((d) => d !== undefined),
        dated,
        sources: s.builtin.sources,
        thresholds: s.builtin.thresholds,
        gauge: reading
          ? gauge.gaugeV2Csv(reading, version, {
              part: (id) => gaugeMessages.translateGauge(s.lang, `g.part.${id as 'valuation'}`),
              metric: (id) => gaugeMessages.translateGauge(s.lang, `g.metric.${id}`),
            })
          : '',
        readme: t('export.zip.readme', {
          asOf: s.builtin.asOf ?? '–',
          version,
          date: c.accessed,
          url: c.url,
          citation: cite.citationText(c),
        }),
      });
      const zip = fflate.zipSync(
        Object.fromEntries(Object.entries(files).map(([path, text]) => [path, fflate.strToU8(text)])),
      );
      save.saveBlob(
        new Blob([zip], { type: 'application/zip' }),
        names.exportFileName('all-data', s.builtin.asOf, 'zip'),
      );
    } catch (e) {
      setError(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" data-action="download-all" aria-busy={busy} onClick={() => void run()}>
        {t('export.allData')}
      </button>
      {error ? (
        <span className="panel-warning small" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

export function PrintButton({ slides = false }: { slides?: boolean }) {
  const t = useT();
  return (
    <button type="button" data-action="print" onClick={() => window.print()}>
      {slides ? t('export.printSlides') : t('export.print')}
    </button>
  );
}

type CiteFormat = 'text' | 'bibtex';

function CiteView() {
  const t = useT();
  const citation = useCitationInput();
  const [texts, setTexts] = useState<Record<CiteFormat, string> | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const build = async () => {
    const [m, latest] = await Promise.all([
      import('../domain/export/citation'),
      import('../domain/gauge-latest'),
    ]);
    const c = citation(latest.gaugeSummary());
    const next = { text: m.citationText(c), bibtex: m.citationBibtex(c) };
    setTexts(next);
    return next;
  };
  const copy = async (format: CiteFormat) => {
    // Always the view as it is now (it may have changed since the panel opened).
    const fresh = await build();
    try {
      await navigator.clipboard.writeText(fresh[format]);
      setStatus(t('export.cite.copied'));
    } catch {
      setStatus(t('export.cite.copyFailed'));
    }
  };
  const labels: Record<CiteFormat, string> = { text: t('export.cite.text'), bibtex: t('export.cite.bibtex') };
  return (
    <details
      className="cite"
      onToggle={(e) => {
        if (e.currentTarget.open) void build();
        else setStatus(null);
      }}
    >
      <summary data-action="cite">{t('export.cite')}</summary>
      {texts ? (
        <div className="cite-body">
          {(['text', 'bibtex'] as const).map((f) => (
            <div key={f} className="cite-block">
              <div className="cite-head">
                <span className="small muted">{labels[f]}</span>
                <button
                  type="button"
                  data-action="copy-citation"
                  data-format={f}
                  onClick={() => void copy(f)}
                >
                  {t('export.cite.copy', { format: labels[f] })}
                </button>
              </div>
              <pre data-citation={f}>{texts[f]}</pre>
            </div>
          ))}
          {status ? (
            <p className="small" role="status">
              {status}
            </p>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}

export function ExportTools() {
  return (
    <span className="export-tools">
      <AllDataButton />
      <PrintButton />
      <CiteView />
    </span>
  );
}
