/**
 * "Your data": import a file (picker or drop anywhere), the import's summary or its errors, the list
 * of imported series (remove one, reset to built-in data, place a custom series on a panel), named
 * saved views, and view files. Loaded lazily: first paint does not need it.
 */
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { fileErrorText, rowErrorText } from '../data/import/messages';
import { formatDate, formatNumber } from '../domain/format';
import { isPanelId } from '../domain/ids';
import {
  compatiblePanels,
  fredTarget,
  type ImportPlacement,
  overrideTarget,
  placementPanels,
  span,
} from '../domain/imports';
import type { ImportedSeries, Period } from '../domain/types';
import { type ImportMessageKey, translateImport } from '../i18n/import-messages';
import type { PanelDef } from '../panels/types';
import { useApp, useAppStore, useLocale, useT } from '../store/react';
import { applyUrlState, selectUrlState } from '../store/store';
import { TableScroll } from '../ui/table-scroll';
import { decode, encode } from '../url/codec';
import { download, importFile, viewFileText } from './import-actions';

/** The import screens' own catalogue, in the reader's language. */
function useIT(): (key: ImportMessageKey, vars?: Readonly<Record<string, string | number>>) => string {
  const lang = useApp((s) => s.lang);
  return useCallback((key, vars) => translateImport(lang, key, vars), [lang]);
}

function usePeriodText(): (p: Period) => string {
  const locale = useLocale();
  return (p) => {
    if (typeof p === 'number') return String(p);
    if (p.length <= 10) return formatDate(p, locale);
    return new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    }).format(new Date(p));
  };
}

function ImportStatusView({ panelDefs }: { panelDefs: readonly PanelDef[] }) {
  const status = useApp((s) => s.importStatus);
  const lang = useApp((s) => s.lang);
  const it = useIT();
  const locale = useLocale();
  const periodText = usePeriodText();
  if (status.state === 'idle') return null;
  if (status.state === 'busy')
    return (
      <p className="import-progress" role="status">
        {it('import.busy', { file: status.file })}{' '}
        <progress data-testid="import-progress" max={1} value={status.fraction} />
      </p>
    );
  if (status.state === 'failed') {
    const r = status.result;
    return (
      <div
        className="notice notice-error"
        role="alert"
        data-import-errors={r.totalRowErrors + r.fileErrors.length}
      >
        <strong>{it('import.errors.title', { file: status.file })}</strong>
        <ul>
          {r.fileErrors.map((e) => (
            <li key={`${e.code}:${JSON.stringify(e.params)}`} data-file-error={e.code}>
              {fileErrorText(lang, e)}
            </li>
          ))}
          {r.rowErrors.map((e) => (
            <li key={`${e.row}:${e.column}:${e.code}`} data-row-error={e.row}>
              {rowErrorText(lang, e)}
            </li>
          ))}
        </ul>
        {r.totalRowErrors > 0 ? (
          <p>
            {r.totalRowErrors > r.rowErrors.length
              ? it('import.errors.count', {
                  count: formatNumber(r.totalRowErrors, locale, 0),
                  shown: r.rowErrors.length,
                })
              : r.totalRowErrors === 1
                ? it('import.errors.one')
                : it('import.errors.all', { count: formatNumber(r.totalRowErrors, locale, 0) })}
          </p>
        ) : null}
        <p>{it('import.errors.nothing')}</p>
      </div>
    );
  }
  const s = status.summary;
  return (
    <div className="notice import-summary" role="status" data-import-summary={s.file}>
      <strong>{it('import.done', { file: s.file })}</strong>{' '}
      {it('import.summary', {
        series: formatNumber(s.series, locale, 0),
        rows: formatNumber(s.rows, locale, 0),
        span: s.span ? `${periodText(s.span[0])} – ${periodText(s.span[1])}` : '—',
      })}
      {s.overrides.length > 0 ? (
        <p>{it('import.overrides', { names: s.overrides.join(lang === 'zh-TW' ? '、' : ', ') })}</p>
      ) : null}
      {s.replaced.length > 0 ? (
        <p>{it('import.replaced', { names: s.replaced.join(lang === 'zh-TW' ? '、' : ', ') })}</p>
      ) : null}
      {s.placements.map((p) => (
        <PlacementText key={p.name} p={p} panelDefs={panelDefs} />
      ))}
    </div>
  );
}

