// `npm run update-data` against a local HTTP server that serves recorded FRED responses (issue 20, point
// 12): a good update, a revision of past values, a 404, an HTML error page, a truncated file, a network
// timeout, and ICE's licensed series. Each run works on a copy of the fixtures in a temporary folder.
//
// The recorded responses (tests/scripts/responses/) are FRED's own CSV layout: GDP.csv is the project's
// FRED download of GDP (shared/data/fred-GDP.csv, byte for byte) plus one new quarter (2026-07-01);
// GDP-revised.csv revises 2025-Q4 and 2026-Q1; GDP-truncated.csv is GDP.csv cut inside its last line;
// NCBEILQ027S.csv is the fixture's series back in FRED's millions; error-page.html is an error page served
// with status 200. The ICE series' response is made from the fixture at run time (its last three years,
// as FRED serves ICE's series), so no further copy of licensed data is committed.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const ROOT = process.cwd();
const RESPONSES = join(ROOT, 'tests', 'scripts', 'responses');
const response = (name) => readFileSync(join(RESPONSES, name), 'utf8');

/** What the server answers for each series id, set by each test. */
let routes = {};
let server;
let base;
before(async () => {
  server = createServer((req, res) => {
    const id = new URL(req.url ?? '/', 'http://x').searchParams.get('id') ?? '';
    const r = routes[id];
    if (!r) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    if (r.hang) return; // never answers: the client must time out
    res
      .writeHead(r.status ?? 200, { 'content-type': r.type ?? 'text/csv', ...(r.headers ?? {}) })
      .end(r.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/graph/fredgraph.csv`;
});
after(async () => {
  server.closeAllConnections?.();
  await new Promise((resolve) => server.close(resolve));
});

/** A copy of the fixtures with three FRED series: GDP, a scaled Z.1 level and an ICE (licensed) spread. */
const UPDATED = ['GDP', 'NCBEILQ027S', 'BAMLC0A4CBBB'];
/** A copy of the fixtures with three FRED series, or (`full`) every FRED series and Shiller's file. */
function fixturesCopy({ full = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'update-data-'));
  for (const n of readdirSync(join(ROOT, 'fixtures')))
    if (n.endsWith('.json')) cpSync(join(ROOT, 'fixtures', n), join(dir, n));
  mkdirSync(join(dir, 'fred'));
  const ids = full
    ? readdirSync(join(ROOT, 'fixtures', 'fred')).map((n) => n.replace(/\.json$/, ''))
    : UPDATED;
  for (const id of ids) cpSync(join(ROOT, 'fixtures', 'fred', `${id}.json`), join(dir, 'fred', `${id}.json`));
  if (full) cpSync(join(ROOT, 'fixtures', 'shiller'), join(dir, 'shiller'), { recursive: true });
  return dir;
}

/** SHA-256 of every file in the copy: "nothing changed" means these are all the same. */
function hashes(dir) {
  const out = {};
  for (const sub of ['', 'fred'])
    for (const n of readdirSync(join(dir, sub)))
      if (n.endsWith('.json'))
        out[join(sub, n)] = createHash('sha256')
          .update(readFileSync(join(dir, sub, n)))
          .digest('hex');
  return out;
}
const leftovers = (dir) => readdirSync(join(dir, 'fred')).filter((n) => n.includes('.tmp-'));

function run(script, args) {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => {
      stdout += d;
    });
    p.stderr.on('data', (d) => {
      stderr += d;
    });
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
const update = (dir, extra = []) =>
  run('update-data.mjs', [
    '--fixtures',
    dir,
    '--base-url',
    base,
    '--today',
    '2026-12-12',
    '--timeout-ms',
    '1500',
    ...extra,
  ]);
const fixture = (dir, id) => JSON.parse(readFileSync(join(dir, 'fred', `${id}.json`), 'utf8'));
const GOOD = () => ({
  GDP: { body: response('GDP.csv') },
  NCBEILQ027S: { body: response('NCBEILQ027S.csv') },
});

test('a good update: the new quarter is written, the rest unchanged, ICE skipped, the readings before → after, and the copy checks', async () => {
  // Every series the back-test reads is there (so the readings can be compared); three are updated.
  const dir = fixturesCopy({ full: true });
  routes = GOOD();
  const before = hashes(dir);
  const r = await update(dir, ['--only', UPDATED.join(',')]);
  assert.equal(r.code, 0, r.stderr);
  // What changed, in words: rows, the last date and each series' last value before → after.
  assert.match(
    r.stdout,
    /GDP: 318 → 319 rows, to 2026-04-01 → 2026-07-01; last value 32,563\.03 \(2026-04-01\) → 33,012\.345 \(2026-07-01\)/,
  );
  assert.match(r.stdout, /new: 1 observation\(s\): 2026-07-01 33,012\.345/);
  assert.match(r.stdout, /NCBEILQ027S: unchanged/);
  // And what it does to the readings: method v2's latest quarter, build-up and stress before → after.
  assert.match(
    r.stdout,
    /readings \(method v2, latest quarter \d{4}-Q\d( → \d{4}-Q\d)?\): build-up \d+\.\d( → \d+\.\d| \(unchanged\)), stress (\d+\.\d|–)( → (\d+\.\d|–)| \(unchanged\))/,
  );
  // ICE's terms: the licensed series is not downloaded without --licensed, and the run says so.
  assert.match(r.stdout, /BAMLC0A4CBBB: skipped\. ICE Data Indices, LLC's data/);
  const gdp = fixture(dir, 'GDP');
  assert.deepEqual(gdp.observations.at(-1), ['2026-07-01', 33012.345]);
  assert.equal(gdp.asOf, '2026-07-01');
  // The new quarter's age is read from the download day (FRED sent no Last-Modified).
  assert.deepEqual(
    { date: gdp.vintage.date, basis: gdp.vintage.basis },
    { date: '2026-12-12', basis: 'retrieved' },
  );
  assert.match(gdp.provenance.copiedFrom, /retrieved 2026-12-12 by npm run update-data/);
  const after = hashes(dir);
  assert.notEqual(after['fred/GDP.json'], before['fred/GDP.json']);
  assert.equal(after['fred/NCBEILQ027S.json'], before['fred/NCBEILQ027S.json']);
  assert.equal(after['fred/BAMLC0A4CBBB.json'], before['fred/BAMLC0A4CBBB.json']);
  const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')).sources;
  assert.equal(sources.find((s) => s.id === 'fred-gdp').date, '2026-07-01');
  assert.deepEqual(leftovers(dir), []);
  // The written copy passes the app's checks.
  const check = await run('check-data.mjs', [dir]);
  assert.equal(check.code, 0, check.stderr);
  rmSync(dir, { recursive: true });
});

test('a revision of past values: each revised value is printed before → after and written', async () => {
  const dir = fixturesCopy();
  routes = {
    ...GOOD(),
    GDP: { body: response('GDP-revised.csv'), headers: { 'last-modified': 'Thu, 30 Jul 2026 12:45:00 GMT' } },
  };
  const r = await update(dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stdout,
    /revised: 2 value\(s\):\n\s+2025-10-01: 31,462\.523 → 31,500\.125\n\s+2026-01-01: 31,906\.274 → 31,950\.5/,
  );
  const gdp = fixture(dir, 'GDP');
  assert.deepEqual(
    gdp.observations.find(([d]) => d === '2025-10-01'),
    ['2025-10-01', 31500.125],
  );
  // Same last quarter: its vintage is kept.
  assert.equal(gdp.asOf, '2026-04-01');
  assert.equal(gdp.vintage.basis, 'inferred');
  rmSync(dir, { recursive: true });
});

for (const [label, route, message] of [
  [
    'a 404',
    { status: 404, type: 'text/html', body: '<html><body>Not Found</body></html>' },
    /GDP: .*HTTP 404/,
  ],
  [
    'an HTML error page (status 200)',
    { type: 'text/html', body: response('error-page.html') },
    /GDP: .*an HTML page, not FRED’s CSV/,
  ],
  ['a truncated file', { body: response('GDP-truncated.csv') }, /GDP: .*cut off/],
  ['a network timeout', { hang: true }, /GDP: .*timed out/],
]) {
  test(`${label}: the run fails, says why, and no fixture changes`, async () => {
    const dir = fixturesCopy();
    routes = { ...GOOD(), GDP: route };
    const before = hashes(dir);
    const r = await update(dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, message);
    assert.match(r.stderr, /nothing was written, the fixtures are as they were/);
    // NCBEILQ027S was fine, but nothing is written unless every series is.
    assert.deepEqual(hashes(dir), before);
    assert.deepEqual(leftovers(dir), []);
    rmSync(dir, { recursive: true });
  });
}

test('ICE’s series with --licensed: FRED’s last three years replace those years, the history stays', async () => {
  const dir = fixturesCopy();
  const bbb = fixture(dir, 'BAMLC0A4CBBB');
  const recent = bbb.observations.filter(([d]) => d >= '2023-04-03');
  const body = `observation_date,BAMLC0A4CBBB\n${[...recent, ['2026-04-03', 1.11]].map(([d, v]) => `${d},${v ?? ''}`).join('\n')}\n`;
  routes = { ...GOOD(), BAMLC0A4CBBB: { body } };
  const r = await update(dir, ['--licensed', '--only', 'BAMLC0A4CBBB']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /BAMLC0A4CBBB: 7733 → 7734 rows, to 2026-04-02 → 2026-04-03/);
  const next = fixture(dir, 'BAMLC0A4CBBB');
  assert.deepEqual(next.observations[0], bbb.observations[0]);
  assert.deepEqual(next.observations.at(-1), ['2026-04-03', 1.11]);
  assert.match(next.provenance.note, /rows before 2023-04-03 are the earlier copy's/);
  // The owner's notice stays with the series.
  assert.deepEqual(next.licence, bbb.licence);
  rmSync(dir, { recursive: true });
});

test('check-data fails on a source that links an EDGAR company index or an IR landing page', async () => {
  const dir = fixturesCopy();
  const path = join(dir, 'sources.json');
  const sources = JSON.parse(readFileSync(path, 'utf8'));
  sources.sources.find((s) => s.id === 'amazon-10-k-2024').url =
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001018724&type=10-K';
  sources.sources.find((s) => s.id === 'amazon-2025-10-30').url =
    'https://ir.aboutamazon.com/quarterly-results/default.aspx';
  const { writeFileSync } = await import('node:fs');
  writeFileSync(path, JSON.stringify(sources, null, 2));
  const r = await run('check-data.mjs', [dir]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /source "amazon-10-k-2024" links an EDGAR company index/);
  assert.match(r.stderr, /source "amazon-2025-10-30" links an investor-relations landing page/);
  rmSync(dir, { recursive: true });
});
