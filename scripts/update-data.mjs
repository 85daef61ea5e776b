#!/usr/bin/env node
/**
 * `npm run update-data`: refresh the FRED series the app uses from FRED's public CSV download (no key).
 *
 *   npm run update-data                      every series in fixtures/fred/ except licensed ones
 *   npm run update-data -- --licensed        also ICE's series (for your own internal use; see README)
 *   npm run update-data -- --dry-run         print what would change, write nothing
 *   options: --only GDP,NCBEILQ027S  --base-url URL (env FRED_BASE_URL)  --timeout-ms N (env
 *   FRED_TIMEOUT_MS, default 30000)  --fixtures DIR (default fixtures/)  --today YYYY-MM-DD
 *
 * The list of series is the fixtures' own (`fixtures/fred/*.json`), so a series added by anyone is
 * refreshed too. Each download is checked strictly (FRED's CSV layout, a final line break: a file cut
 * off is refused; an HTML error page is refused), merged into the series (FRED's units scaled to the
 * fixture's), must not lose a date the series has, and must pass the app's own loader
 * (`src/data/fred-update.ts` → `src/data/dated.ts`, the same check an imported FRED file gets in the
 * browser). Only when every series passes are the files written: each to a temporary file first, then
 * renamed over the old one. Any failure, and no fixture changes. It prints what changed: new
 * observations, revised values (before → after) and each series' last value before → after.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serialiseDated } from './lib/fred-json.mjs';
import { moduleServer } from './lib/module-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    licensed: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    only: { type: 'string' },
    'base-url': { type: 'string' },
    'timeout-ms': { type: 'string' },
    fixtures: { type: 'string' },
    today: { type: 'string' },
  },
});
const BASE =
  opts['base-url'] ?? process.env.FRED_BASE_URL ?? 'https://fred.stlouisfed.org/graph/fredgraph.csv';
const TIMEOUT = Number(opts['timeout-ms'] ?? process.env.FRED_TIMEOUT_MS ?? 30_000);
const DIR = resolve(opts.fixtures ?? join(ROOT, 'fixtures'));
const FRED_DIR = join(DIR, 'fred');
const TODAY = opts.today ?? new Date().toISOString().slice(0, 10);
const only = opts.only ? new Set(opts.only.split(',').map((s) => s.trim())) : null;

const fmt = (v) =>
  v === null ? '(missing)' : Number(v).toLocaleString('en-US', { maximumFractionDigits: 6 });
const log = (s = '') => process.stdout.write(`${s}\n`);

/** Fetch FRED's CSV for one series; throws with a plain reason (HTTP status, timeout, network). */
async function download(id) {
  const url = `${BASE}${BASE.includes('?') ? '&' : '?'}id=${encodeURIComponent(id)}`;
  let res;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT), redirect: 'follow' });
  } catch (e) {
    const reason =
      e?.name === 'TimeoutError'
        ? `no answer within ${TIMEOUT} ms (timed out)`
        : String(e?.cause?.message ?? e?.message ?? e);
    throw new Error(`${url}: ${reason}`);
  }
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${res.statusText}`.trim());
  let body;
  try {
    body = await res.text();
  } catch (e) {
    throw new Error(`${url}: the response broke off (${e?.message ?? e})`);
  }
  const modified = res.headers.get('last-modified');
  const published =
    modified && !Number.isNaN(Date.parse(modified)) ? new Date(modified).toISOString().slice(0, 10) : null;
  return { url, body, published, type: res.headers.get('content-type') ?? '' };
}

const server = await moduleServer(ROOT);
let failed = false;

/** The back-test's input files (FRED and Shiller fixtures), with `over` (path → text) in place of some. */
function backtestFiles(over = new Map()) {
  const files = [];
  for (const dir of [FRED_DIR, join(DIR, 'shiller')]) {
    let names = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names)
      if (name.endsWith('.json'))
        files.push({ name, text: over.get(join(dir, name)) ?? readFileSync(join(dir, name), 'utf8') });
  }
  return files;
}

/** One line: method v2's build-up and stress for the latest quarter, before → after the writes. */
async function indexChange(writes) {
  const bt = await server.ssrLoadModule('/src/domain/backtest/index.ts');
  const latest = (files) => {
    const read = bt.readBacktestFiles(files);
    if (read.errors.length > 0 || bt.missingInputs(read.inputs).length > 0) return null;
    return bt.runBacktest(read.inputs).history.quarters.at(-1) ?? null;
  };
  const a = latest(backtestFiles());
  const b = latest(backtestFiles(new Map(writes.map((w) => [w.path, w.text]))));
  if (!a || !b) return 'readings: the back-test inputs are incomplete; no before → after.';
  const one = (v) => (v === null || v === undefined ? '–' : v.toFixed(1));
  const arrow = (x, y) => (one(x) === one(y) ? `${one(x)} (unchanged)` : `${one(x)} → ${one(y)}`);
  const quarter = a.quarter === b.quarter ? a.quarter : `${a.quarter} → ${b.quarter}`;
  return `readings (method v2, latest quarter ${quarter}): build-up ${arrow(a.buildup, b.buildup)}, stress ${arrow(a.stress, b.stress)}`;
}

try {
  const fu = await server.ssrLoadModule('/src/data/fred-update.ts');
  const { loadDatedSeries } = await server.ssrLoadModule('/src/data/dated.ts');
  const sourcesPath = join(DIR, 'sources.json');
  const sourcesText = readFileSync(sourcesPath, 'utf8');
  const sourcesFile = JSON.parse(sourcesText);
  const sourceIds = new Set(sourcesFile.sources.map((s) => s.id));

  const names = readdirSync(FRED_DIR)
    .filter((n) => n.endsWith('.json'))
    .sort();
  const problems = [];
  const writes = [];
  for (const name of names) {
    const id = name.replace(/\.json$/, '');
    if (only && !only.has(id)) continue;
    const file = `fred/${name}`;
    const old = loadDatedSeries(file, readFileSync(join(FRED_DIR, name), 'utf8'), sourceIds);
    if (!old.series) {
      for (const e of old.errors)
        problems.push(`${id}: the fixture itself is invalid: ${e.path ? `${e.path}: ` : ''}${e.message}`);
      continue;
    }
    const s = old.series;
    if (s.licence && !opts.licensed) {
      log(
        `${id}: skipped. ${s.licence.owner}'s data: "${s.licence.notice.split('. ')[1] ?? s.licence.notice}."`,
      );
      log(
        `  The copy in fixtures/ stays as it is. To refresh it for your own internal use, run with --licensed;`,
      );
      log(`  ${s.licence.redistribution}`);
      continue;
    }
    let got;
    try {
      got = await download(id);
    } catch (e) {
      problems.push(`${id}: ${e.message}`);
      continue;
    }
    const parsed = fu.parseFredCsv(got.body, id);
    if (!parsed.ok) {
      problems.push(`${id}: ${got.url}: ${parsed.problem.message}`);
      continue;
    }
    const observations = fu.spliceRows(s.observations, parsed.rows, s.scale ?? 1);
    const lost = fu.updateProblems(s, observations);
    if (lost.length > 0) {
      for (const p of lost) problems.push(`${id}: ${got.url}: ${p.message}`);
      continue;
    }
    const diff = fu.diffRows(s.observations, observations);
    const changed = diff.added.length > 0 || diff.revised.length > 0 || diff.removed.length > 0;
    const asOf = observations[observations.length - 1][0];
    const values = observations.filter(([, v]) => v !== null).length;
    const kept = observations.length - parsed.rows.length;
    const candidate = {
      ...s,
      asOf,
      // A quarterly figure's age is read from when it was published: FRED's Last-Modified, else the day of
      // the download (an upper bound). Unchanged when the newest figure is the same.
      ...(s.frequency !== 'daily' && asOf !== s.asOf
        ? {
            vintage: got.published
              ? {
                  date: got.published,
                  basis: 'release',
                  note: `FRED's Last-Modified date for the download of ${TODAY}.`,
                }
              : {
                  date: TODAY,
                  basis: 'retrieved',
                  note: 'The day of the download: FRED\u2019s CSV does not state when the newest figure was published.',
                },
          }
        : {}),
      provenance: {
        ...s.provenance,
        copiedFrom: `FRED graph CSV download (${BASE}?id=${id}), retrieved ${TODAY} by npm run update-data`,
        inputFile: `fredgraph.csv?id=${id}`,
        sha256: createHash('sha256').update(got.body).digest('hex'),
        checks:
          "npm run update-data: FRED's CSV layout, no date lost, the app's own loader (src/data/fred-update.ts, src/data/dated.ts)",
        note: `${s.provenance.note.replace(/\s*\d+ rows: \d+ values, \d+ missing\.\s*$/, '')}${kept > 0 ? ` The ${kept} rows before ${parsed.rows[0][0]} are the earlier copy's (the download starts there).` : ''} ${observations.length} rows: ${values} values, ${observations.length - values} missing.`,
      },
      observations,
    };
    const checked = fu.checkCandidate(candidate, sourceIds);
    if (!checked.series) {
      for (const p of checked.problems) problems.push(`${id}: ${p.message}`);
      continue;
    }
    const before = fu.lastValue(s.observations);
    const after = fu.lastValue(observations);
    if (!changed) {
      log(
        `${id}: unchanged (${s.observations.length} rows to ${s.asOf}, last value ${fmt(before?.[1] ?? null)}).`,
      );
      continue;
    }
    const arrow = (a, b) => (a === b ? `${a}` : `${a} → ${b}`);
    log(
      `${id}: ${arrow(s.observations.length, observations.length)} rows, to ${arrow(s.asOf, asOf)}; last value ${fmt(before?.[1] ?? null)} (${before?.[0]}) → ${fmt(after?.[1] ?? null)} (${after?.[0]})`,
    );
    if (diff.added.length > 0)
      log(
        `  new: ${diff.added.length} observation(s): ${diff.added
          .slice(-5)
          .map(([d, v]) => `${d} ${fmt(v)}`)
          .join(', ')}${diff.added.length > 5 ? ` (the last 5 of ${diff.added.length})` : ''}`,
      );
    if (diff.revised.length > 0) {
      log(`  revised: ${diff.revised.length} value(s):`);
      for (const [d, a, b] of diff.revised.slice(0, 10)) log(`    ${d}: ${fmt(a)} → ${fmt(b)}`);
      if (diff.revised.length > 10) log(`    … and ${diff.revised.length - 10} more`);
    }
    writes.push({ path: join(FRED_DIR, name), text: serialiseDated(checked.series), id, asOf });
  }

  if (problems.length > 0) {
    failed = true;
    for (const p of problems) process.stderr.write(`${p}\n`);
    process.stderr.write(
      `update-data: ${problems.length} problem(s); nothing was written, the fixtures are as they were.\n`,
    );
  } else if (writes.length === 0) {
    log('update-data: nothing to write.');
  } else {
    // What the update does to the readings: method v2's latest quarter, before → after (the back-test
    // engine of `npm run backtest`, on the fixtures as they are and as they would be).
    log(await indexChange(writes));
  }
  if (problems.length > 0 || writes.length === 0) {
    // Nothing to write: said above.
  } else if (opts['dry-run']) {
    log(`update-data: ${writes.length} series would change (dry run: nothing written).`);
  } else {
    // Each FRED source is dated by its copy's last observation.
    const byId = new Map(writes.map((w) => [`fred-${w.id.toLowerCase()}`, w.asOf]));
    const sources = {
      ...sourcesFile,
      sources: sourcesFile.sources.map((s) => (byId.has(s.id) ? { ...s, date: byId.get(s.id) } : s)),
    };
    const all = [...writes, { path: sourcesPath, text: `${JSON.stringify(sources, null, 2)}\n` }];
    // Atomic as far as a file system allows: every file is written beside its target first, and only
    // when all are written are they renamed over the old ones.
    const tmp = (p) => join(dirname(p), `.${p.slice(dirname(p).length + 1)}.tmp-${process.pid}`);
    try {
      for (const w of all) writeFileSync(tmp(w.path), w.text);
    } catch (e) {
      for (const w of all) rmSync(tmp(w.path), { force: true });
      throw new Error(`could not write the new files (${e.message}); nothing was changed`);
    }
    for (const w of all) renameSync(tmp(w.path), w.path);
    log(
      `update-data: ${writes.length} series updated (${writes.map((w) => w.id).join(', ')}); run npm run check-data and npm test.`,
    );
  }
} catch (e) {
  failed = true;
  process.stderr.write(`update-data: ${e.message}\n`);
} finally {
  await server.close();
}
process.exitCode = failed ? 1 : 0;
