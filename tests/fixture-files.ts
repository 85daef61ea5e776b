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