/** Where an imported series is shown and whether the gauge uses it. */
function PlacementText({ p, panelDefs }: { p: ImportPlacement; panelDefs: readonly PanelDef[] }) {
  const t = useT();
  const it = useIT();
  const lang = useApp((s) => s.lang);
  const periodText = usePeriodText();
  const builtin = useApp((s) => (p.dated ? s.datedBuiltin[p.dated.id] : undefined));
  const ids = placementPanels(p, panelDefs);
  const panels = ids
    .map((id) => (isPanelId(id) ? t(`${id}.title`) : id))
    .join(lang === 'zh-TW' ? '、' : ', ');
  let where: string;
  if (p.kind === 'dated' && p.dated) {
    // The series' own title, in the reader's language where the fixture has one.
    const title =
      builtin?.status === 'ready'
        ? ((lang === 'zh-TW' ? builtin.series.labels?.['zh-TW'] : undefined) ?? builtin.series.title)
        : p.dated.id;
    where = it('import.where.dated', {
      name: p.name,
      title: `${title} (${p.dated.id})`,
      from: periodText(p.dated.from),
      to: periodText(p.dated.to),
      panels,
    });
  } else if (p.kind === 'dataset') where = it('import.where.dataset', { name: p.name, panels });
  else
    where = panels
      ? it('import.where.custom', { name: p.name, panels })
      : it('import.where.customNone', { name: p.name });
  return (
    <p data-import-where={p.name} data-import-panels={ids.join(' ')} data-gauge-uses={String(p.gauge)}>
      {where}
      {lang === 'zh-TW' ? '' : ' '}
      {p.dropped ? (
        <>
          <strong data-import-dropped={p.dropped.join(' ')}>
            {it('import.where.dropped', {
              periods: p.dropped.map(periodText).join(lang === 'zh-TW' ? '、' : ', '),
            })}
          </strong>
          {lang === 'zh-TW' ? '' : ' '}
        </>
      ) : null}
      {it(p.gauge ? 'import.gauge.yes' : 'import.gauge.no')}
    </p>
  );
}

function ImportedRow({ s }: { s: ImportedSeries }) {
  const t = useT();
  const it = useIT();
  const locale = useLocale();
  const periodText = usePeriodText();
  const builtin = useApp((st) => st.builtin.datasets);
  const remove = useApp((st) => st.removeImport);
  const place = useApp((st) => st.setImportPanel);
  const target = overrideTarget(s.name, builtin);
  const fred = fredTarget(s.name, s.format);
  const sp = span(s);
  const panels = compatiblePanels(s.unit);
  return (
    <tr data-imported-series={s.name}>
      <th scope="row">
        <code>{s.name}</code>
        <div className="muted small">
          {target || fred ? it('import.list.override') : it('import.list.custom')} ·{' '}
          {s.unitText || it('import.list.noUnit')} · {s.file}
        </div>
      </th>
      <td className="num">{formatNumber(s.points.length, locale, 0)}</td>
      <td>{sp ? `${periodText(sp[0])} – ${periodText(sp[1])}` : '—'}</td>
      <td>{s.sources.join('; ')}</td>
      <td>
        {fred ? (
          <span className="muted">{it('import.list.everywhereFred')}</span>
        ) : target ? (
          <span className="muted">{it('import.list.everywhere')}</span>
        ) : (
          <label>
            <span className="sr-only">{it('import.list.placeOn', { name: s.name })}</span>
            <select
              value={s.panel ?? ''}
              data-place-series={s.name}
              onChange={(e) => place(s.name, e.target.value === '' ? null : e.target.value)}
            >
              <option value="">{it('import.list.notShown')}</option>
              {panels.map((p) => (
                <option key={p} value={p}>
                  {isPanelId(p) ? t(`${p}.title`) : p}
                </option>
              ))}
            </select>
          </label>
        )}
      </td>
      <td>
        <button
          type="button"
          className="link-button"
          data-action="remove-import"
          data-series={s.name}
          onClick={() => remove(s.name)}
        >
          {it('import.list.remove')}
        </button>
      </td>
    </tr>
  );
}

