/**
 * Validates fixture files (raw JSON text, keyed by file name) and cross-checks them.
 * Pure: the Vite-specific file import lives in `fixtures.ts`, so tests can feed broken files here.
 * A broken file never blanks the app: it yields errors naming the file, the path and the problem,
 * and every file that did validate still loads.
 */
import * as z from 'zod/mini';
import { isPanelId } from '../domain/ids';
import type { AppEvent, Dataset, HistoryMethod, Source, ThresholdsFile } from '../domain/types';
import { translate } from '../i18n/messages';
import {
  DatasetSchema,
  EventsFileSchema,
  HistoryMethodSchema,
  SourcesFileSchema,
  ThresholdsFileSchema,
} from './schema';

/** What went wrong, as a message-catalogue key suffix (`load.<code>`) and its placeholders. */
export type LoadCode =
  | 'type'
  | 'missing'
  | 'enum'
  | 'enum-missing'
  | 'too-small-items'
  | 'too-small-chars'
  | 'too-small'
  | 'too-big-items'
  | 'too-big-chars'
  | 'too-big'
  | 'period'
  | 'period-missing'
  | 'format-custom'
  | 'format'
  | 'other'
  | 'json'
  | 'more'
  | 'id-mismatch'
  | 'duplicate-period'
  | 'unknown-source'
  | 'low-high'
  | 'file-missing'
  | 'unknown-panel'
  // dated series (fixtures/fred/)
  | 'date-order'
  | 'quarter-date'
  | 'no-values'
  | 'read-failed'
  | 'source-link'
  | 'source-date'
  | 'source-landing';
export type LoadParams = Readonly<Record<string, string | number>>;

export interface LoadError {
  file: string;
  /** Path inside the file, e.g. `observations[3].value`; empty for the whole file. */
  path: string;
  /** The problem in English (logs, tests); the UI translates `code` + `params` instead. */
  message: string;
  code: LoadCode;
  params: LoadParams;
}

/** A load error whose English message comes from the same catalogue entry the UI translates. */
export function problem(file: string, path: string, code: LoadCode, params: LoadParams = {}): LoadError {
  return { file, path, code, params, message: translate('en', `load.${code}`, params) };
}

export function formatLoadError(e: Pick<LoadError, 'file' | 'path' | 'message'>): string {
  return e.path ? `${e.file} › ${e.path}: ${e.message}` : `${e.file}: ${e.message}`;
}

export interface LoadedData {
  datasets: Record<string, Dataset>;
  sources: Source[];
  events: AppEvent[];
  thresholds: ThresholdsFile | null;
  /** The back-tested history v1 method (`history-thresholds.json`). */
  history: HistoryMethod | null;
  errors: LoadError[];
  /** Latest `asOf` across the datasets that loaded. */
  asOf: string | null;
}

export type PathSegment = PropertyKey;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'non-finite number';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

const GENERIC = 'Invalid input';

/** The problem behind one zod issue, as a code and the values its message needs. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
): { code: LoadCode; params: LoadParams } {
  const actual = valueAt(input, issue.path);
  const missing = actual === undefined;
  const got = JSON.stringify(actual) ?? 'undefined';
  switch (issue.code) {
    case 'invalid_type':
      return missing
        ? { code: 'missing', params: { expected: issue.expected } }
        : { code: 'type', params: { expected: issue.expected, got: typeName(actual) } };
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return missing
        ? { code: 'enum-missing', params: { values } }
        : { code: 'enum', params: { values, got } };
    }
    case 'too_small':
      if (issue.origin === 'array')
        return { code: 'too-small-items', params: { min: String(issue.minimum) } };
      if (issue.origin === 'string')
        return { code: 'too-small-chars', params: { min: String(issue.minimum) } };
      return { code: 'too-small', params: { min: String(issue.minimum), got } };
    case 'too_big':
      if (issue.origin === 'array') return { code: 'too-big-items', params: { max: String(issue.maximum) } };
      if (issue.origin === 'string') return { code: 'too-big-chars', params: { max: String(issue.maximum) } };
      return { code: 'too-big', params: { max: String(issue.maximum), got } };
    case 'invalid_union':
      return missing ? { code: 'period-missing', params: {} } : { code: 'period', params: { got } };
    case 'invalid_format':
      return issue.message && issue.message !== GENERIC
        ? { code: 'format-custom', params: { message: issue.message, got } }
        : { code: 'format', params: { format: issue.format, got } };
    default:
      return { code: 'other', params: { message: issue.message || GENERIC } };
  }
}

export function validate<T>(
  file: string,
  text: string,
  schema: z.ZodMiniType<T>,
  errors: LoadError[],
): T | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    errors.push(problem(file, '', 'json', { detail: e instanceof Error ? e.message : String(e) }));
    return null;
  }
  const r = z.safeParse(schema, json);
  if (r.success) return r.data;
  for (const issue of r.error.issues.slice(0, 5)) {
    const { code, params } = describeIssue(issue, json);
    errors.push(problem(file, formatPath(issue.path), code, params));
  }
  if (r.error.issues.length > 5) {
    errors.push(problem(file, '', 'more', { count: r.error.issues.length - 5 }));
  }
  return null;
}

/** Cross-references inside a dataset: id matches the file name, known sources, no duplicate periods. */
function crossCheck(file: string, ds: Dataset, sourceIds: ReadonlySet<string> | null): LoadError[] {
  const errors: LoadError[] = [];
  const expectedId = file.replace(/\.json$/, '');
  if (ds.id !== expectedId) {
    errors.push(problem(file, 'id', 'id-mismatch', { expected: expectedId, got: ds.id }));
  }
  ds.series.forEach((s, si) => {
    const seen = new Map<string, number>();
    s.observations.forEach((o, oi) => {
      const key = String(o.period);
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push(
          problem(file, `series[${si}].observations[${oi}].period`, 'duplicate-period', {
            period: key,
            series: s.id,
            first,
          }),
        );
      } else seen.set(key, oi);
      const refs = [
        { path: `series[${si}].observations[${oi}].sourceId`, id: o.sourceId },
        ...(o.revisions ?? []).map((r, ri) => ({
          path: `series[${si}].observations[${oi}].revisions[${ri}].sourceId`,
          id: r.sourceId,
        })),
      ];
      for (const ref of refs) {
        if (sourceIds && !sourceIds.has(ref.id)) {
          errors.push(problem(file, ref.path, 'unknown-source', { id: ref.id }));
        }
      }
      if (o.low !== undefined && o.high !== undefined && o.low > o.high) {
        errors.push(problem(file, `series[${si}].observations[${oi}].low`, 'low-high'));
      }
    });
  });
  return errors;
}

