// Exports: each panel's CSV / SVG / PNG, the gauge's, the all-data ZIP, print and the present-mode PDF.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { setupBrowser } from './harness.mjs';

let env;
before(async () => {
  env = await setupBrowser();
});
after(async () => {
  await env.close();
});

/** Click a download button and return the file's name and bytes. */
async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: await readFile(path) };
}

/** RFC 4180: quoted cells may hold commas, quotes ("") and line ends. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

function csvRows(bytes) {
  const text = bytes.toString('utf8');
  assert.ok(text.startsWith('\uFEFF'), 'CSV starts with a UTF-8 BOM');
  assert.ok(text.endsWith('\r\n'), 'CRLF row ends');
  const [cols, ...rows] = parseCsv(text.slice(1));
  return { cols, rows };
}

function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('a panel CSV holds exactly the figures plotted in the view (range and scenario)', async () => {
  const { page, errors } = await env.openPage('?range=2024-2027&s.growth=50', { acceptDownloads: true });
  const { name, bytes } = await download(page, '[data-panel="capex"] [data-action="download-csv"]');
  assert.match(name, /^bubble-pressure-capex-\d{4}-\d{2}-\d{2}\.csv$/);
  const { cols, rows } = csvRows(bytes);
  assert.deepEqual(cols, [
    'period',
    'series',
    'value',
    'low',
    'high',
    'unit',
    'kind',
    'source_publisher',
    'source_url',
  ]);
  const years = rows.map((r) => Number(r[0]));
  assert.ok(years.length > 5, 'several figures');
  assert.ok(
    years.every((y) => y >= 2024 && y <= 2027),
    `only the years in view: ${[...new Set(years)]}`,
  );
  // The scenario path at 50%/yr from 2025's $405B: 607.5 in 2026, as drawn.
  const path2026 = rows.find((r) => r[0] === '2026' && r[6] === 'scenario');
  assert.equal(path2026?.[2], '607.5');
  assert.equal(path2026?.[5], 'usd-bn');
  // The article's 2025 estimate cites its publisher and link.
  const estimate = rows.find((r) => r[0] === '2025' && r[2] === '405' && r[6] === 'estimate');
  assert.ok(estimate, 'the 2025 estimate is there');
  assert.match(estimate.slice(7).join(','), /CTIMES/);
  assert.deepEqual(errors, []);
});

test('every panel and the gauge offer CSV, SVG and PNG; each CSV has rows', async () => {
  const { page, errors } = await env.openPage('', { acceptDownloads: true });
  const ids = await page.locator('[data-panel]').evaluateAll((els) => els.map((e) => e.dataset.panel));
  assert.ok(ids.length >= 9, `panels: ${ids}`);
  for (const id of ids) {
    for (const f of ['csv', 'svg', 'png'])
      assert.equal(
        await page.locator(`[data-panel="${id}"] [data-action="download-${f}"]`).count(),
        1,
        `${id} ${f}`,
      );
    const { name, bytes } = await download(page, `[data-panel="${id}"] [data-action="download-csv"]`);
    assert.ok(name.startsWith(`bubble-pressure-${id}`), name);
    assert.ok(csvRows(bytes).rows.length > 0, `${id} CSV has figures`);
  }
  const gauge = await download(page, '.gauge [data-action="download-csv"]');
  assert.match(gauge.name, /^bubble-pressure-gauge-/);
  const { cols, rows } = csvRows(gauge.bytes);
  const comp = cols.indexOf('component');
  assert.equal(new Set(rows.map((r) => r[comp])).size, 7, 'all seven components');
  assert.deepEqual(errors, []);
});

test('the SVG stands alone: it parses, renders as an image and carries title, date, source and link', async () => {
  const { page, errors } = await env.openPage('?theme=dark', { acceptDownloads: true });
  const { name, bytes } = await download(page, '[data-panel="bonds"] [data-action="download-svg"]');
  assert.match(name, /^bubble-pressure-bonds-.*\.svg$/);
  const svg = bytes.toString('utf8');
  assert.ok(!svg.includes('var('), 'theme colours are resolved');
  assert.ok(!/<link|@import|@font-face|href="http/.test(svg), 'nothing external');
  const title = await page.locator('[data-panel="bonds"] h2').textContent();
  const result = await page.evaluate(async (text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const parseError = doc.querySelector('parsererror')?.textContent ?? null;
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    const bg = doc.querySelector('svg > rect')?.getAttribute('style') ?? '';
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    await img.decode();
    return { parseError, texts, bg, w: img.naturalWidth, h: img.naturalHeight };
  }, svg);
  assert.equal(result.parseError, null);
  assert.ok(result.w > 200 && result.h > 200, `renders: ${result.w}×${result.h}`);
  assert.ok(result.texts.includes(title), 'the panel title');
  assert.ok(
    result.texts.some((t) => /As of \w+ \d+, \d{4}/.test(t ?? '')),
    'the as-of date',
  );
  assert.ok(
    result.texts.some((t) => /^Source: /.test(t ?? '')),
    'the source line',
  );
  assert.ok(
    result.texts.some((t) => /View: http/.test(t ?? '')),
    'the view link',
  );
  // The dark theme's background, not a transparent image.
  assert.match(result.bg, /fill:rgb\(20, 22, 26\)/);
  assert.deepEqual(errors, []);
});

test('the PNG is twice the panel width; the gauge PNG is a 2× image too', async () => {
  const { page, errors } = await env.openPage('', { acceptDownloads: true });
  for (const id of ['capex', 'valuation']) {
    const box = await page.locator(`[data-panel="${id}"]`).boundingBox();
    const { name, bytes } = await download(page, `[data-panel="${id}"] [data-action="download-png"]`);
    assert.match(name, new RegExp(`^bubble-pressure-${id}-\\d{4}-\\d{2}-\\d{2}\\.png$`));
    const { width, height } = pngSize(bytes);
    assert.equal(width, 2 * Math.round(box.width), `${id} PNG width`);
    assert.ok(height > 2 * 200, `${id} PNG height ${height}`);
  }
  const gauge = await download(page, '.gauge [data-action="download-png"]');
  const { width } = pngSize(gauge.bytes);
  assert.equal(width % 2, 0);
  assert.ok(width > 800, `gauge PNG width ${width}`);
  assert.deepEqual(errors, []);
});

test('slides carry the same menu (a panel slide and the gauge slide)', async () => {
  const { page, errors } = await env.openPage('?mode=present&panels=capex,gauge', { acceptDownloads: true });
  const { name } = await download(page, '.slide [data-action="download-png"]');
  assert.match(name, /^bubble-pressure-capex-/);
  await page.keyboard.press('ArrowRight');
  await page.locator('.slide .gauge [data-action="download-svg"]').waitFor();
  const gauge = await download(page, '.slide [data-action="download-csv"]');
  assert.match(gauge.name, /^bubble-pressure-gauge-/);
  assert.deepEqual(errors, []);
});
