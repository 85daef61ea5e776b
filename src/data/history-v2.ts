/**
 * The inputs of history v2 (docs/METHOD.md) from the app's own fixtures: the lazily loaded FRED series
 * (`fixtures/fred/<id>.json`, validated by `loadDatedSeries`) and Shiller's monthly data
 * (`fixtures/shiller/ie-data.json`, validated here). Both stay out of the first-load bundle: each file is a
 * lazy chunk requested only when the history is computed. A broken or missing file is reported (file ›
 * path: problem) and leaves its metrics empty; it never stops the rest.
 */
import { type HistoryV2Inputs, type ShillerMonth, V2_SERIES_IDS, type V2SeriesId } from '../domain/backtest';
import { datedFileName, loadDatedSeries } from './dated';
import { type DatedReader, readBundledDated } from './fred-fixtures';
import { type LoadError, problem } from './load';
import { loadShillerFixture, readBundledShiller, SHILLER_FILE, type ShillerReader } from './shiller';

export {
  loadShillerFixture,
  readBundledShiller,
  SHILLER_FILE,
  type ShillerFixture,
  ShillerFixtureSchema,
  type ShillerReader,
} from './shiller';

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
