/** Test helper: the inputs of history v2 read from the committed fixtures, as the app bundles them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HistoryV2Inputs, readBacktestFiles, V2_SERIES_IDS } from '../src/domain/backtest';
import { FIXTURE_DIR, FRED_FIXTURE_DIR } from './fixture-files';

export const SHILLER_FIXTURE = join(FIXTURE_DIR, 'shiller', 'ie-data.json');

/** The raw fixture texts v2 reads: `<ID>.json` for each FRED series and Shiller's `ie-data.json`. */
export function historyV2FixtureFiles(): Array<{ name: string; text: string }> {
  return [
    ...V2_SERIES_IDS.map((id) => ({
      name: `${id}.json`,
      text: readFileSync(join(FRED_FIXTURE_DIR, `${id}.json`), 'utf8'),
    })),
    { name: 'ie-data.json', text: readFileSync(SHILLER_FIXTURE, 'utf8') },
  ];
}

let cached: HistoryV2Inputs | null = null;

/** The inputs from the fixtures (read once per test file). */
export function historyV2FixtureInputs(): HistoryV2Inputs {
  if (cached) return cached;
  const r = readBacktestFiles(historyV2FixtureFiles());
  if (r.errors.length > 0) throw new Error(r.errors.join('; '));
  cached = r.inputs;
  return cached;
}
