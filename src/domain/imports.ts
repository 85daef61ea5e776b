/**
 * Imported series against the built-in data: which names override a built-in series, the merged
 * datasets every panel and the gauge read, and the summary of an import. Pure.
 */
import { FRED_SERIES_IDS, type FredSeriesId } from './ids';
import { periodYear } from './series';
import type {
  Dataset,
  ImportedPoint,
  ImportedSeries,
  ImportFormat,
  Observation,
  Period,
  Unit,
} from './types';

/** Datasets the pressure model reads: overriding any of them changes the gauge and its history. */
export const GAUGE_DATASETS: readonly string[] = [
  'capex',
  'hyperscaler-capex',
  'bonds',
  'spv',
  'valuation',
  'compute-mix',
  'depreciation',
  'ig-share',
];

/** `<dataset>/<series>` → its parts, when both name a built-in series; null for a custom series. */
export function overrideTarget(
  name: string,
  builtin: Readonly<Partial<Record<string, Dataset>>>,
): { dataset: string; series: string } | null {
  const slash = name.indexOf('/');
  if (slash <= 0) return null;
  const dataset = name.slice(0, slash);
  const series = name.slice(slash + 1);
  return builtin[dataset]?.series.some((s) => s.id === series) ? { dataset, series } : null;
}

/**
 * The FRED series an imported series replaces: one named `fred/<ID>` (as the data tables name it) for a
 * FRED id the app uses, or, in a FRED download, the column as FRED names it (`BAMLC0A4CBBB`). A custom
 * series of another format that happens to be called `GDP` stays custom. Null otherwise.
 */
export function fredTarget(name: string, format?: ImportFormat): FredSeriesId | null {
  const m = /^(fred\/)?([A-Za-z0-9]+)$/i.exec(name.trim());
  if (!m || (!m[1] && format !== 'fred')) return null;
  const id = m[2]?.toUpperCase();
  return ((FRED_SERIES_IDS as readonly string[]).find((x) => x === id) as FredSeriesId | undefined) ?? null;
}

/** The name an imported series is kept under: `fred/<ID>` for a FRED series the app uses, else its own. */
export function canonicalImportName(name: string, format?: ImportFormat): string {
  const id = fredTarget(name, format);
  return id ? `fred/${id}` : name;
}

/** The unit of every built-in series, by `<dataset>/<series>` (the unit of its first observation). */
export function builtinUnits(builtin: Readonly<Partial<Record<string, Dataset>>>): Record<string, Unit> {
  const out: Record<string, Unit> = {};
  for (const d of Object.values(builtin)) {
    if (!d) continue;
    for (const s of d.series) {
      const u = s.observations[0]?.unit;
      if (u) out[`${d.id}/${s.id}`] = u;
    }
  }
  return out;
}

function toObservation(p: ImportedPoint, unit: Unit): Observation {
  const o: Observation = { period: p.period, value: p.value, unit, kind: p.kind, sourceId: p.source };
  if (p.note !== undefined) o.note = p.note;
  return o;
}

/** The built-in datasets with every overriding import's series swapped in (built-in objects untouched). */
export function applyOverrides(
  builtin: Readonly<Record<string, Dataset>>,
  imports: readonly ImportedSeries[],
): Record<string, Dataset> {
  const out: Record<string, Dataset> = { ...builtin };
  for (const imp of imports) {
    const target = overrideTarget(imp.name, out);
    const ds = target ? out[target.dataset] : undefined;
    if (!target || !ds || imp.unit === null) continue;
    const unit = imp.unit;
    out[target.dataset] = {
      ...ds,
      series: ds.series.map((s) =>
        s.id === target.series ? { ...s, observations: imp.points.map((p) => toObservation(p, unit)) } : s,
      ),
    };
  }
  return out;
}

/**
 * The periods of the built-in series an override replaces that the imported series has no figure for:
 * an override replaces the whole series, so these built-in figures are no longer used anywhere. A year
 * in the file covers every built-in figure in that year; a built-in year is covered by any figure in
 * it; a built-in month or date by any period of the file inside it.
 */
export function droppedPeriods(
  imp: Pick<ImportedSeries, 'name' | 'points'>,
  builtin: Readonly<Partial<Record<string, Dataset>>>,
): Period[] {
  const target = overrideTarget(imp.name, builtin);
  const series = target && builtin[target.dataset]?.series.find((s) => s.id === target.series);
  if (!series) return [];
  const given = imp.points.map((p) => p.period);
  const yearsGiven = new Set(given.filter((p): p is number => typeof p === 'number'));
  const anyInYear = new Set(given.map(periodYear));
  const covered = (b: Period) =>
    typeof b === 'number'
      ? // A built-in year: any figure of the file in that year (the app reads a year's first figure).
        anyInYear.has(b)
      : // A built-in month or date: a year of the file that holds it, or a period of the file inside it
        // (`2025-10` holds `2025-10-15`; `2025-10-02` holds `2025-10-02T10:00Z`).
        yearsGiven.has(periodYear(b)) || given.some((p) => typeof p === 'string' && p.startsWith(b));
  const out: Period[] = [];
  for (const o of series.observations) {
    if (covered(o.period)) continue;
    if (!out.some((p) => String(p) === String(o.period))) out.push(o.period);
  }
  return out;
}

