#!/usr/bin/env node
/**
 * Validates every fixture with the app's own schemas and cross-checks, and prints each problem with its
 * file, path and reason (`bonds.json › series[0].observations[2].value: expected number, got string`).
 *
 *   npm run check-data                 (exit code 1 when any problem is found)
 *   node scripts/check-data.mjs DIR    (check another fixtures folder, e.g. a copy under test)
 *
 * The checks are the app's: `src/data/check.ts` runs the start-up loader (`src/data/load.ts`) and the
 * dated-series loader (`src/data/dated.ts`). Vite loads those TypeScript modules, so nothing is duplicated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleServer } from './lib/module-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (dir) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
  );

const DIR = resolve(process.argv[2] ?? join(ROOT, 'fixtures'));
const files = read(DIR);
const dated = Object.fromEntries(
  Object.entries(read(join(DIR, 'fred'))).map(([n, t]) => [n.replace(/\.json$/, ''), t]),
);

const server = await moduleServer(ROOT);
try {
  const { checkFixtures } = await server.ssrLoadModule('/src/data/check.ts');
  const result = checkFixtures(files, dated);
  if (result.lines.length === 0) {
    console.log(`check-data: ${result.files} fixture files, no problems.`);
  } else {
    for (const line of result.lines) console.error(line);
    console.error(`check-data: ${result.lines.length} problem(s) in ${result.files} fixture files.`);
    process.exitCode = 1;
  }
} finally {
  await server.close();
}
