// Walks every plotted mark of every panel that draws fixture figures and checks its kind and its look
// against the fixture row it plots, read here straight from fixtures/*.json (never through app code).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appPanels, browserSuite } from './harness.mjs';

const FIXTURES = join(process.cwd(), 'fixtures');

/** `<dataset>/<series>` → series, for every fixture dataset, and `fred/<id>` → the FRED series. */
function readFixtures() {
  const series = new Map();
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
    const ds = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
    if (!Array.isArray(ds.series)) continue;
    for (const s of ds.series) series.set(`${ds.id}/${s.id}`, s);
  }
  for (const file of readdirSync(join(FIXTURES, 'fred')).filter((f) => f.endsWith('.json'))) {
    const s = JSON.parse(readFileSync(join(FIXTURES, 'fred', file), 'utf8'));
    series.set(`fred/${s.id}`, s);
  }
  return series;
}

// The brief's order, firmest first: an aggregate (or a point between two rows) takes the weakest.
const ORDER = ['reported', 'estimate', 'projection', 'scenario', 'secondary', 'superseded'];
const weakest = (kinds) => kinds.reduce((a, k) => (ORDER.indexOf(k) > ORDER.indexOf(a) ? k : a));
const yearOf = (p) => (typeof p === 'number' ? p : Number(String(p).slice(0, 4)));

/**
 * The kind a mark must have, from the fixture rows it names: `series` lists `<dataset>/<series>` ids (and
 * `scenario` when the reader's inputs drive it); `period` is a row's period, or a year standing for every
 * row of those series in it (a year with no row lies between the rows either side, or past the last row
 * on a scenario's path); a revision is the
 * row's superseded first estimate. A FRED series' annual mean is its kind, an estimate while the year runs.
 */
function expectedKind(fixtures, seriesAttr, period, revision) {
  const kinds = [];
  for (const id of seriesAttr.split(' ')) {
    if (id === 'scenario') {
      kinds.push('scenario');
      continue;
    }
    const s = fixtures.get(id);
    assert.ok(s, `no fixture series ${id}`);
    if (id.startsWith('fred/')) {
      const days = s.observations.filter(([d, v]) => yearOf(d) === Number(period) && v !== null);
      assert.ok(days.length > 0, `${id} has no day in ${period}`);
      const last = s.observations.at(-1)[0];
      const running = yearOf(last) === Number(period) && !last.endsWith('-12-31');
      kinds.push(running ? weakest([s.kind, 'estimate']) : s.kind);
      continue;
    }
    let rows = s.observations.filter((o) => String(o.period) === period);
    if (rows.length === 0 && /^\d{4}$/.test(period)) {
      const y = Number(period);
      rows = s.observations.filter(
        (o) => yearOf(o.period) === y && o.kind !== 'secondary' && o.kind !== 'superseded',
      );
      if (rows.length === 0) {
        const before = s.observations.filter((o) => yearOf(o.period) < y).at(-1);
        const after = s.observations.find((o) => yearOf(o.period) > y);
        // Beyond the last row only the reader's scenario can carry a point.
        const scenario = seriesAttr.split(' ').includes('scenario');
        assert.ok(before && (after || scenario), `${id}: nothing at or around ${period}`);
        rows = after ? [before, after] : [before];
      }
    }
    assert.ok(rows.length > 0, `${id}: no row for ${period}`);
    if (revision) {
      assert.ok(rows[0].revisions?.length > 0, `${id} ${period} has no earlier estimate`);
      kinds.push('superseded');
    } else kinds.push(...rows.map((o) => o.kind));
  }
  return weakest(kinds);
}

const env = browserSuite();

/** Every mark in the panel's charts (legend swatches are not plotted points), as plain data. */
async function marksOf(page, panel) {
  return page.locator(`[data-panel="${panel}"] .recharts-wrapper [data-mark-kind]`).evaluateAll((els) =>
    els.map((e) => ({
      tag: e.tagName.toLowerCase(),
      kind: e.getAttribute('data-mark-kind'),
      series: e.getAttribute('data-mark-series'),
      period: e.getAttribute('data-mark-period'),
      revision: e.hasAttribute('data-mark-revision'),
      fill: e.getAttribute('fill'),
      fillOpacity: e.getAttribute('fill-opacity'),
      stroke: e.getAttribute('stroke'),
      dash: e.getAttribute('stroke-dasharray'),
    })),
  );
}

/** A dash pattern's first dash, 0 for a solid stroke. */
const firstDash = (dash) => (dash && dash !== 'none' ? Number(dash.split(/[ ,]+/)[0]) : 0);
const isGrey = (c) => {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c ?? '');
  return m !== null && m[1] === m[2] && m[2] === m[3];
};

/** Dashed for a projection, dotted for a scenario, solid for reported and estimate figures. */
function checkDash(kind, dash, where) {
  const d = firstDash(dash);
  if (kind === 'reported' || kind === 'estimate') assert.equal(d, 0, `${where}: solid, not ${dash}`);
  if (kind === 'projection') assert.ok(d >= 4, `${where}: dashed, not ${dash}`);
  if (kind === 'scenario') assert.ok(d > 0 && d <= 2, `${where}: dotted, not ${dash}`);
}

