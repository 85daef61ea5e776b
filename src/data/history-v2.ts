/**
 * The inputs of history v2 (docs/METHOD.md) from the app's own fixtures: the lazily loaded FRED series
 * (`fixtures/fred/<id>.json`, validated by `loadDatedSeries`) and Shiller's monthly data
 * (`fixtures/shiller/ie-data.json`, validated here). Both stay out of the first-load bundle: each file is a
 * lazy chunk requested only when the history is computed. A broken or missing file is reported (file ›
 * path: problem) and leaves its metrics empty; it never stops the rest.
 */
import * as z from 'zod/mini';
import { type HistoryV2Inputs, type ShillerMonth, V2_SERIES_IDS, type V2SeriesId } from '../domain/backtest';
import { datedFileName, loadDatedSeries } from './dated';
import { type DatedReader, readBundledDated } from './fred-fixtures';
import { type LoadError, problem, validate } from './load';

const isoMonth = z.string().check(z.regex(/^\d{4}-\d{2}$/, 'expected an ISO month (YYYY-MM)'));
const cell = z.nullable(z.number());

/** `fixtures/shiller/ie-data.json`. */
export const ShillerFixtureSchema = z.object({
  id: z.literal('shiller-ie-data'),
  title: z.string().check(z.minLength(1)),
  sourceId: z.string().check(z.minLength(1)),
  asOf: isoMonth,
  provenance: z.object({
    publisher: z.string().check(z.minLength(1)),
    url: z.url(),
    originalSource: z.string().check(z.minLength(1)),
    copiedFrom: z.string().check(z.minLength(1)),
    inputFile: z.string().check(z.minLength(1)),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex')),
    checks: z.string(),
    note: z.string(),
  }),
  terms: z.string().check(z.minLength(1)),
  columns: z.tuple([
    z.literal('month'),
    z.literal('price'),
    z.literal('earnings'),
    z.literal('cpi'),
    z.literal('cape'),
  ]),
  rows: z.array(z.tuple([isoMonth, cell, cell, cell, cell])).check(z.minLength(1)),
});
export type ShillerFixture = z.infer<typeof ShillerFixtureSchema>;

export const SHILLER_FILE = 'shiller/ie-data.json';

/** Validates Shiller's fixture: the schema, then months strictly increasing and at least one price. */
export function loadShillerFixture(
  file: string,
  text: string,
): { rows: ShillerMonth[] | null; fixture: ShillerFixture | null; errors: LoadError[] } {
  const errors: LoadError[] = [];
  const f = validate(file, text, ShillerFixtureSchema, errors);
  if (!f) return { rows: null, fixture: null, errors };
  let previous = '';
  for (const [i, [month]] of f.rows.entries()) {
    if (month <= previous) {
      errors.push(problem(file, `rows[${i}][0]`, 'date-order', { date: month, previous }));
      return { rows: null, fixture: null, errors };
    }
    previous = month;
  }
  if (!f.rows.some((r) => r[1] !== null)) {
    errors.push(problem(file, 'rows', 'no-values'));
    return { rows: null, fixture: null, errors };
  }
  const rows = f.rows.map(([month, price, earnings, cpi, cape]) => ({ month, price, earnings, cpi, cape }));
  return { rows, fixture: f, errors };
}

const lazyShiller = import.meta.glob<string>('../../fixtures/shiller/*.json', {
  query: '?raw',
  import: 'default',
});

export type ShillerReader = () => Promise<string | undefined>;

/** Reads Shiller's bundled fixture (a lazy chunk); `undefined` when it is not bundled. */
export const readBundledShiller: ShillerReader = async () => {
  const load = Object.entries(lazyShiller).find(([path]) => path.endsWith('/ie-data.json'))?.[1];
  return load ? load() : undefined;
};

export interface HistoryV2Load {
  inputs: HistoryV2Inputs;
  errors: LoadError[];
}

/**
 * Loads every input of history v2 from the bundled fixtures (or the given readers, e.g. in tests). A file
 * that is missing or invalid is reported and left out.
 */
export async function loadHistoryV2Inputs(
  readDated: DatedReader = readBundledDated,
  readShiller: ShillerReader = readBundledShiller,
): Promise<HistoryV2Load> {
  const errors: LoadError[] = [];
  const series: HistoryV2Inputs['series'] = {};
  const read = async (id: V2SeriesId) => {
    const file = datedFileName(id);
    try {
      const text = await readDated(id);
      if (text === undefined) {
        errors.push(problem(file, '', 'file-missing'));
        return;
      }
      const r = loadDatedSeries(file, text, null);
      errors.push(...r.errors);
      if (r.series) series[id] = r.series.observations;
    } catch (e) {
      errors.push(problem(file, '', 'read-failed', { detail: e instanceof Error ? e.message : String(e) }));
    }
  };
  let shiller: ShillerMonth[] | undefined;
  const readSh = async () => {
    try {
      const text = await readShiller();
      if (text === undefined) {
        errors.push(problem(SHILLER_FILE, '', 'file-missing'));
        return;
      }
      const r = loadShillerFixture(SHILLER_FILE, text);
      errors.push(...r.errors);
      if (r.rows) shiller = r.rows;
    } catch (e) {
      errors.push(
        problem(SHILLER_FILE, '', 'read-failed', { detail: e instanceof Error ? e.message : String(e) }),
      );
    }
  };
  await Promise.all([...V2_SERIES_IDS.map(read), readSh()]);
  return { inputs: { series, shiller }, errors };
}
