/**
 * The worked example's model input: the fixture files (raw text, as `check-data` reads them) loaded by
 * the app's own loaders, the FRED series included, with the default scenario and weights.
 */

import type { DatedMap } from '../domain/dated-figures';
import { isFredSeriesId } from '../domain/ids';
import type { ModelInput } from '../domain/model';
import { defaultWeights } from '../domain/pressure';
import { defaultScenario } from '../domain/scenario';
import type { DatedSeries } from '../domain/types';
import { loadDatedSeries } from './dated';
import { type HistoryV2Load, loadHistoryV2Inputs } from './history-v2';
import { loadFixtures } from './load';

/**
 * @param files `fixtures/*.json` by file name
 * @param fred `fixtures/fred/*.json` by file name (`GDP.json`) or series id
 */
export function workedExampleInput(
  files: Readonly<Record<string, string>>,
  fred: Readonly<Record<string, string>>,
): ModelInput {
  const loaded = loadFixtures(files);
  const dated: Partial<Record<string, DatedSeries>> = {};
  for (const [name, text] of Object.entries(fred)) {
    const id = name.replace(/\.json$/, '');
    if (!isFredSeriesId(id)) continue;
    const r = loadDatedSeries(`fred/${id}.json`, text, null);
    if (r.series) dated[id] = r.series;
  }
  return {
    datasets: loaded.datasets,
    dated: dated as DatedMap,
    thresholds: loaded.thresholds?.thresholds ?? [],
    scenario: defaultScenario(),
    weights: defaultWeights(),
  };
}

/**
 * History v2's inputs for the worked example of method v2: the V2 FRED series from `fred` and Shiller's
 * fixture text, read by the app's own loaders (`loadHistoryV2Inputs`).
 */
export function workedExampleHistoryInputs(
  fred: Readonly<Record<string, string>>,
  shiller: string | undefined,
): Promise<HistoryV2Load> {
  const text = (id: string) => fred[id] ?? fred[`${id}.json`];
  return loadHistoryV2Inputs(
    async (id) => text(id),
    async () => shiller,
  );
}