test('every plotted mark has the kind of the fixture rows it plots, and looks it', async () => {
  const fixtures = readFixtures();
  // Settled: the credit panel's daily series (loaded lazily) is drawn too.
  const { page, errors } = await env.openPage('');
  let walked = 0;
  let fromFixtures = 0;
  // Every panel of the app. A panel that draws fixture figures names the rows of every mark; one that
  // draws the model's own reading (the pressure history) names none, and is checked for its look only.
  for (const panel of await appPanels(page)) {
    const marks = await marksOf(page, panel);
    const named = marks.filter((m) => m.series);
    if (named.length > 0) {
      assert.equal(named.length, marks.length, `${panel}: every mark names its rows, not ${named.length}`);
      fromFixtures++;
    }
    for (const m of marks) {
      const where = `${panel} ${m.series} ${m.period}${m.revision ? ' (revision)' : ''}`;
      if (m.series) {
        assert.ok(m.period, `${panel}: a ${m.kind} mark names its period`);
        assert.equal(m.kind, expectedKind(fixtures, m.series, m.period, m.revision), where);
      }
      const hollow = m.kind !== 'reported';
      if (m.tag === 'circle' || m.tag === 'polygon') {
        // A point: filled with its colour when reported, else with the background; secondary a diamond.
        assert.equal(m.fill === 'var(--bg)', hollow, `${where}: hollow iff not reported (${m.fill})`);
        assert.equal(m.tag === 'polygon', m.kind === 'secondary', `${where}: diamond iff secondary`);
      } else {
        // A bar or segment: hollow is a pale fill with its colour's outline, dashed or dotted by kind.
        const opacity = Number(m.fillOpacity ?? 1);
        assert.equal(opacity <= 0.25, hollow, `${where}: hollow iff not reported (fill-opacity ${opacity})`);
        checkDash(m.kind, m.dash, where);
      }
      if (m.kind === 'superseded') assert.ok(isGrey(m.stroke), `${where}: grey, not ${m.stroke}`);
      walked++;
    }
  }
  assert.ok(walked >= 80, `walked ${walked} marks`);
  assert.ok(fromFixtures > 0, 'some panel draws fixture rows');
  assert.deepEqual(errors, []);
});

test('an aggregate takes the weakest kind of its inputs: the big four’s 2025 capex and Alphabet’s 2025 bonds are estimates', async () => {
  const { page } = await env.openPage('?panels=capex,spv');
  const big4 = page.locator(
    '[data-panel="capex"] [data-mark-series^="hyperscaler-capex/"][data-mark-period="2025"]',
  );
  assert.equal(await big4.getAttribute('data-mark-kind'), 'estimate');
  assert.equal((await big4.getAttribute('data-mark-series')).split(' ').length, 4);
  const alphabet = page.locator('[data-panel="spv"] [data-mark-series="bonds/alphabet"]');
  assert.equal(await alphabet.getAttribute('data-mark-kind'), 'estimate');
  // The Vantage loans (an estimate) are hollow; xAI's vehicle (secondary, outside the five hyperscalers)
  // is not stacked, and the panel says why.
  const vantage = page.locator('[data-panel="spv"] [data-mark-series="spv/vantage"]');
  assert.equal(await vantage.getAttribute('data-mark-kind'), 'estimate');
  assert.ok(Number(await vantage.getAttribute('fill-opacity')) <= 0.25);
  assert.equal(await page.locator('[data-panel="spv"] [data-mark-series="spv/xai-gpu-spv"]').count(), 0);
  assert.match(
    await page.locator('[data-panel="spv"] [data-spv-excluded="xai-gpu-spv"]').textContent(),
    /outside the five hyperscalers/,
  );
});

test('each line segment of a time chart is dashed or dotted by its kind', async () => {
  const { page } = await env.openPage('');
  let lines = 0;
  for (const panel of await appPanels(page)) {
    const runs = await page
      .locator(`[data-panel="${panel}"] .recharts-wrapper [class*="line-kind-"]`)
      .evaluateAll((els) =>
        els.map((e) => ({
          kind: /line-kind-(\w+)/.exec(e.getAttribute('class'))[1],
          dash: e.querySelector('path.recharts-curve')?.getAttribute('stroke-dasharray') ?? null,
        })),
      );
    for (const r of runs) {
      checkDash(r.kind, r.dash, `${panel} line (${r.kind})`);
      lines++;
    }
  }
  assert.ok(lines >= 5, `checked ${lines} line runs`);
  // Annotation and event labels are drawn after (over) every data line and mark of their chart, so where a
  // line crosses one, the label's halo interrupts the line rather than the line striking the label through.
  const under = await page.evaluate(() => {
    const out = [];
    for (const svg of document.querySelectorAll('[data-panel] svg.recharts-surface')) {
      const marks = [...svg.querySelectorAll('.recharts-line, .recharts-scatter, .recharts-bar')];
      const last = marks[marks.length - 1];
      for (const label of svg.querySelectorAll('text.annotation, text.event-label'))
        if (last && label.compareDocumentPosition(last) & Node.DOCUMENT_POSITION_FOLLOWING)
          out.push(`${svg.closest('[data-panel]').dataset.panel}: "${label.textContent}"`);
    }
    return out;
  });
  assert.deepEqual(under, []);
});
