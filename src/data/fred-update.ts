/**
 * One validation for new FRED figures, wherever they come from: `npm run update-data` (FRED's CSV
 * download) and an analyst's FRED file imported in the browser. Both build the candidate series the
 * same way (the built-in series' metadata with the new observations spliced in, FRED's units turned
 * into the fixture's with its `scale`) and run it through the app's own loader (`loadDatedSeries`).
 * Pure: no fetch, no file system, no React.
 */
import { mergeImportedFred, spliceRows } from '../domain/fred-merge';
import type { DatedSeries, DatedValue, ImportedSeries } from '../domain/types';
import { loadDatedSeries } from './dated';
import { formatLoadError, type LoadError } from './load';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export { spliceRows };

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A problem with a downloaded or imported FRED series, in English (the script prints it). */
export interface FredProblem {
  code:
    | 'html'
    | 'header'
    | 'row'
    | 'truncated'
    | 'empty'
    | 'ends-early'
    | 'dropped'
    | 'not-dates'
    | 'unit'
    | 'invalid';
  message: string;
  /** The app loader's error, for `invalid`. */
  load?: LoadError;
}

export type FredParse = { ok: true; rows: DatedValue[] } | { ok: false; problem: FredProblem };

/**
 * FRED's CSV download (`observation_date,<ID>`, or the older `DATE,<ID>`), strictly: every row an ISO
 * date and a number, blank or `.` (a missing day, kept as null). A file that does not end with a line
 * break was cut off; an HTML page (an error page served with status 200) is not a CSV.
 */
export function parseFredCsv(text: string, id: string): FredParse {
  const fail = (code: FredProblem['code'], message: string): FredParse => ({
    ok: false,
    problem: { code, message },
  });
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*</.test(body)) return fail('html', 'the response is an HTML page, not FRED’s CSV');
  if (body.trim() === '') return fail('empty', 'the response is empty');
  if (!body.endsWith('\n'))
    return fail('truncated', 'the file does not end with a line break: it was cut off');
  const lines = body.split('\n').map((l) => l.replace(/\r$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const names = [id, `fred/${id}`].map((n) => n.toLowerCase());
  if (
    header.length !== 2 ||
    !/^(observation_date|date)$/i.test(header[0] ?? '') ||
    !names.includes((header[1] ?? '').toLowerCase())
  )
    return fail(
      'header',
      `expected the header observation_date,${id}, got "${(lines[0] ?? '').slice(0, 80)}"`,
    );
  const rows: DatedValue[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [date, raw, ...rest] = (lines[i] ?? '').split(',');
    const v = (raw ?? '').trim();
    if (rest.length > 0 || !DATE.test(date ?? '') || (v !== '' && v !== '.' && !NUMBER.test(v)))
      return fail('row', `line ${i + 1} is not a date and a value: "${(lines[i] ?? '').slice(0, 60)}"`);
    rows.push([date as string, v === '' || v === '.' ? null : Number(v)]);
  }
  if (rows.length === 0) return fail('empty', 'the file has a header but no rows');
  return { ok: true, rows };
}

export interface FredDiff {
  /** Dates the old series did not have. */
  added: DatedValue[];
  /** Dates whose value changed: [date, before, after]. */
  revised: Array<[string, number | null, number | null]>;
  /** Dates the old series had and the new one does not. */
  removed: string[];
}

/** What changed between two versions of a series (values compared to 1e-9, relative). */
export function diffRows(old: readonly DatedValue[], next: readonly DatedValue[]): FredDiff {
  const before = new Map(old);
  const after = new Map(next);
  const same = (a: number | null, b: number | null) =>
    a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
  const added: DatedValue[] = [];
  const revised: FredDiff['revised'] = [];
  for (const [d, v] of next) {
    if (!before.has(d)) added.push([d, v]);
    else if (!same(before.get(d) ?? null, v)) revised.push([d, before.get(d) ?? null, v]);
  }
  const removed = old.filter(([d]) => !after.has(d)).map(([d]) => d);
  return { added, revised, removed };
}

/** The latest observation with a value (null for a series with none). */
export function lastValue(rows: readonly DatedValue[]): DatedValue | null {
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    if (r && r[1] !== null) return r;
  }
  return null;
}

/**
 * An update must not lose figures: FRED never drops a published day, so a download that ends before the
 * series' last date, or lacks dates the series has inside the download's span, is cut off or wrong.
 */
export function updateProblems(
  old: Pick<DatedSeries, 'observations' | 'asOf'>,
  next: readonly DatedValue[],
): FredProblem[] {
  const problems: FredProblem[] = [];
  const last = next[next.length - 1]?.[0] ?? '';
  if (last < old.asOf)
    problems.push({
      code: 'ends-early',
      message: `the download ends on ${last}, before the series' last date ${old.asOf}: cut off`,
    });
  const { removed } = diffRows(old.observations, next);
  if (removed.length > 0 && last >= old.asOf)
    problems.push({
      code: 'dropped',
      message: `the download lacks ${removed.length} date(s) the series has (first ${removed[0]})`,
    });
  return problems;
}

/** A candidate series with new observations, checked with the app's loader. */
export function checkCandidate(
  candidate: DatedSeries,
  sourceIds: ReadonlySet<string> | null,
): { series: DatedSeries; problems: [] } | { series: null; problems: FredProblem[] } {
  const file = `fred/${candidate.id}.json`;
  const r = loadDatedSeries(file, JSON.stringify(candidate), sourceIds);
  if (r.series) return { series: r.series, problems: [] };
  return {
    series: null,
    problems: r.errors.map((e) => ({ code: 'invalid' as const, message: formatLoadError(e), load: e })),
  };
}

/**
 * The dated series an imported FRED file stands for (`mergeImportedFred`), checked by the app's loader:
 * what the browser runs before it accepts an analyst's FRED file.
 */
export function importedDatedSeries(
  builtin: DatedSeries,
  imp: Pick<ImportedSeries, 'name' | 'format' | 'unit' | 'unitText' | 'file' | 'points'>,
): { series: DatedSeries; span: [string, string] } | { series: null; problems: FredProblem[] } {
  const m = mergeImportedFred(builtin, imp);
  if (!m.series) return { series: null, problems: [m.problem] };
  const r = checkCandidate(m.series, null);
  return r.series ? { series: r.series, span: m.span } : r;
}
