/**
 * `npm run check-data`: validate every fixture file with the app's own schemas and cross-checks (the same
 * code the app runs at start-up, plus the lazily loaded dated series) and list each problem as
 * `file › path: reason`. Pure: the script reads the files and prints; this module only checks.
 */
import { datedFileName, loadDatedSeries } from './dated';
import { formatLoadError, type LoadError, loadFixtures } from './load';

export interface CheckResult {
  errors: LoadError[];
  /** One line per problem: `file › path: reason`. */
  lines: string[];
  /** How many files were checked. */
  files: number;
}

/**
 * @param files fixture files (`fixtures/*.json`) as raw text keyed by file name
 * @param dated dated series (`fixtures/fred/<id>.json`) as raw text keyed by series id
 */
export function checkFixtures(
  files: Readonly<Record<string, string>>,
  dated: Readonly<Record<string, string>>,
): CheckResult {
  const loaded = loadFixtures(files);
  const errors = [...loaded.errors];
  const sourceIds = new Set(loaded.sources.map((s) => s.id));
  for (const [id, text] of Object.entries(dated).sort(([a], [b]) => a.localeCompare(b))) {
    errors.push(...loadDatedSeries(datedFileName(id), text, sourceIds.size > 0 ? sourceIds : null).errors);
  }
  return {
    errors,
    lines: errors.map(formatLoadError),
    files: Object.keys(files).length + Object.keys(dated).length,
  };
}
