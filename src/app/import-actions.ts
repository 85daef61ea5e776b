/**
 * What happens when a file comes in (picked or dropped): a view file opens its view and series; any
 * other file is decoded (in a worker when large) and, only if every row and the file as a whole pass,
 * its series are applied in one store update. No React here.
 */
import { importedDatedSeries } from '../data/fred-update';
import { readImportFile } from '../data/import/client';
import type { FileError } from '../data/import/result';
import { decodeViewFile, encodeViewFile, looksLikeViewFile } from '../data/import/view-file';
import { GAUGE_DATED } from '../domain/dated-figures';
import type { FredSeriesId } from '../domain/ids';
import {
  builtinUnits,
  canonicalImportName,
  compatiblePanels,
  droppedPeriods,
  fredTarget,
  GAUGE_DATASETS,
  type ImportPlacement,
  overrideTarget,
  summarise,
} from '../domain/imports';
import type { ImportedSeries } from '../domain/types';
import { type AppStore, applyUrlState, selectUrlState, usedImports } from '../store/store';
import { decode, encode } from '../url/codec';

/** View files are small JSON files; anything larger is treated as data. */
const VIEW_FILE_MAX_BYTES = 20 * 1024 * 1024;

async function maybeViewFile(file: File): Promise<string | null> {
  if (!/\.json$/i.test(file.name) || file.size > VIEW_FILE_MAX_BYTES) return null;
  const text = await file.text();
  try {
    return looksLikeViewFile(JSON.parse(text)) ? text : null;
  } catch {
    return null;
  }
}

async function isTalkFile(file: File): Promise<boolean> {
  if (!/\.json$/i.test(file.name) || file.size > VIEW_FILE_MAX_BYTES) return false;
  try {
    return (JSON.parse(await file.text()) as { format?: unknown } | null)?.format === 'bubble-pressure-talk';
  } catch {
    return false;
  }
}

export async function importFile(store: AppStore, file: File): Promise<void> {
  const set = store.getState().setImportStatus;
  set({ state: 'busy', file: file.name, fraction: 0 });
  try {
    const viewText = await maybeViewFile(file);
    if (viewText !== null) return openViewFile(store, file.name, viewText);
    // A talk file dropped on the page opens in the talk editor, which says how it went.
    if (await isTalkFile(file)) {
      set({ state: 'idle' });
      return (await import('./talk/talk-file-open')).openTalkFile(store, file);
    }
    const builtin = store.getState().builtin.datasets;
    let last = 0;
    const result = await readImportFile(file, builtinUnits(builtin), (fraction) => {
      if (fraction - last < 0.05 && fraction < 1) return;
      last = fraction;
      set({ state: 'busy', file: file.name, fraction });
    });
    if (!result.ok) {
      set({ state: 'failed', file: file.name, result });
      return;
    }
    const existing = store.getState().imports;
    // A FRED series the app uses is kept as `fred/<ID>`; a custom series with a known unit starts on the
    // first panel in that unit (the user can move it).
    const series = result.series.map((s) => {
      const named = { ...s, name: canonicalImportName(s.name, s.format) };
      return overrideTarget(named.name, builtin) || fredTarget(named.name, named.format) || s.unit === null
        ? named
        : { ...named, panel: compatiblePanels(s.unit)[0] ?? null };
    });
    // A FRED series replaces the built-in one only if the merged series passes the app's own loader.
    const checked = await checkFredOverrides(store, series);
    if (checked.errors.length > 0) {
      set({
        state: 'failed',
        file: file.name,
        result: { ok: false, fileErrors: checked.errors, rowErrors: [], totalRowErrors: 0 },
      });
      return;
    }
    const summary = summarise(file.name, series, result.rows, existing, builtin);
    summary.placements = series.map((s) => placement(store, s, checked.spans.get(s.name)));
    store.getState().addImports(series);
    set({ state: 'done', summary });
  } catch (e) {
    set({
      state: 'failed',
      file: file.name,
      result: {
        ok: false,
        fileErrors: [{ code: 'unreadable', params: { detail: e instanceof Error ? e.message : String(e) } }],
        rowErrors: [],
        totalRowErrors: 0,
      },
    });
  }
}

