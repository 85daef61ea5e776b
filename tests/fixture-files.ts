/** Test helper: the real fixture files as raw text keyed by file name, as the app bundles them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(process.cwd(), 'fixtures');

export function realFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(FIXTURE_DIR)) {
    if (name.endsWith('.json')) out[name] = readFileSync(join(FIXTURE_DIR, name), 'utf8');
  }
  return out;
}

export const FRED_FIXTURE_DIR = join(FIXTURE_DIR, 'fred');

/** The dated (FRED) fixtures as raw text keyed by series id, as the app's lazy chunks hold them. */
export function realDatedFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(FRED_FIXTURE_DIR)) {
    if (name.endsWith('.json'))
      out[name.replace(/\.json$/, '')] = readFileSync(join(FRED_FIXTURE_DIR, name), 'utf8');
  }
  return out;
}
