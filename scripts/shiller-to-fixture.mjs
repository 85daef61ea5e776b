#!/usr/bin/env node
/**
 * Converts Shiller's monthly data (`shared/data/shiller-ie-data-monthly.csv`) into the app's compact
 * fixture `fixtures/shiller/ie-data.json` (the columns method v2 reads: month, price, earnings, CPI, and
 * Shiller's own CAPE for cross-checks) and upserts its source in `fixtures/sources.json`.
 *
 *   node scripts/shiller-to-fixture.mjs [path/to/shared/data]     (default: ../shared/data)
 *
 * The input is checked against the SHA-256 in shared/data/README.md before it is read. It is parsed by the
 * app's own reader (`src/domain/backtest/parse.ts`, loaded through Vite), so the fixture, the app and
 * `npm run backtest` read Shiller's layout the same way. Values are not edited: a missing value stays null.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleServer } from './lib/module-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INPUT = resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'data'));
const FILE = 'shiller-ie-data-monthly.csv';
const SHA256 = 'ce8f0f2c6a39e8d3e9cd01b50d233fc11dc0963b17bd318acf691951f0ac20f9';
const OUT = join(ROOT, 'fixtures', 'shiller', 'ie-data.json');
const SOURCES = join(ROOT, 'fixtures', 'sources.json');
const URL = 'http://www.econ.yale.edu/~shiller/data.htm';
const COPIED_FROM =
  'GitHub isaiahnick/Market_Regime @ 2ac6cef119a3011f643ea0068dbce0fabb434b09 (2025-11-20), data/shiller_data.csv (the owner’s CSV export of Shiller’s September 2025 ie_data.xls)';

const buf = readFileSync(join(INPUT, FILE));
const sha = createHash('sha256').update(buf).digest('hex');
if (sha !== SHA256) throw new Error(`${FILE}: SHA-256 ${sha} is not the one in shared/data/README.md`);

const server = await moduleServer(ROOT);
try {
  const { parseShillerCsv } = await server.ssrLoadModule('/src/domain/backtest/parse.ts');
  const parsed = parseShillerCsv(FILE, buf.toString('utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const rows = parsed.rows;
  const last = rows[rows.length - 1];
  const fixture = {
    id: 'shiller-ie-data',
    title:
      'U.S. stock market data (Irrational Exuberance), monthly: S&P composite price, earnings, CPI and CAPE',
    sourceId: 'shiller-ie-data',
    asOf: last.month,
    provenance: {
      publisher: 'Robert J. Shiller, Yale University',
      url: URL,
      originalSource: 'Robert J. Shiller, Yale University (not a FRED series)',
      copiedFrom: COPIED_FROM,
      inputFile: FILE,
      sha256: sha,
      checks: 'shared/data/README.md (project data notes: copy, checks)',
      note: `Columns kept: month, price (S&P composite, monthly average of daily closes, nominal), earnings (12-month earnings per share, nominal; recent months are Shiller's estimates and empty from 2025-07), cpi, cape (Shiller's own CAPE, kept for checks; method v2 recomputes it with earnings lagged 6 months). The row labelled 2025-08 twice is read by its decimal date as ${last.month} (Shiller's preliminary row: the price is the 2 September close). ${rows.length} months, ${rows[0].month} … ${last.month}.`,
    },
    terms:
      'Robert J. Shiller publishes these data freely for download on his Yale web page; they are not licensed data. Cite as: Robert J. Shiller, "Irrational Exuberance" online data (ie_data.xls).',
    columns: ['month', 'price', 'earnings', 'cpi', 'cape'],
    rows: rows.map((r) => [r.month, r.price, r.earnings, r.cpi, r.cape]),
  };
  const { rows: data, ...meta } = fixture;
  const head = JSON.stringify(meta, null, 2).replace(/\n}$/, '');
  const body = data.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${head},\n  "rows": [\n${body}\n  ]\n}\n`);

  const sourcesFile = JSON.parse(readFileSync(SOURCES, 'utf8'));
  const source = {
    id: 'shiller-ie-data',
    publisher: 'Robert J. Shiller, Yale University',
    title: 'U.S. Stock Markets 1871–Present and CAPE Ratio (Irrational Exuberance data, ie_data.xls)',
    date: last.month,
    url: URL,
    note: `Monthly S&P composite price, earnings, CPI and CAPE, freely published by Shiller. Copy: ${COPIED_FROM} (checked as described in shared/data/README.md). Date: the copy's last month.`,
  };
  const i = sourcesFile.sources.findIndex((s) => s.id === source.id);
  if (i >= 0) sourcesFile.sources[i] = source;
  else sourcesFile.sources.push(source);
  writeFileSync(SOURCES, `${JSON.stringify(sourcesFile, null, 2)}\n`);
  console.log(`shiller-ie-data: ${rows.length} months, ${rows[0].month} … ${last.month}`);
} finally {
  await server.close();
}