/** Dataset ids that carry at least one overriding import. */
export function overriddenDatasets(
  builtin: Readonly<Partial<Record<string, Dataset>>>,
  imports: readonly ImportedSeries[],
): Set<string> {
  const out = new Set<string>();
  for (const imp of imports) {
    const t = overrideTarget(imp.name, builtin);
    if (t) out.add(t.dataset);
  }
  return out;
}

/** Add newly imported series: one with a name already imported replaces it (in its place). */
export function mergeImports(
  existing: readonly ImportedSeries[],
  incoming: readonly ImportedSeries[],
): { list: ImportedSeries[]; replaced: string[] } {
  const byName = new Map(incoming.map((s) => [s.name, s]));
  const replaced: string[] = [];
  const list = existing.map((s) => {
    const next = byName.get(s.name);
    if (!next) return s;
    replaced.push(s.name);
    byName.delete(s.name);
    // A replaced custom series stays where the user placed it.
    return { ...next, panel: next.panel ?? s.panel };
  });
  return { list: [...list, ...byName.values()], replaced };
}

/** First and last period of a series (its points are sorted by time). */
export function span(s: Pick<ImportedSeries, 'points'>): [Period, Period] | null {
  const first = s.points[0];
  const last = s.points[s.points.length - 1];
  return first && last ? [first.period, last.period] : null;
}

/** Year-axis position of a period: a year's slot runs from year − 0.5 to year + 0.5. */
export function periodX(period: Period): number {
  if (typeof period === 'number') return period;
  const y = Number(period.slice(0, 4));
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  const t =
    period.length === 7
      ? Date.UTC(y, Number(period.slice(5, 7)) - 1, 15)
      : Date.parse(period.length === 10 ? `${period}T12:00:00Z` : period);
  return y - 0.5 + (t - start) / (end - start);
}

/** The unit each time panel draws on its value axis: where a custom series can go. */
export const TIME_PANEL_UNITS: Readonly<Record<string, Unit>> = {
  capex: 'usd-bn',
  'dc-investment': 'usd-bn',
  'ig-share': 'pct',
  'compute-mix': 'pct',
  depreciation: 'years',
};

/** Panels a custom series may be drawn on: those in its unit (every time panel when the file gave none). */
export function compatiblePanels(unit: Unit | null): string[] {
  return Object.entries(TIME_PANEL_UNITS)
    .filter(([, u]) => unit === null || u === unit)
    .map(([id]) => id);
}

/**
 * What one imported series replaces and whether the gauge reads it (the import's success message; the
 * panels that show it are looked up in the panel registry when the message is drawn).
 */
export interface ImportPlacement {
  name: string;
  /** `dataset`: replaces a built-in series; `dated`: replaces a FRED series; `custom`: its own series. */
  kind: 'dataset' | 'dated' | 'custom';
  /** The dataset it replaces (`dataset`), or the panel it was placed on (`custom`, if any). */
  target?: string | undefined;
  /** Does the gauge's number read it? */
  gauge: boolean;
  /** A FRED series: the built-in series it replaces (id) and the span of dates it replaces. */
  dated?: { id: FredSeriesId; from: string; to: string } | undefined;
  /** `dataset`: the built-in series' periods the file has no figure for (no longer used). */
  dropped?: Period[] | undefined;
}

/** The panels that show an imported series, from the panels' datasets and dated series. */
export function placementPanels(
  p: ImportPlacement,
  panels: readonly { id: string; datasets: readonly string[]; dated?: readonly string[] | undefined }[],
): string[] {
  if (p.kind === 'custom') return p.target ? [p.target] : [];
  const shown =
    p.kind === 'dated'
      ? panels.filter((x) => p.dated && x.dated?.includes(p.dated.id))
      : panels.filter((x) => p.target !== undefined && x.datasets.includes(p.target));
  // The gauge's readings by year are drawn on the pressure panel.
  return [...shown.map((x) => x.id), ...(p.gauge ? ['pressure'] : [])];
}

/** What one successful import did, for the summary. */
export interface ImportSummary {
  file: string;
  series: number;
  rows: number;
  span: [Period, Period] | null;
  overrides: string[];
  replaced: string[];
  /** Where each series is shown (filled by the import action, which knows the panels). */
  placements: ImportPlacement[];
}

export function summarise(
  file: string,
  incoming: readonly ImportedSeries[],
  rows: number,
  existing: readonly ImportedSeries[],
  builtin: Readonly<Partial<Record<string, Dataset>>>,
): ImportSummary {
  let first: { p: Period; x: number } | null = null;
  let last: { p: Period; x: number } | null = null;
  for (const s of incoming) {
    const sp = span(s);
    if (!sp) continue;
    const a = { p: sp[0], x: periodX(sp[0]) };
    const b = { p: sp[1], x: periodX(sp[1]) };
    if (!first || a.x < first.x) first = a;
    if (!last || b.x > last.x) last = b;
  }
  const names = new Set(existing.map((s) => s.name));
  return {
    file,
    series: incoming.length,
    rows,
    span: first && last ? [first.p, last.p] : null,
    overrides: incoming
      .filter((s) => overrideTarget(s.name, builtin) || fredTarget(s.name))
      .map((s) => s.name),
    replaced: incoming.filter((s) => names.has(s.name)).map((s) => s.name),
    placements: [],
  };
}
