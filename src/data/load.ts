/**
 * Validates fixture files (raw JSON text, keyed by file name) and cross-checks them.
 * Pure: the Vite-specific file import lives in `fixtures.ts`, so tests can feed broken files here.
 * A broken file never blanks the app: it yields errors naming the file, the path and the problem,
 * and every file that did validate still loads.
 */
import * as z from 'zod/mini';
import { isPanelId } from '../panels/ids';
import {
  type AppEvent,
  type Dataset,
  DatasetSchema,
  EventsFileSchema,
  type Source,
  SourcesFileSchema,
  type ThresholdsFile,
  ThresholdsFileSchema,
} from './schema';

export interface LoadError {
  file: string;
  /** Path inside the file, e.g. `observations[3].value`; empty for the whole file. */
  path: string;
  message: string;
}

export function formatLoadError(e: LoadError): string {
  return e.path ? `${e.file} › ${e.path}: ${e.message}` : `${e.file}: ${e.message}`;
}

export interface LoadedData {
  datasets: Record<string, Dataset>;
  sources: Source[];
  events: AppEvent[];
  thresholds: ThresholdsFile | null;
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

/** A message a person can act on, for one zod issue. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const actual = valueAt(input, issue.path);
  const missing = actual === undefined;
  switch (issue.code) {
    case 'invalid_type':
      return actual === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${typeName(actual)}`;
    case 'invalid_value':
      if (missing)
        return `missing (expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(actual)}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `expected at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `expected a value ≥ ${String(issue.minimum)}, got ${JSON.stringify(actual)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `expected at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `expected a value ≤ ${String(issue.maximum)}, got ${JSON.stringify(actual)}`;
    case 'invalid_union':
      if (missing) return 'missing (expected a year or an ISO date)';
      return `expected a year (integer) or an ISO date, got ${JSON.stringify(actual)}`;
    case 'invalid_format':
      return issue.message && issue.message !== GENERIC
        ? `${issue.message}, got ${JSON.stringify(actual)}`
        : `expected ${issue.format}, got ${JSON.stringify(actual)}`;
    default:
      return issue.message || GENERIC;
  }
}

function validate<T>(file: string, text: string, schema: z.ZodMiniType<T>, errors: LoadError[]): T | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    errors.push({
      file,
      path: '',
      message: `not valid JSON (${e instanceof Error ? e.message : String(e)})`,
    });
    return null;
  }
  const r = z.safeParse(schema, json);
  if (r.success) return r.data;
  for (const issue of r.error.issues.slice(0, 5)) {
    errors.push({ file, path: formatPath(issue.path), message: describeIssue(issue, json) });
  }
  if (r.error.issues.length > 5) {
    errors.push({ file, path: '', message: `and ${r.error.issues.length - 5} more problem(s)` });
  }
  return null;
}

/** Cross-references inside a dataset: id matches the file name, known sources, no duplicate periods. */
function crossCheck(file: string, ds: Dataset, sourceIds: ReadonlySet<string> | null): LoadError[] {
  const errors: LoadError[] = [];
  const expectedId = file.replace(/\.json$/, '');
  if (ds.id !== expectedId) {
    errors.push({ file, path: 'id', message: `expected "${expectedId}" (the file name), got "${ds.id}"` });
  }
  ds.series.forEach((s, si) => {
    const seen = new Map<string, number>();
    s.observations.forEach((o, oi) => {
      const key = String(o.period);
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({
          file,
          path: `series[${si}].observations[${oi}].period`,
          message: `duplicate period ${key} in series "${s.id}" (also at observations[${first}])`,
        });
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
          errors.push({ file, path: ref.path, message: `unknown source "${ref.id}" (not in sources.json)` });
        }
      }
      if (o.low !== undefined && o.high !== undefined && o.low > o.high) {
        errors.push({ file, path: `series[${si}].observations[${oi}].low`, message: 'low is above high' });
      }
    });
  });
  return errors;
}

export function loadFixtures(files: Readonly<Record<string, string>>): LoadedData {
  const errors: LoadError[] = [];
  const out: LoadedData = { datasets: {}, sources: [], events: [], thresholds: null, errors, asOf: null };

  const sourcesText = files['sources.json'];
  let sourceIds: Set<string> | null = null;
  if (sourcesText === undefined) {
    errors.push({ file: 'sources.json', path: '', message: 'file is missing' });
  } else {
    const parsed = validate('sources.json', sourcesText, SourcesFileSchema, errors);
    if (parsed) {
      out.sources = parsed.sources;
      sourceIds = new Set(parsed.sources.map((s) => s.id));
    }
  }
  const refCheck = (file: string, path: string, id: string): boolean => {
    if (!sourceIds || sourceIds.has(id)) return true;
    errors.push({ file, path, message: `unknown source "${id}" (not in sources.json)` });
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
            errors.push({ file, path: `events[${i}].panels`, message: `unknown panel id "${p}"` });
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