/** Wait until a dated series' built-in copy has loaded (or failed). */
async function builtinDated(store: AppStore, id: FredSeriesId) {
  await store.getState().loadDated([id]);
  const done = () => store.getState().datedBuiltin[id]?.status !== 'loading';
  if (!done())
    await new Promise<void>((resolve) => {
      const stop = store.subscribe(() => {
        if (done()) {
          stop();
          resolve();
        }
      });
    });
  return store.getState().datedBuiltin[id];
}

/**
 * Each imported FRED series the app uses, merged into its built-in series and checked by the app's own
 * loader (the same check `npm run update-data` runs on FRED's download). Any problem and nothing imports.
 */
async function checkFredOverrides(
  store: AppStore,
  series: readonly ImportedSeries[],
): Promise<{ errors: FileError[]; spans: Map<string, [string, string]> }> {
  const errors: FileError[] = [];
  const spans = new Map<string, [string, string]>();
  for (const s of series) {
    const id = fredTarget(s.name, s.format);
    if (!id) continue;
    const b = await builtinDated(store, id);
    if (b?.status !== 'ready') {
      errors.push({ code: 'fredBuiltin', params: { series: s.name } });
      continue;
    }
    const r = importedDatedSeries(b.series, s);
    if (r.series) {
      spans.set(s.name, r.span);
      continue;
    }
    for (const p of r.problems)
      errors.push({
        code: 'fredOverride',
        params: {
          series: s.name,
          problem: p.code,
          detail: p.message,
          unit: b.series.unit,
          ...(p.load ? { loadCode: p.load.code, path: p.load.path, ...p.load.params } : {}),
        },
      });
  }
  return { errors, spans };
}

/** What an imported series replaces and whether the gauge reads it. */
function placement(store: AppStore, s: ImportedSeries, span: [string, string] | undefined): ImportPlacement {
  const id = fredTarget(s.name, s.format);
  if (id)
    return {
      name: s.name,
      kind: 'dated',
      gauge: GAUGE_DATED.includes(id),
      dated: span ? { id, from: span[0], to: span[1] } : undefined,
    };
  const builtin = store.getState().builtin.datasets;
  const target = overrideTarget(s.name, builtin);
  if (target) {
    const dropped = droppedPeriods(s, builtin);
    return {
      name: s.name,
      kind: 'dataset',
      target: target.dataset,
      gauge: GAUGE_DATASETS.includes(target.dataset),
      ...(dropped.length > 0 ? { dropped } : {}),
    };
  }
  return { name: s.name, kind: 'custom', target: s.panel ?? undefined, gauge: false };
}

function openViewFile(store: AppStore, name: string, text: string): void {
  const r = decodeViewFile(text);
  const set = store.getState().setImportStatus;
  if (!r.ok) {
    set({
      state: 'failed',
      file: name,
      result: {
        ok: false,
        fileErrors: [{ code: 'viewFile', params: { detail: r.detail } }],
        rowErrors: [],
        totalRowErrors: 0,
      },
    });
    return;
  }
  const builtin = store.getState().builtin.datasets;
  const summary = summarise(name, r.view.imports, 0, store.getState().imports, builtin);
  summary.rows = r.view.imports.reduce((n, s) => n + s.points.length, 0);
  if (r.view.imports.length > 0) store.getState().addImports(r.view.imports);
  const { state, issues } = decode(r.view.query);
  applyUrlState(store, state);
  store.getState().setUrlIssues(issues);
  set({ state: 'done', summary });
}

export function viewFileText(store: AppStore, name?: string): string {
  return encodeViewFile({
    ...(name ? { name } : {}),
    query: encode(selectUrlState(store.getState()), { full: true }),
    imports: [...usedImports(store.getState())],
  });
}

/** Offer a text file for download (a Blob URL: nothing leaves the browser). */
export function download(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
