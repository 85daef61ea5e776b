/**
 * The frame around every panel: title, one-line description, unit, as-of date, source line,
 * actions (data table, sources, enlarge, hide) and an error boundary so one broken panel never
 * takes the page down. The page contract lives here: `data-panel`, `data-timeseries`, `data-hover-year`.
 */
import { memo, Suspense, useCallback, useId, useMemo, useRef, useState } from 'react';
import { localLabel } from '../data/localise';
import { GAUGE_DATED } from '../domain/dated-figures';
import type { PlottedFigure } from '../domain/export/plotted';
import { ageInDays, formatAge, formatDate } from '../domain/format';
import { GAUGE_DATASETS, overrideTarget } from '../domain/imports';
import { periodYear } from '../domain/series';
import type { Dataset, Source, Unit } from '../domain/types';
import { newestFigureDate } from '../domain/vintage';
import type { MessageKey } from '../i18n/messages';
import {
  Pending,
  useApp,
  useAppStore,
  useAppTransition,
  useHoverYearEffect,
  useLocale,
  useT,
} from '../store/react';
import { selectDatasets } from '../store/selectors';
import type { AppState } from '../store/types';
import { viewUrl } from '../store/url-history';
import { ErrorBoundary } from '../ui/error-boundary';
import { ExportMenu } from '../ui/export/export-menu';
import { PlottedContext, usePlottedSink } from '../ui/export/plotted-context';
import { ImportedMarker } from '../ui/imported-marker';
import { usePrintFit } from '../ui/print-fit';
import { StoryAdd } from '../ui/talk-add';
import { textLang, useTextFont } from '../ui/text-lang';
import { ChartHeightContext, useEnlargedHeight } from './chart/height';
import { DataTable } from './data-table';
import { PanelIdContext } from './panel-context';
import type { PanelDef } from './types';
import { useUnfocusableChartLayers } from './unfocusable-layers';

const UNIT_KEYS: Record<Unit, MessageKey> = {
  'usd-bn': 'unit.usd-bn',
  pct: 'unit.pct',
  years: 'unit.years',
  year: 'unit.year',
  ratio: 'unit.ratio',
  bp: 'unit.bp',
  index: 'unit.index',
};

/**
 * A panel's sources: the documents its figures cite (`known`), and the names of sources that are no
 * document of the app's (`imported`: an analyst's file names its own), in order of first appearance.
 */
function panelSources(
  datasets: readonly (Dataset | undefined)[],
  all: readonly Source[],
  extra: readonly string[] = [],
): { known: Source[]; imported: string[] } {
  const ids = new Set<string>(extra);
  for (const ds of datasets)
    for (const s of ds?.series ?? [])
      for (const o of s.observations) {
        ids.add(o.sourceId);
        for (const r of o.revisions ?? []) ids.add(r.sourceId);
      }
  const known = all.filter((s) => ids.has(s.id));
  const knownIds = new Set(known.map((s) => s.id));
  return { known, imported: [...ids].filter((id) => !knownIds.has(id) && !extra.includes(id)) };
}

