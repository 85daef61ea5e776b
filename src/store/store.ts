import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DatedReader } from '../data/fred-fixtures';
import type { LoadedData } from '../data/load';
import { fredTarget, overrideTarget } from '../domain/imports';
import type { ImportedSeries } from '../domain/types';
import type { UrlState } from '../url/codec';
import { PARAMS } from '../url/params';
import { createCompareSlice } from './compare-slice';
import { createDataSlice } from './data-slice';
import { createScenarioSlice } from './scenario-slice';
import { createTalkSlice } from './talk-slice';
import type { AppState } from './types';
import { createViewSlice } from './view-slice';
import { createWeightsSlice } from './weights-slice';

export type AppStore = StoreApi<AppState>;

/** One store, sliced. A factory, so every test (and every embed) gets a fresh one. */
export function createAppStore(initial?: {
  data?: LoadedData;
  url?: UrlState;
  /** Where dated (FRED) fixtures are read from; the bundled lazy chunks by default. */
  readDated?: DatedReader;
}): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createDataSlice(initial?.data, initial?.readDated)(...a),
    ...createViewSlice(...a),
    ...createScenarioSlice(...a),
    ...createWeightsSlice(...a),
    ...createCompareSlice(...a),
    ...createTalkSlice(...a),
  }));
  if (initial?.url) applyUrlState(store, initial.url);
  return store;
}

type Row = (typeof PARAMS)[number];
type MappedRow = Exclude<Row, { kind: 'version' }>;
type HeldRow = Extract<MappedRow, { store: string }>;
type DerivedRow = Extract<MappedRow, { store: null }>;
/** The store's side of each row: its field, holding the URL value (null where the URL leaves it out). */
type Held = { [P in HeldRow as P['store']]: Exclude<UrlState[P['field']], undefined> };
type Fits<T extends U, U> = [T, U];
/** A compile-time check: each store field a row names exists in AppState with the row's type, both ways. */
export type StoreFieldsFit = [Fits<Pick<AppState, keyof Held>, Held>, Fits<Held, Pick<AppState, keyof Held>>];

/** The values a row has no store field for: the store derives them. */
const DERIVED: { [P in DerivedRow as P['field']]: (s: AppState) => UrlState[P['field']] } = {
  imported: (s) => used(s).names,
};

/**
 * Each row's URL field and store field (null: derived), and whether the field is optional: absent from a
 * link unless set, where the store holds null. Worked out once: selectUrlState runs on every store change.
 */
const MAPPING = PARAMS.filter((p): p is MappedRow => p.kind !== 'version').map((p) => ({
  field: p.field,
  store: p.store,
  optional: p.kind === 'pin' || (p.kind === 'scalar' && p.initial === undefined),
}));

/** The shareable part of the state, as the URL codec sees it: one field per row of the parameter table. */
export function selectUrlState(s: AppState): UrlState {
  const held = s as unknown as Record<string, unknown>;
  const u: Record<string, unknown> = {};
  for (const p of MAPPING) {
    if (p.store === null) u[p.field] = DERIVED[p.field as keyof typeof DERIVED](s);
    else u[p.field] = p.optional ? (held[p.store] ?? undefined) : held[p.store];
  }
  return u as UrlState;
}

interface Used {
  series: readonly ImportedSeries[];
  /** Their names, or undefined when there are none (a view without them equals a plain link's). */
  names: readonly string[] | undefined;
}
const NONE: Used = { series: [], names: undefined };
const usedMemo = new WeakMap<AppState['imports'], WeakMap<object, Used>>();

/** Memoised on its inputs, so the URL sync sees the same names while imports do not change. */
function used(s: AppState): Used {
  if (s.imports.length === 0) return NONE;
  let inner = usedMemo.get(s.imports);
  if (!inner) {
    inner = new WeakMap();
    usedMemo.set(s.imports, inner);
  }
  let u = inner.get(s.builtin.datasets);
  if (!u) {
    const series = s.imports.filter(
      (i) =>
        i.panel !== null ||
        overrideTarget(i.name, s.builtin.datasets) !== null ||
        fredTarget(i.name, i.format) !== null,
    );
    u = series.length === 0 ? NONE : { series, names: series.map((i) => i.name) };
    inner.set(s.builtin.datasets, u);
  }
  return u;
}

/**
 * The imported series the view uses: every override, and custom series placed on a panel. A link
 * carries their names (`imported=`); a view file carries the series.
 */
export function usedImports(s: AppState): readonly ImportedSeries[] {
  return used(s).series;
}

export function applyUrlState(store: AppStore, u: UrlState): void {
  const fields = u as unknown as Record<string, unknown>;
  const next: Record<string, unknown> = {};
  for (const p of MAPPING) {
    if (p.store !== null) next[p.store] = p.optional ? (fields[p.field] ?? null) : fields[p.field];
  }
  // The talk being presented comes and goes with its link (Back, Forward); its notes stay with it.
  if (next.talkCode !== store.getState().talkCode) Object.assign(next, { talkNotes: null, talkSource: null });
  store.setState(next as Partial<AppState>);
}
