#!/usr/bin/env node
/**
 * Regenerates the README's worked examples from the model (`src/domain/worked-example.ts`, method v1's
 * composite; `src/domain/worked-example-v2.ts`, method v2's two readings) and the fixtures, between their
 * markers in README.md. `npm run worked-example -- --check` only compares (exit 1
 * when they differ); `src/domain/worked-example.test.ts` makes the same comparison in `npm test`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
const check = process.argv.includes('--check');

const server = await moduleServer(ROOT);
try {
  const { workedExampleInput } = await server.ssrLoadModule('/src/data/worked-example-input.ts');
  const { workedExampleMarkdown, replaceWorkedExample } = await server.ssrLoadModule(
    '/src/domain/worked-example.ts',
  );
  const { workedExampleHistoryInputs } = await server.ssrLoadModule('/src/data/worked-example-input.ts');
  const { workedExampleV2Markdown, replaceWorkedExampleV2 } = await server.ssrLoadModule(
    '/src/domain/worked-example-v2.ts',
  );
  const { computeHistoryV2 } = await server.ssrLoadModule('/src/domain/backtest/history.ts');
  const { readGauge, defaultGaugeWeights } = await server.ssrLoadModule('/src/domain/gauge-v2.ts');
  const { readYear } = await server.ssrLoadModule('/src/domain/model.ts');
  const fred = read(join(ROOT, 'fixtures', 'fred'));
  const input = workedExampleInput(read(join(ROOT, 'fixtures')), fred);
  const readmePath = join(ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  // Method v2: the dashboard's two readings for 2026 (history v2 from the same fixtures).
  const loaded = await workedExampleHistoryInputs(
    fred,
    readFileSync(join(ROOT, 'fixtures', 'shiller', 'ie-data.json'), 'utf8'),
  );
  const history = computeHistoryV2(loaded.inputs);
  const g = readGauge(readYear(input, 2026), history, defaultGaugeWeights());
  const v1 = replaceWorkedExample(readme, workedExampleMarkdown(input, 2026));
  const next = v1 === null ? null : replaceWorkedExampleV2(v1, workedExampleV2Markdown(g, history));
  if (next === null) {
    console.error('worked-example: the README markers (v1 or v2) are missing');
    process.exitCode = 1;
  } else if (next === readme) {
    console.log('worked-example: README is up to date.');
  } else if (check) {
    console.error('worked-example: README differs from the model; run `npm run worked-example`.');
    process.exitCode = 1;
  } else {
    writeFileSync(readmePath, next);
    console.log('worked-example: README updated.');
  }
} finally {
  await server.close();
}