/** A list of sources; `anchors` gives each item the id the source links point at (`#source-<id>`). */
export function SourceList({ sources, anchors = false }: { sources: readonly Source[]; anchors?: boolean }) {
  const locale = useLocale();
  // A title in Chinese (the seed article's) takes the Chinese fonts in an English page too.
  useTextFont(...sources.map((s) => s.title));
  return (
    <ol className="source-list">
      {sources.map((s) => (
        <li key={s.id} id={anchors ? `source-${s.id}` : undefined}>
          {s.url ? (
            <a href={s.url} rel="noreferrer noopener" target="_blank">
              <b>{s.publisher}</b>, <span lang={textLang(s.title)}>{s.title}</span>
            </a>
          ) : (
            <>
              <b>{s.publisher}</b>, <i lang={textLang(s.title)}>{s.title}</i>
            </>
          )}
          {s.date ? `, ${formatDate(s.date, locale)}` : ''}
          {s.note ? <span className="muted"> · {s.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}

const selectScenario = (s: AppState) => s.scenario;

/** The chart body never re-renders because of the frame (e.g. on hover). */
const Body = memo(function Body({ def }: { def: PanelDef }) {
  const C = def.Component;
  return (
    <PanelIdContext.Provider value={def.id}>
      <Suspense
        fallback={
          <Pending>
            <div className="panel-loading" aria-busy="true" />
          </Pending>
        }
      >
        <C />
      </Suspense>
    </PanelIdContext.Provider>
  );
});

function PanelFrameInner({ def, variant = 'grid' }: { def: PanelDef; variant?: 'grid' | 'slide' | 'embed' }) {
  const t = useT();
  const locale = useLocale();
  const sectionRef = useRef<HTMLElement>(null);
  // `data-hover-year` follows the hover imperatively, so hovering never re-renders the frame.
  const applyHover = useCallback(
    (year: number | null) => {
      const el = sectionRef.current;
      if (!el) return;
      if (def.timeseries && year !== null) el.setAttribute('data-hover-year', String(year));
      else el.removeAttribute('data-hover-year');
    },
    [def.timeseries],
  );
  useHoverYearEffect(applyHover);
  // Printed at its on-screen layout, scaled to the page (slides are fitted by the presenter).
  usePrintFit(sectionRef, 'portrait');
  const focus = useApp((s) => s.focus);
  const setFocus = useApp((s) => s.setFocus);
  const togglePanel = useApp((s) => s.togglePanel);
  const inferenceYear = useApp((s) => s.scenario.inference);
  const all = useApp(selectDatasets);
  // In a transition: a what-if step must not re-render every frame before the gauge is painted.
  const scenario = useAppTransition(selectScenario);
  // A chart that failed is tried again when the data or the scenario changes.
  const resetKey = useMemo(() => ({ all, scenario }), [all, scenario]);
  const allSources = useApp((s) => s.builtin.sources);
  const [showTable, setShowTable] = useState(false);
  const imports = useApp((s) => s.imports);
  const builtinDatasets = useApp((s) => s.builtin.datasets);
  const placed = useMemo(
    () => imports.filter((i) => i.panel === def.id && !overrideTarget(i.name, builtinDatasets)),
    [imports, def.id, builtinDatasets],
  );
  const [showSources, setShowSources] = useState(false);
  const headingId = useId();
  const datasets = useMemo(
    () => def.datasets.map((id) => all[id]).filter((d): d is Dataset => d !== undefined),
    [def.datasets, all],
  );
  const missing = def.datasets.filter((id) => !all[id]);
  const { known: sources, imported: importedIds } = useMemo(
    () => panelSources(datasets, allSources, def.sourceIds),
    [datasets, allSources, def.sourceIds],
  );
  // The source line names each publisher once (the Sources action lists every document), after the
  // sources of any imported figures the panel shows (an analyst's file names its own, not a document).
  const publishers = useMemo(
    () => sources.filter((s, i) => sources.findIndex((x) => x.publisher === s.publisher) === i),
    [sources],
  );
  // Custom series placed on this panel name their files' sources too.
  const importedSources = useMemo(
    () => [...new Set([...importedIds, ...placed.flatMap((p) => p.sources)])],
    [importedIds, placed],
  );
  const sourceItems = [
    ...importedSources.map((name) => ({
      key: `imported:${name}`,
      text: t('panel.importedSource', { source: name }),
      href: null,
    })),
    ...publishers.map((s) => ({ key: s.id, text: s.publisher, href: `#source-${s.id}` })),
  ];
  // As of its newest figure: its datasets', else its dated series' (once loaded); a panel that lists
  // neither (the pressure history reads everything) is as of the data as a whole.
  const datedAsOf = useApp((s) => {
    let a: string | null = null;
    for (const id of def.dated ?? []) {
      const d = s.dated[id];
      // A quarterly figure is as of its publication (or its quarter's end), not the quarter's first day.
      const date = d?.status === 'ready' ? newestFigureDate(d.series) : null;
      if (date !== null && (a === null || date > a)) a = date;
    }
    return a;
  });
  const wholeAsOf = useApp((s) => s.builtin.asOf);
  const asOf =
    datasets.reduce<string | null>((a, d) => (a === null || d.asOf > a ? d.asOf : a), null) ??
    datedAsOf ??
    (def.datasets.length === 0 && !def.dated?.length ? wholeAsOf : null);
  const units = [
    ...new Set(datasets.flatMap((d) => d.series.flatMap((s) => s.observations.map((o) => o.unit)))),
  ];
  const unitText = def.id === 'pressure' ? t('unit.points') : units.map((u) => t(UNIT_KEYS[u])).join(', ');
  const title = t(`${def.id}.title`);
  const isFocused = focus === def.id;
  // Enlarged on the dashboard, the panel's chart takes most of the window's height (issue 23).
  const enlarged = useEnlargedHeight(isFocused && variant === 'grid');
  const store = useAppStore();
  const plotted = usePlottedSink();
  const bodyRef = useRef<HTMLDivElement>(null);
  useUnfocusableChartLayers(bodyRef);
  // How old the newest figure is, on the reader's clock (taken when the panel is drawn).
  const now = useMemo(() => new Date(), []);
  const asOfText = asOf
    ? t('panel.asOfAge', { date: formatDate(asOf, locale), age: formatAge(asOf, now, locale) })
    : null;
  // The CSV holds what the chart published (exactly what it draws); a chart that publishes nothing
  // falls back to the observations of the panel's datasets.
  const csv = async () => {
    const m = await import('../domain/export/plotted');
    let figures = plotted.figures();
    if (figures.length === 0)
      figures = datasets.flatMap((d) =>
        d.series.flatMap((s) =>
          s.observations.map(
            (o): PlottedFigure => ({
              period: o.period,
              series: localLabel(s, locale),
              value: o.value,
              low: o.low,
              high: o.high,
              unit: o.unit,
              kind: o.kind,
              sourceId: o.sourceId,
            }),
          ),
        ),
      );
    // A figure the chart computed (scenario paths, sums) has no source of its own.
    const withSources = figures.map((f) => {
      const v = f.value ?? f.low;
      return f.sourceId ||
        f.kind === 'scenario' ||
        f.kind === 'computed' ||
        f.period === null ||
        v === undefined ||
        v === null
        ? f
        : { ...f, sourceId: m.figureSource(datasets, periodYear(f.period), v) };
    });
    return m.plottedCsv(withSources, allSources, t('export.computed'), datasets);
  };
  const snapshot = () => {
    const body = bodyRef.current;
    const frame = sectionRef.current;
    if (!body || !frame) return null;
    return {
      title,
      lines: unitText ? [t('panel.unit', { unit: unitText })] : [],
      credit: {
        title,
        sources: sourceItems.map((s) => s.text),
        asOf,
        link: viewUrl(store),
      },
      parts: [body],
      frame,
    };
  };

  return (
    <section
      className={`panel panel-v-${variant}${isFocused && variant === 'grid' ? ' focused' : ''}`}
      data-panel={def.id}
      data-timeseries={def.timeseries ? '' : undefined}
      ref={sectionRef}
      aria-labelledby={headingId}
    >
      <header className="panel-head">
        <h2 id={headingId}>{title}</h2>
        <ImportedMarker
          datasets={def.id === 'pressure' ? GAUGE_DATASETS : def.datasets}
          dated={def.id === 'pressure' ? GAUGE_DATED : def.dated}
          panel={def.id}
        />
        {variant !== 'embed' ? (
          <div className="panel-actions">
            <ExportMenu name={def.id} title={title} date={asOf} csv={csv} snapshot={snapshot} />
            <StoryAdd panel={def.id} show={variant === 'grid'} figures={csv} />
            <button
              type="button"
              className="link-button"
              aria-expanded={showTable}
              onClick={() => {
                setShowTable((v) => !v);
                // An opened table may start below the fold: bring it into view (instantly if the reader
                // prefers reduced motion).
                if (!showTable)
                  requestAnimationFrame(() => {
                    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
                    sectionRef.current
                      ?.querySelector('.data-table')
                      ?.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
                  });
              }}
            >
              {showTable ? t('panel.hideTable') : t('panel.showTable')}
            </button>
            <button
              type="button"
              className="link-button"
              aria-expanded={showSources}
              onClick={() => setShowSources((v) => !v)}
            >
              {showSources ? t('panel.hideSources') : t('panel.showSources')}
            </button>
            {variant === 'grid' ? (
              <>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={isFocused}
                  onClick={() => setFocus(isFocused ? null : def.id)}
                >
                  {isFocused ? t('panel.unfocus') : t('panel.focus')}
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => togglePanel(def.id)}
                  aria-label={`${t('panel.hide')}: ${title}`}
                >
                  ×
                </button>
              </>
            ) : null}
          </div>
        ) : null}
      </header>
      {variant !== 'embed' ? (
        <p className="panel-desc">{t(`${def.id}.desc`, { year: inferenceYear })}</p>
      ) : null}
      <p className="panel-meta muted">
        {unitText ? <span>{t('panel.unit', { unit: unitText })}</span> : null}
        {asOf ? (
          <span data-as-of={asOf} data-age-days={ageInDays(asOf, now)}>
            {asOfText}
          </span>
        ) : null}
        {sourceItems.length > 0 ? (
          <span>
            {t('panel.sourceLabel')}{' '}
            {sourceItems.slice(0, 3).map((s, i) => (
              <span key={s.key} data-imported-source={s.href ? undefined : ''}>
                {i > 0 ? t('panel.sourceSeparator') : ''}
                {s.href ? <a href={s.href}>{s.text}</a> : s.text}
              </span>
            ))}
            {sourceItems.length > 3 ? ` ${t('panel.moreSources', { count: sourceItems.length - 3 })}` : ''}
          </span>
        ) : null}
      </p>
      {missing.length > 0 ? (
        <p className="panel-warning" role="note">
          {missing.map((m) => t('notice.noData', { dataset: `${m}.json` })).join(' ')}
        </p>
      ) : null}
      <div className="panel-body" ref={bodyRef}>
        <ErrorBoundary
          resetKey={resetKey}
          fallback={(e) => <p className="panel-warning">{t('notice.panelError', { message: e.message })}</p>}
        >
          <PlottedContext.Provider value={plotted.sink}>
            {enlarged === null ? (
              <Body def={def} />
            ) : (
              <ChartHeightContext.Provider value={enlarged}>
                <Body def={def} />
              </ChartHeightContext.Provider>
            )}
          </PlottedContext.Provider>
        </ErrorBoundary>
      </div>
      {showTable && def.Table ? (
        // A panel with its own table (a long dated series): that, then any imported series placed on it.
        <Suspense
          fallback={
            <Pending>
              <p className="muted" aria-busy="true" />
            </Pending>
          }
        >
          <def.Table caption={t('panel.tableCaption', { title })} />
          {placed.length > 0 ? (
            <DataTable datasets={[]} caption={t('panel.tableCaption', { title })} imported={placed} />
          ) : null}
        </Suspense>
      ) : showTable ? (
        <DataTable datasets={datasets} caption={t('panel.tableCaption', { title })} imported={placed} />
      ) : null}
      {showSources ? <SourceList sources={sources} /> : null}
      {/* On paper every panel lists its sources under it (the Sources toggle is a control, not printed). */}
      {sources.length > 0 && !showSources ? (
        <div className="print-only panel-sources">
          {t('panel.sourceLabel')}
          <SourceList sources={sources} />
        </div>
      ) : null}
    </section>
  );
}

type PanelFrameProps = { def: PanelDef; variant?: 'grid' | 'slide' | 'embed' };

/**
 * A panel with its own error boundary: if even its frame fails, the page keeps the panel's place,
 * contract attributes and title, and says what went wrong.
 */
export function PanelFrame(props: PanelFrameProps) {
  const t = useT();
  const title = t(`${props.def.id}.title`);
  return (
    <ErrorBoundary
      fallback={(e) => (
        <section
          className="panel"
          data-panel={props.def.id}
          data-timeseries={props.def.timeseries ? '' : undefined}
        >
          <h2>{title}</h2>
          <p className="panel-warning">{t('notice.panelError', { message: e.message })}</p>
        </section>
      )}
    >
      <PanelFrameInner {...props} />
    </ErrorBoundary>
  );
}
