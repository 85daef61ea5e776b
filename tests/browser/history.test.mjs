import assert from 'node:assert/strict';
import { test } from 'node:test';
import Papa from 'papaparse';
import { browserSuite, downloadBytes, settled, slotCentre } from './harness.mjs';

const env = browserSuite();

const READY = '[data-panel="history"] [data-history-status="ready"]';

/**
 * Hover the history chart at a decimal-year position, from its axis domain, and wait for the readout
 * to show `quarter` (the page has settled: nothing above the chart still changes height).
 */
async function hoverAt(page, year, quarter) {
  const overlay = page.locator('[data-panel="history"] [data-plot-overlay]');
  await overlay.scrollIntoViewIfNeeded();
  await settled(page);
  const box = await overlay.boundingBox();
  // The plot overlay spans the chart's year domain exactly (`data-x-domain`, e.g. 1923-2027).
  const [from, to] = (
    await page.locator('[data-panel="history"] [data-x-domain]').getAttribute('data-x-domain')
  )
    .split('-')
    .map(Number);
  await page.mouse.move(box.x + ((year - from) * box.width) / (to - from), box.y + box.height / 2);
  await page.waitForFunction(
    (q) => document.querySelector('[data-history-readout]')?.getAttribute('data-quarter') === q,
    quarter,
  );
}

/** Every text box drawn in the history chart, and the chart's own box. */
function textBoxes(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('[data-panel="history"] [data-history-svg]');
    const r = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll('text')].map((t) => {
      const b = t.getBoundingClientRect();
      return { text: t.textContent, left: b.left, right: b.right, top: b.top, bottom: b.bottom };
    });
    return { svg: { left: r.left, right: r.right, top: r.top, bottom: r.bottom }, boxes };
  });
}

test('hovering 2000 reads both indices of 2000-Q1, linked to the other time charts', async () => {
  const { page, errors } = await env.openPage('');
  await page.waitForSelector(READY);
  await hoverAt(page, 2000.125, '2000-Q1');
  const readout = page.locator('[data-panel="history"] [data-history-readout]');
  // The README's readings table (recomputed from the fixtures by readme-scorecard.test.ts): 71.6 and 0.0.
  assert.equal(await readout.getAttribute('data-buildup'), '71.6');
  assert.equal(await readout.getAttribute('data-stress'), '0.0');
  assert.match(await readout.textContent(), /2000-Q1 · Build-up: 71\.6 high/);
  assert.equal(await page.locator('[data-panel="history"]').getAttribute('data-hover-year'), '2000');
  // The shared crosshair: every time-series panel carries the hovered year.
  assert.equal(await page.locator('[data-panel="capex"]').getAttribute('data-hover-year'), '2000');
  // 2008-Q4: the stress index at its bust reading.
  await hoverAt(page, 2008.875, '2008-Q4');
  assert.equal(await readout.getAttribute('data-stress'), '96.8');
  assert.match(await readout.textContent(), /NBER recession/);
  assert.deepEqual(errors, []);
});

test('the panel runs from 1923 to today with every NBER recession, the busts and percentiles', async () => {
  const { page, errors } = await env.openPage('?panels=history');
  await page.waitForSelector(READY);
  const panel = page.locator('[data-panel="history"]');
  assert.equal(await panel.locator('[data-x-domain]').getAttribute('data-x-domain'), '1923-2027');
  // Recessions to the month from USREC, the 2020 one among them (two months: Mar–Apr 2020).
  const recessions = await panel
    .locator('[data-recession]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-recession')));
  assert.ok(recessions.includes('2020-03/2020-04'), recessions.join(' '));
  assert.ok(recessions.includes('1929-09/1933-03'), recessions.join(' '));
  assert.ok(recessions.length >= 16, `${recessions.length} recessions since 1923`);
  // Bust episodes marked, each labelled.
  const busts = await panel.locator('[data-bust-label]').allTextContents();
  for (const y of ['1929', '1972', '2000', '2007'])
    assert.ok(
      busts.some((b) => b.startsWith(y)),
      `${y} in ${busts}`,
    );
  // Today as a percentile of its own history (the README's "Today" paragraph: 90th of 1923–2026).
  const latest = panel.locator('[data-history-latest="buildup"]');
  assert.equal(await latest.getAttribute('data-percentile'), '90');
  assert.match(await latest.textContent(), /latest 61\.6 · high \(2026-Q2\) · 90th percentile of 1923–2026/);
  assert.doesNotMatch(await panel.textContent(), /between the 2007 and 2000/);
  // Moody's and ICE's notices.
  assert.match(await panel.locator('[data-licence="moodys"]').textContent(), /MOODY’S PRIOR WRITTEN CONSENT/);
  assert.match(await panel.locator('[data-licence="ice"]').textContent(), /ICE Data Indices, LLC/);
  // Keyboard: Home goes to the first quarter, → steps one quarter.
  await panel.locator('[role="slider"]').focus();
  await page.keyboard.press('Home');
  const first = await panel.locator('[data-history-readout]').getAttribute('data-quarter');
  await page.keyboard.press('ArrowRight');
  const second = await panel.locator('[data-history-readout]').getAttribute('data-quarter');
  assert.match(first, /^192\d-Q\d$/);
  assert.notEqual(second, first);
  assert.deepEqual(errors, []);
});