/** Fixture files that are not datasets (each has its own schema). */
export const NON_DATASET_FILES: readonly string[] = [
  'sources.json',
  'events.json',
  'thresholds.json',
  'history-thresholds.json',
];

/**
 * Validate the fixture files. `pending` names files that are still on their way (loaded after the
 * first paint): their absence is not an error, and references to sources are checked once they come.
 */
export function loadFixtures(
  files: Readonly<Record<string, string>>,
  pending: readonly string[] = [],
): LoadedData {
  const errors: LoadError[] = [];
  const out: LoadedData = {
    datasets: {},
    sources: [],
    events: [],
    thresholds: null,
    history: null,
    errors,
    asOf: null,
  };

  const sourcesText = files['sources.json'];
  let sourceIds: Set<string> | null = null;
  if (sourcesText === undefined) {
    if (!pending.includes('sources.json')) errors.push(problem('sources.json', '', 'file-missing'));
  } else {
    const parsed = validate('sources.json', sourcesText, SourcesFileSchema, errors);
    if (parsed) {
      out.sources = parsed.sources;
      sourceIds = new Set(parsed.sources.map((s) => s.id));
      // Every source is traceable: only the seed article and our own method may lack a link or a date.
      parsed.sources.forEach((s, i) => {
        if (!s.url && !s.role)
          errors.push(problem('sources.json', `sources[${i}].url`, 'source-link', { id: s.id }));
        if (!s.date && !s.role)
          errors.push(problem('sources.json', `sources[${i}].date`, 'source-date', { id: s.id }));
      });
    }
  }
  const refCheck = (file: string, path: string, id: string): boolean => {
    if (!sourceIds || sourceIds.has(id)) return true;
    errors.push(problem(file, path, 'unknown-source', { id }));
    return false;
  };

  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (file === 'sources.json') continue;
    if (file === 'events.json') {
      const parsed = validate(file, text, EventsFileSchema, errors);
      if (parsed) {
        // A bad event is dropped on its own; the others still annotate the charts.
        out.events = parsed.events.filter((e, i) => {
          const sourceOk = refCheck(file, `events[${i}].sourceId`, e.sourceId);
          const unknown = e.panels.filter((p) => !isPanelId(p));
          for (const p of unknown) {
            errors.push(problem(file, `events[${i}].panels`, 'unknown-panel', { id: p }));
          }
          return sourceOk && unknown.length === 0;
        });
      }
      continue;
    }
    if (file === 'thresholds.json') {
      const parsed = validate(file, text, ThresholdsFileSchema, errors);
      if (parsed) {
        // A threshold citing an unknown source is dropped on its own (and reported); the others still score.
        const thresholds = parsed.thresholds.filter((t, i) =>
          t.sourceIds.map((id, j) => refCheck(file, `thresholds[${i}].sourceIds[${j}]`, id)).every(Boolean),
        );
        out.thresholds = { ...parsed, thresholds };
      }
      continue;
    }
    if (file === 'history-thresholds.json') {
      const parsed = validate(file, text, HistoryMethodSchema, errors);
      if (parsed) {
        // As for the gauge: an unknown source drops only the entry that cites it.
        const ok = (path: string, ids: readonly string[]) =>
          ids.map((id, j) => refCheck(file, `${path}[${j}]`, id)).every(Boolean);
        out.history = {
          ...parsed,
          thresholds: parsed.thresholds.filter((t, i) => ok(`thresholds[${i}].sourceIds`, t.sourceIds)),
          peaks: parsed.peaks.filter((p, i) => ok(`peaks[${i}].sourceIds`, p.sourceIds)),
          recessions: parsed.recessions.filter((r, i) =>
            refCheck(file, `recessions[${i}].sourceId`, r.sourceId),
          ),
        };
      }
      continue;
    }
    const ds = validate(file, text, DatasetSchema, errors);
    if (!ds) continue;
    const problems = crossCheck(file, ds, sourceIds);
    if (problems.length > 0) {
      errors.push(...problems);
      continue;
    }
    out.datasets[ds.id] = ds;
    if (out.asOf === null || ds.asOf > out.asOf) out.asOf = ds.asOf;
  }
  return out;
}
