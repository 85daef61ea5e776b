/**
 * Shiller's monthly S&P data (`fixtures/shiller/ie-data.json`), validated: the one input of history v2
 * that is not a FRED series. Its own module, so the page loads it (a lazy chunk) without the FRED loader.
 */
import * as z from 'zod/mini';
import type { ShillerMonth } from '../domain/backtest/parse';
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
