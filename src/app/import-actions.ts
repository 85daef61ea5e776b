/**
 * What happens when a file comes in (picked or dropped): a view file opens its view and series; any
 * other file is decoded (in a worker when large) and, only if every row and the file as a whole pass,
 * its series are applied in one store update. No React here.
 */
import { readImportFile } from '../data/import/client';
import { decodeViewFile, encodeViewFile, looksLikeViewFile } from '../data/import/view-file';
import { builtinUnits, compatiblePanels, overrideTarget, summarise } from '../domain/imports';
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
    // A custom series with a known unit starts on the first panel in that unit; the user can move it.
    const series = result.series.map((s) =>
      overrideTarget(s.name, builtin) || s.unit === null
        ? s
        : { ...s, panel: compatiblePanels(s.unit)[0] ?? null },
    );
    const summary = summarise(file.name, series, result.rows, existing, builtin);
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
