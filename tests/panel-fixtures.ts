/**
 * The real fixtures for the panels' preparation tests (src/panels/<panel>/prepare.test.ts): the loaded
 * datasets the functions under test read, and each fixture's series straight from its JSON (read
 * separately from disk, independent of the loader), from which the tests work out their expected numbers.
 */
import { loadFixtures } from '../src/data/load';
import type { Scenario } from '../src/domain/scenario';
import type { DatasetMap } from '../src/domain/series';
import { realFiles } from './fixture-files';

export interface RawObs {
  period: number | string;
  value: number;
  kind: string;
  low?: number;
  high?: number;
  revisions?: Array<{ value: number }>;
  sourceId?: string;
}
export interface RawSeries {
  id: string;
  entity?: string;
  label: string;
  observations: RawObs[];
}
/** A fixture's series, straight from its JSON (independent of the loader). */
export const raw = (file: string): RawSeries[] =>
  JSON.parse(realFiles()[file] ?? 'null').series as RawSeries[];
export const rawSeries = (file: string, id: string): RawSeries => {
  const s = raw(file).find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id} in ${file}`);
  return s;
};

export const loaded = loadFixtures(realFiles());
export const D: DatasetMap = loaded.datasets;
export const EMPTY: DatasetMap = {};

export const SCENARIO: Scenario = { life: 4, growth: 22, debt: 25, drawdown: 0, inference: 2029, gdp: 5 };
export const with_ = (patch: Partial<Scenario>): Scenario => ({ ...SCENARIO, ...patch });

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The 2025 capex estimate, from the JSON. */
export const CAPEX_2025 = rawSeries('capex.json', 'article-path').observations.find((o) => o.period === 2025)
  ?.value as number;
