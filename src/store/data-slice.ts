import { datedFileName, loadDatedSeries } from '../data/dated';
import { type DatedReader, readBundledDated } from '../data/fred-fixtures';
import { type LoadedData, problem } from '../data/load';
import type { FredSeriesId } from '../domain/ids';
import { mergeImports } from '../domain/imports';
import type { ImportedSeries } from '../domain/types';
import { datedView, loadDatedOverrides } from './dated-view';
import { track } from './settle';
import type { DataSlice, DatedState, SliceCreator } from './types';

export const emptyData = (): LoadedData => ({
  datasets: {},
  sources: [],
  events: [],
  thresholds: null,
  history: null,
  errors: [],
  asOf: null,
});

export const createDataSlice =
  (builtin: LoadedData = emptyData(), readDated: DatedReader = readBundledDated): SliceCreator<DataSlice> =>
  (set, get) => {
    /** `dated` for new built-in series or imports; an imported FRED file applies once its code loads. */
    const datedFor = (
      datedBuiltin: DataSlice['datedBuiltin'],
      imports: readonly ImportedSeries[],
      previous: DataSlice['dated'],
    ): DataSlice['dated'] => {
      const v = datedView(datedBuiltin, imports, previous);
      if (v.pending)
        void loadDatedOverrides().then(() =>
          set((s) => ({ dated: datedView(s.datedBuiltin, s.imports, s.dated).dated })),
        );
      return v.dated;
    };
    return {
      builtin,
      setBuiltin: (data) => set({ builtin: data }),
      imports: [],
      savedViews: [],
      storageNotices: [],
      missingImports: [],
      addImports: (series) =>
        set((s) => {
          const imports = mergeImports(s.imports, series).list;
          const names = new Set(imports.map((i) => i.name));
          return {
            imports,
            missingImports: s.missingImports.filter((n) => !names.has(n)),
            dated: datedFor(s.datedBuiltin, imports, s.dated),
          };
        }),
      removeImport: (name) =>
        set((s) => {
          const imports = s.imports.filter((i) => i.name !== name);
          return { imports, dated: datedFor(s.datedBuiltin, imports, s.dated) };
        }),
      resetImports: () => set((s) => ({ imports: [], dated: datedFor(s.datedBuiltin, [], s.dated) })),
      setImportPanel: (name, panel) =>
        set((s) => ({ imports: s.imports.map((i) => (i.name === name ? { ...i, panel } : i)) })),
      setImports: (imports: ImportedSeries[]) =>
        set((s) => ({ imports, dated: datedFor(s.datedBuiltin, imports, s.dated) })),
      setSavedViews: (savedViews) => set({ savedViews }),
      addStorageNotice: (n) => set((s) => ({ storageNotices: [...s.storageNotices, n] })),
      dismissStorageNotices: () => set({ storageNotices: [] }),
      setMissingImports: (missingImports) => set({ missingImports }),
      importStatus: { state: 'idle' },
      setImportStatus: (importStatus) => set({ importStatus }),
      dated: {},
      datedBuiltin: {},
      datedErrors: [],
      loadDated: async (ids) => {
        const todo = ids.filter((id) => get().datedBuiltin[id] === undefined);
        if (todo.length === 0) return;
        set((s) => {
          const datedBuiltin = {
            ...s.datedBuiltin,
            ...Object.fromEntries(todo.map((id) => [id, { status: 'loading' }])),
          };
          return { datedBuiltin, dated: datedFor(datedBuiltin, s.imports, s.dated) };
        });
        await track(Promise.all(todo.map((id) => loadOne(id))));

        async function loadOne(id: FredSeriesId): Promise<void> {
          const file = datedFileName(id);
          let text: string | undefined;
          try {
            text = await readDated(id);
          } catch (e) {
            const detail = e instanceof Error ? e.message : String(e);
            return finish(id, { status: 'error' }, [problem(file, '', 'read-failed', { detail })]);
          }
          if (text === undefined) return finish(id, { status: 'error' }, [problem(file, '', 'file-missing')]);
          const sources = get().builtin.sources;
          const known = sources.length > 0 ? new Set(sources.map((x) => x.id)) : null;
          const r = loadDatedSeries(file, text, known);
          finish(id, r.series ? { status: 'ready', series: r.series } : { status: 'error' }, r.errors);
        }
        function finish(id: FredSeriesId, state: DatedState, errors: DataSlice['datedErrors']): void {
          set((s) => {
            const datedBuiltin = { ...s.datedBuiltin, [id]: state };
            return {
              datedBuiltin,
              // An imported FRED file replaces the built-in series once it has loaded (the override needs its
              // metadata: unit, frequency, scale).
              dated: datedFor(datedBuiltin, s.imports, s.dated),
              datedErrors: errors.length > 0 ? [...s.datedErrors, ...errors] : s.datedErrors,
            };
          });
        }
      },
    };
  };
