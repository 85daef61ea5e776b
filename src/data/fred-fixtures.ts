/**
 * The FRED series fixtures (`fixtures/fred/*.json`), each a separate lazy chunk: they are large
 * (thousands of daily rows) and must stay out of the first-paint bundle. Only these small loader
 * functions are in it; a panel asks the store for the series it needs (`loadDated`).
 */
import type { FredSeriesId } from '../domain/ids';

const lazy = import.meta.glob<string>('../../fixtures/fred/*.json', { query: '?raw', import: 'default' });

const byId = new Map<string, () => Promise<string>>(
  Object.entries(lazy).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), load]),
);

/** Reads one dated fixture's raw text; `undefined` when no such file is bundled. */
export type DatedReader = (id: FredSeriesId) => Promise<string | undefined>;

export const readBundledDated: DatedReader = async (id) => {
  const load = byId.get(id);
  return load ? load() : undefined;
};