test('no two labels of the history chart overlap, and none leaves the chart, from 390 to 1920 px', async () => {
  for (const [width, height] of [
    [390, 844],
    [1024, 768],
    [1440, 900],
    [1920, 1080],
  ]) {
    for (const query of ['?panels=history', '?panels=history&range=1995-2012&lang=zh-TW']) {
      const { page, errors } = await env.openPage(query, { viewport: { width, height } });
      await page.waitForSelector(READY);
      await settled(page);
      const { svg, boxes } = await textBoxes(page);
      const where = `${width}px ${query}`;
      assert.ok(boxes.length > 5, `${where}: ${boxes.length} labels`);
      for (const b of boxes) {
        assert.ok(b.left >= svg.left - 0.5 && b.right <= svg.right + 0.5, `${where}: "${b.text}" inside`);
        assert.ok(b.top >= svg.top - 0.5 && b.bottom <= svg.bottom + 0.5, `${where}: "${b.text}" inside`);
      }
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const overlap =
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5;
          assert.ok(!overlap, `${where}: "${a.text}" overlaps "${b.text}"`);
        }
      // The wide scorecard scrolls inside its own box, never the page.
      const pageWide = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth + 1,
      );
      assert.equal(pageWide, false, `${where}: the page does not scroll sideways`);
      assert.deepEqual(errors, []);
      await page.close();
    }
  }
});

test('"How well does this warn?" shows the scorecard, says the build-up does not beat CAPE, in both languages', async () => {
  const { page, errors } = await env.openPage('?panels=history');
  await page.waitForSelector(READY);
  const sc = page.locator('[data-panel="history"] [data-scorecard]');
  // The README's table (recomputed from the fixtures by readme-scorecard.test.ts).
  const row = sc.locator('[data-scorecard-summary] tr[data-index="buildup"][data-event="bust"]');
  assert.equal(await row.getAttribute('data-auroc'), '0.68');
  assert.equal(await row.getAttribute('data-best'), '0.79');
  assert.equal(await row.getAttribute('data-beats'), 'false');
  assert.match(await row.textContent(), /0\.58 \(without 1929\).*2 of 4.*0\.79 \(CAPE\)no/);
  assert.match(
    await sc.locator('[data-findings="fails"]').textContent(),
    /Build-up does not beat its best single input on busts: CAPE alone scores 0\.79 out of sample, the index 0\.68\./,
  );
  assert.match(await sc.locator('[data-findings="small"]').textContent(), /There are 4 bust episodes/);
  // The inputs' own scores beside the index.
  const cape = sc.locator('[data-scorecard-inputs="bust"] tr[data-input="cape"]');
  assert.equal(await cape.getAttribute('data-auroc'), '0.79');
  const zh = await env.openPage('?panels=history&lang=zh-TW');
  await zh.page.waitForSelector(READY);
  const zsc = zh.page.locator('[data-panel="history"] [data-scorecard]');
  assert.match(await zsc.textContent(), /預警效果如何/);
  assert.match(
    await zsc.locator('[data-findings="fails"]').textContent(),
    /泡沫累積在泡沫破裂上未勝過其最佳單一指標/,
  );
  assert.match(
    await zh.page.locator('[data-history-latest="buildup"]').textContent(),
    /1923–2026 年的第 90 百分位/,
  );
  assert.deepEqual([...errors, ...zh.errors], []);
});

