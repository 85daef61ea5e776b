#!/usr/bin/env node
/**
 * Method v2's back-test from files (docs/METHOD.md):
 *
 *   npm run backtest -- [--data <folder>] [--json]
 *
 * Reads the files in <folder> as they come: FRED CSVs in both header layouts (`observation_date,<ID>` with
 * blanks, `DATE,<ID>` with `.`), files re-saved as `date,value` (the series is known by the file name,
 * `<ID>.csv` or `fred-<ID>.csv`), Shiller's monthly `ie_data` CSV, or the project's fixture JSON. Files it
 * does not need are ignored. Default: the project's own copies (`fixtures/fred/`, `fixtures/shiller/`).
 * Prints the quarterly table and the scorecard; with --json, exactly one JSON object on stdout.
 * A missing folder, file or series, or a file that cannot be read: one line on stderr, exit code 1.
 *
 * The computation is the app's own (`src/domain/backtest/`), loaded through Vite like check-data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleServer } from './lib/module-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  process.stderr.write(`backtest: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
let folder = null;
let json = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--json') json = true;
  else if (a === '--data') {
    folder = args[++i];
    if (!folder) fail('--data needs a folder');
  } else if (a.startsWith('--data=')) folder = a.slice('--data='.length);
  else if (a === '--help' || a === '-h') {
    process.stdout.write('usage: npm run backtest -- [--data <folder>] [--json]\n');
    process.exit(0);
  } else fail(`unknown argument ${a} (usage: npm run backtest -- [--data <folder>] [--json])`);
}

const folders = folder
  ? [resolve(process.cwd(), folder)]
  : [join(ROOT, 'fixtures', 'fred'), join(ROOT, 'fixtures', 'shiller')];
const files = [];
for (const dir of folders) {
  let names;
  try {
    if (!statSync(dir).isDirectory()) fail(`${dir} is not a folder`);
    names = readdirSync(dir);
  } catch {
    fail(`no such folder: ${dir}`);
  }
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    files.push({ name, text: readFileSync(path, 'utf8') });
  }
}

const server = await moduleServer(ROOT);
let output = '';
let error = null;
try {
  const bt = await server.ssrLoadModule('/src/domain/backtest/index.ts');
  const report = await server.ssrLoadModule('/src/domain/backtest/report.ts');
  const read = bt.readBacktestFiles(files);
  const where = folder ?? 'the project fixtures';
  const missing = bt.missingInputs(read.inputs);
  if (read.errors.length > 0) error = `cannot read ${read.errors.join('; ')}`;
  else if (missing.length > 0) {
    const named = missing.map((id) =>
      id === 'shiller' ? "shiller (Shiller's ie_data CSV)" : `${id} (${id}.csv or fred-${id}.csv)`,
    );
    error = `missing in ${where}: ${named.join(', ')}`;
  } else {
    const result = bt.runBacktest(read.inputs);
    output = json
      ? `${JSON.stringify(report.backtestJson(result, read.from))}\n`
      : `${report.formatReport(result)}\n`;
  }
} finally {
  await server.close();
}
if (error) fail(error);
process.stdout.write(output);