function ImportedList() {
  const imports = useApp((s) => s.imports);
  const reset = useApp((s) => s.resetImports);
  const t = useT();
  const it = useIT();
  if (imports.length === 0) return <p className="muted">{it('import.list.empty')}</p>;
  return (
    <>
      <TableScroll label={it('import.list.title')}>
        <table className="data-table imported-list" data-testid="imported-list">
          <caption>{it('import.list.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('panel.col.series')}</th>
              <th scope="col">{it('import.list.rows')}</th>
              <th scope="col">{it('import.list.span')}</th>
              <th scope="col">{t('panel.col.source')}</th>
              <th scope="col">{it('import.list.where')}</th>
              <th scope="col">
                <span className="sr-only">{it('import.list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {imports.map((s) => (
              <ImportedRow key={s.name} s={s} />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <button type="button" data-action="reset-imports" onClick={reset}>
        {it('import.list.reset')}
      </button>
    </>
  );
}

function SavedViews() {
  const store = useAppStore();
  const views = useApp((s) => s.savedViews);
  const setViews = useApp((s) => s.setSavedViews);
  const it = useIT();
  const [name, setName] = useState('');
  const inputId = useId();
  const save = (e: FormEvent) => {
    e.preventDefault();
    const n = name.trim();
    if (!n) return;
    const query = encode(selectUrlState(store.getState()), { full: true });
    const view = { name: n, query, savedAt: new Date().toISOString() };
    setViews([...views.filter((v) => v.name !== n), view]);
    setName('');
  };
  const open = (query: string) => {
    const { state, issues } = decode(query);
    applyUrlState(store, state);
    store.getState().setUrlIssues(issues);
  };
  return (
    <div className="saved-views">
      <h3>{it('views.title')}</h3>
      <form onSubmit={save} className="inline-form">
        <label htmlFor={inputId}>{it('views.name')}</label>
        <input
          id={inputId}
          value={name}
          onChange={(e) => setName(e.target.value)}
          data-testid="view-name"
          maxLength={80}
        />
        <button type="submit" data-action="save-view" disabled={name.trim() === ''}>
          {it('views.save')}
        </button>
      </form>
      {views.length === 0 ? (
        <p className="muted small">{it('views.empty')}</p>
      ) : (
        <ul className="view-list">
          {views.map((v) => (
            <li key={v.name} data-saved-view={v.name}>
              <button
                type="button"
                className="link-button"
                onClick={() => open(v.query)}
                data-action="open-view"
              >
                {v.name}
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={it('views.deleteNamed', { name: v.name })}
                onClick={() => setViews(views.filter((x) => x.name !== v.name))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ViewFiles() {
  const store = useAppStore();
  const it = useIT();
  return (
    <div className="view-files">
      <h3>{it('viewFile.title')}</h3>
      <p className="muted small">{it('viewFile.hint')}</p>
      <button
        type="button"
        data-action="save-view-file"
        onClick={() => download('bubble-pressure-view.json', viewFileText(store))}
      >
        {it('viewFile.save')}
      </button>{' '}
      <label className="file-button">
        {it('viewFile.open')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="view-file-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importFile(store, f);
            e.target.value = '';
          }}
        />
      </label>
    </div>
  );
}

/** `panelDefs`: the panel registry, passed in by the dashboard (so this lazy chunk does not import it). */
export default function DataSection({ panelDefs = [] }: { panelDefs?: readonly PanelDef[] }) {
  const store = useAppStore();
  const it = useIT();
  const status = useApp((s) => s.importStatus.state);
  const ref = useRef<HTMLDetailsElement>(null);
  // An import started by a drop opens the section, so its summary or errors are seen.
  useEffect(() => {
    if (status !== 'idle' && ref.current) ref.current.open = true;
  }, [status]);
  return (
    <details className="data-section" ref={ref} data-section="data">
      <summary>
        <h2>{it('import.title')}</h2>
      </summary>
      <div className="data-section-body">
        <div className="import-box">
          <p>{it('import.hint')}</p>
          <label className="file-button">
            {it('import.choose')}
            <input
              type="file"
              accept=".csv,.json,text/csv,application/json"
              data-testid="import-input"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void importFile(store, f);
                e.target.value = '';
              }}
            />
          </label>
          <p className="muted small">{it('import.formats')}</p>
          <ImportStatusView panelDefs={panelDefs} />
        </div>
        <ImportedList />
        <div className="data-section-cols">
          <SavedViews />
          <ViewFiles />
        </div>
        <p className="muted small">{it('import.private')}</p>
      </div>
    </details>
  );
}