test('range= before 1997 opens; the history follows it; its CSV carries the v2 quarters shown', async () => {
  const { page, errors } = await env.openPage('?range=1929-1933&panels=history,capex', {
    acceptDownloads: true,
  });
  await page.waitForSelector(READY);
  assert.equal(await page.locator('[data-notice="url"]').count(), 0);
  const panel = page.locator('[data-panel="history"]');
  assert.equal(await panel.locator('[data-x-domain]').getAttribute('data-x-domain'), '1929-1934');
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    panel.locator('[data-action="download-csv"]').click(),
  ]);
  const text = (await downloadBytes(dl)).toString('utf8').slice(1);
  const [cols, ...rows] = Papa.parse(text.trimEnd(), { delimiter: ',', newline: '\r\n' }).data;
  const period = cols.indexOf('period');
  const series = cols.indexOf('series');
  const value = cols.indexOf('value');
  const buildup = rows.filter((r) => r[series] === 'Market-wide build-up (history v2)');
  assert.equal(buildup.length, 20, 'five years of quarters');
  assert.equal(buildup[0][period], '1929-Q1');
  assert.equal(buildup.at(-1)[period], '1933-Q4');
  // The README's readings table: 1929-Q2 reads 81.1; one decimal, as drawn.
  assert.equal(buildup.find((r) => r[period] === '1929-Q2')[value], '81.1');
  assert.ok(
    rows.every((r) => /^-?\d+(\.\d)?$/.test(r[value])),
    'one decimal at most',
  );
  const bad = await env.openPage('?range=1922-2030');
  assert.equal(await bad.page.locator('[data-notice="url"] [data-param="range"]').count(), 1);
  assert.deepEqual(errors, []);
});

test('Enlarge gives the history plot at least 60% of the window height', async () => {
  const { page, errors } = await env.openPage('?panels=history,capex&focus=history', {
    viewport: { width: 1280, height: 800 },
  });
  await page.waitForSelector(READY);
  await settled(page);
  const box = await page.locator('[data-panel="history"] [data-plot-overlay]').boundingBox();
  assert.ok(box.height >= 0.6 * 800, `plot ${box.height}px of 800`);
  assert.deepEqual(errors, []);
});

test('the history shares the time charts’ crosshair and drag: it reads 2025-Q4, shows their year, and a drag sets range=', async () => {
  const { page, errors } = await env.openPage('?panels=history,capex');
  await page.waitForSelector(READY);
  const history = page.locator('[data-panel="history"]');
  // Hovering a quarter: the history's crosshair reads the quarter, capex's its year.
  await hoverAt(page, 2025.875, '2025-Q4');
  // biome-ignore lint/performance/useDomNodeTextContent: only the visible text counts
  assert.equal((await history.locator('.crosshair').innerText()).trim(), '2025-Q4');
  assert.equal(await page.locator('[data-panel="capex"]').getAttribute('data-hover-year'), '2025');
  // biome-ignore lint/performance/useDomNodeTextContent: only the visible text counts
  assert.equal((await page.locator('[data-panel="capex"] .crosshair').innerText()).trim(), '2025');
  // Hovering capex: the history shows that year in the middle of its four quarters.
  await page.locator('[data-panel="capex"] [data-plot-overlay]').scrollIntoViewIfNeeded();
  const capex = await page.locator('[data-panel="capex"] [data-plot-overlay]').boundingBox();
  await page.mouse.move(await slotCentre(page, 'capex', 2026), capex.y + capex.height / 2);
  await page.waitForFunction(
    () => document.querySelector('[data-panel="history"] .crosshair-label')?.textContent === '2026',
  );
  assert.equal(
    await history.locator('.crosshair').evaluate((e) => getComputedStyle(e).visibility),
    'visible',
  );
  // A drag across the history from 1995-Q3 to 2012-Q1 zooms every chart to 1995–2012.
  const overlay = history.locator('[data-plot-overlay]');
  await overlay.scrollIntoViewIfNeeded();
  await settled(page);
  const box = await overlay.boundingBox();
  const [from, to] = (await history.locator('[data-x-domain]').getAttribute('data-x-domain'))
    .split('-')
    .map(Number);
  const at = (year) => box.x + ((year - from) * box.width) / (to - from);
  const y = box.y + box.height / 2;
  await page.mouse.move(at(1995.6), y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(at(1995.6 + (i * (2012.1 - 1995.6)) / 8), y);
  // While dragging, the shading covers the years the range will show: 1 January 1995 to 1 January 2013.
  const area = await history.locator('.drag-area').boundingBox();
  assert.ok(Math.abs(area.x - at(1995)) <= 1.5, `drag shading starts at ${area.x}, 1995 at ${at(1995)}`);
  assert.ok(Math.abs(area.x + area.width - at(2013)) <= 1.5, 'drag shading ends at 1 January 2013');
  await page.mouse.up();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('range') === '1995-2012');
  await page.waitForFunction(
    () =>
      document.querySelector('[data-panel="history"] [data-x-domain]')?.getAttribute('data-x-domain') ===
      '1995-2013',
  );
  assert.deepEqual(errors, []);
});
