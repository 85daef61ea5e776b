// Exports: each panel's CSV / SVG / PNG, the gauge's, the all-data ZIP, print and the present-mode PDF.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Papa from 'papaparse';
import { browserSuite, downloadBytes } from './harness.mjs';

const env = browserSuite();

/** Click a download button and return the file's name and bytes. */
async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
  return { name: dl.suggestedFilename(), bytes: await downloadBytes(dl) };
}

/** RFC 4180 (quoted cells may hold commas, quotes and line ends), read with papaparse. */
function parseCsv(text) {
  const { data } = Papa.parse(text, { delimiter: ',', newline: '\r\n' });
  return text.endsWith('\r\n') ? data.slice(0, -1) : data;
}

function csvRows(bytes) {
  const text = bytes.toString('utf8');
  assert.ok(text.startsWith('\uFEFF'), 'CSV starts with a UTF-8 BOM');
  assert.ok(text.endsWith('\r\n'), 'CRLF row ends');
  const [cols, ...rows] = parseCsv(text.slice(1));
  return { cols, rows };
}

/** Decimals a CSV cell is written with ('' and text have none). */
function decimals(cell) {
  return /^-?\d+\.(\d+)$/.exec(cell ?? '')?.[1].length ?? 0;
}

/**
 * No figure carries float noise (`735.41844`, `53.5999777066`): the fixtures hold at most two decimals,
 * FRED's and Shiller's series at most three, and what the app computes from them is written to its
 * source's precision (domain/export/precision.ts), so no number cell has more than three decimals.
 */
function assertNoFloatNoise({ cols, rows }, what) {
  const noisy = [];
  for (const r of rows)
    for (const [i, cell] of r.entries())
      if (/^-?\d+(\.\d+)?$/.test(cell) && decimals(cell) > 3) noisy.push(`${cols[i]}=${cell}`);
  assert.deepEqual(noisy.slice(0, 5), [], `${what}: figures with float noise (${noisy.length})`);
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
  const first = await env.openPage('', { acceptDownloads: true });
  let { page } = first;
  const errors = [first.errors];
  const ids = await page.locator('[data-panel]').evaluateAll((els) => els.map((e) => e.dataset.panel));
  assert.ok(ids.length >= 9, `panels: ${ids}`);
  for (const [i, id] of ids.entries()) {
    // Chromium stops a page after ten downloads in a row (its "multiple downloads" guard): a fresh
    // page every six panels keeps the test about the app, not about that guard.
    if (i > 0 && i % 6 === 0) {
      const next = await env.openPage('', { acceptDownloads: true });
      page = next.page;
      errors.push(next.errors);
    }
    for (const f of ['csv', 'svg', 'png'])
      assert.equal(
        await page.locator(`[data-panel="${id}"] [data-action="download-${f}"]`).count(),
        1,
        `${id} ${f}`,
      );
    // Drawn first (the FRED-based panels load their series lazily), so the name carries its as-of date.
    await page.locator(`[data-panel="${id}"] svg`).first().waitFor();
    await page.locator(`[data-panel="${id}"] [data-action="download-csv"]`).scrollIntoViewIfNeeded();
    const { name, bytes } = await download(page, `[data-panel="${id}"] [data-action="download-csv"]`);
    assert.match(
      name,
      // A day, or a month where the newest figure's publication is known only to the month (the history
      // panel: the Z.1 levels' 2026-Q2 vintage).
      new RegExp(`^bubble-pressure-${id}-\\d{4}-\\d{2}(-\\d{2})?\\.csv$`),
      `what and when: ${name}`,
    );
    const csv = csvRows(bytes);
    assert.ok(csv.rows.length > 0, `${id} CSV has figures`);
    assertNoFloatNoise(csv, id);
  }
  const gauge = await download(page, '.gauge [data-action="download-csv"]');
  assert.match(gauge.name, /^bubble-pressure-gauge-/);
  const { cols, rows } = csvRows(gauge.bytes);
  const part = cols.indexOf('part');
  assert.equal(new Set(rows.map((r) => r[part])).size, 15, 'every part of both indices (method v2)');
  assertNoFloatNoise({ cols, rows }, 'gauge');
  // The readings and the points to one decimal, as the gauge shows them.
  for (const col of cols.filter((c) => /index_value|points/.test(c)))
    for (const r of rows)
      assert.ok(decimals(r[cols.indexOf(col)]) <= 1, `gauge ${col} ${r[cols.indexOf(col)]}`);
  assert.deepEqual(errors.flat(), []);
});

test('the SVG stands alone: it parses, renders as an image and ends with one line: title · source · as of · short link', async () => {
  const { page, errors } = await env.openPage('?theme=dark', { acceptDownloads: true });
  const { name, bytes } = await download(page, '[data-panel="bonds"] [data-action="download-svg"]');
  assert.match(name, /^bubble-pressure-bonds-.*\.svg$/);
  const svg = bytes.toString('utf8');
  assert.ok(!svg.includes('var('), 'theme colours are resolved');
  // Nothing fetched (the credit line's <a> is a link to follow, not a resource).
  assert.ok(!/<link|@import|<(image|use|feImage)[^>]*href="http/.test(svg), 'nothing external');
  assert.ok(!/url\((?!data:|#)/.test(svg), 'no font or image fetched from anywhere');
  // The bundled UI font travels with the picture, so it reads as the page did on any machine.
  assert.match(svg, /@font-face\{font-family:"Inter Variable";[^}]*src:url\(data:font\/woff2;base64,/);
  const title = await page.locator('[data-panel="bonds"] h2').textContent();
  const result = await page.evaluate(async (text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const parseError = doc.querySelector('parsererror')?.textContent ?? null;
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    const bg = doc.querySelector('svg > rect')?.getAttribute('style') ?? '';
    // Laid out in the page, to measure the credit line as drawn.
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:0;top:0';
    const copy = document.importNode(doc.documentElement, true);
    // Its embedded fonts are the page's own (the page's CSP refuses them as data; the page has them).
    for (const style of copy.querySelectorAll('style')) style.remove();
    holder.append(copy);
    document.body.append(holder);
    const all = [...holder.querySelectorAll('text')];
    const credit = [...holder.querySelectorAll('text[data-credit-line]')].map((t) => ({
      text: t.textContent,
      href: t.querySelector('a')?.getAttribute('href') ?? null,
      top: t.getBoundingClientRect().top,
      right: t.getBoundingClientRect().right,
    }));
    const othersBottom = Math.max(
      ...all.filter((t) => !t.hasAttribute('data-credit-line')).map((t) => t.getBoundingClientRect().bottom),
    );
    holder.remove();
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    await img.decode();
    return { parseError, texts, bg, credit, othersBottom, w: img.naturalWidth, h: img.naturalHeight };
  }, svg);
  assert.equal(result.parseError, null);
  assert.ok(result.w > 200 && result.h > 200, `renders: ${result.w}×${result.h}`);
  assert.ok(result.texts.includes(title), 'the panel title');
  // One line at the bottom: title · source · as of · the view's short link (an <a> to the whole link).
  assert.equal(result.credit.length, 1, 'one credit line');
  const [credit] = result.credit;
  assert.ok(credit.top >= result.othersBottom, 'the credit line is the last text of the picture');
  const parts = credit.text.split(' · ');
  assert.equal(parts[0], title, `title first: ${credit.text}`);
  assert.match(parts[1], /^Source: \S/, credit.text);
  assert.match(parts[2], /^As of \w+ \d+, \d{4}$/, credit.text);
  assert.equal(parts.length, 4, credit.text);
  assert.match(parts[3], /^127\.0\.0\.1:\d+\/some\/sub\/path\/\?v=\d+$/, 'the link shown without its scheme');
  // The default view: only the link format's version.
  const base = await page.evaluate(() => location.origin + location.pathname);
  assert.ok(
    credit.href.startsWith(`${base}?v=`) && /^\?v=\d+$/.test(credit.href.slice(base.length)),
    credit.href,
  );
  assert.ok(credit.right <= result.w, `fits the picture: ${credit.right} of ${result.w}`);
  // The dark theme's background, not a transparent image.
  assert.match(result.bg, /fill:rgb\(20, 22, 26\)/);
  assert.deepEqual(errors, []);
});

test('a zh-TW picture carries the slices of the bundled font its text needs (as data, nothing external)', async () => {
  const { page, errors } = await env.openPage('?lang=zh-TW', { acceptDownloads: true });
  await page.evaluate(() => document.fonts.ready);
  const { bytes } = await download(page, '[data-panel="spv"] [data-action="download-svg"]');
  const svg = bytes.toString('utf8');
  assert.match(svg, /@font-face\{font-family:"Noto Sans TC";[^}]*src:url\(data:font\/woff2;base64,/);
  assert.ok(!/url\((?!data:|#)/.test(svg), 'no font or image fetched from anywhere');
  assert.ok(svg.includes(await page.locator('[data-panel="spv"] h2').textContent()), 'the zh-TW title');
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
  const { name } = await download(page, 'main.slide [data-action="download-png"]');
  assert.match(name, /^bubble-pressure-capex-/);
  await page.keyboard.press('ArrowRight');
  // The gauge slide has no controls of its own: its downloads sit in the slide bar.
  await page.locator('.slide-bar [data-action="download-svg"]').waitFor();
  const gauge = await download(page, '.slide-bar [data-action="download-csv"]');
  assert.match(gauge.name, /^bubble-pressure-gauge-/);
  assert.deepEqual(errors, []);
});

test('all data: one ZIP with every dataset, the dated series, sources, thresholds and the method version', async () => {
  const { unzipSync, strFromU8 } = await import('fflate');
  const { page, errors } = await env.openPage('?w.valuation=3', { acceptDownloads: true });
  const { name, bytes } = await download(page, '[data-action="download-all"]');
  assert.match(name, /^bubble-pressure-all-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(bytes));
  const names = Object.keys(files);
  for (const id of ['capex', 'bonds', 'spv', 'valuation', 'ig-share', 'compute-mix', 'depreciation'])
    assert.ok(names.includes(`datasets/${id}.csv`), `datasets/${id}.csv in ${names}`);
  assert.ok(names.includes('dated/GDP.csv'), 'the lazily loaded dated series too');
  assert.ok(!names.some((n) => n.includes('BAMLC0A4CBBB')), 'no raw ICE series: it is licensed data');
  assert.match(strFromU8(files['dated/LICENSED-SERIES.txt']), /BAMLC0A4CBBB[\s\S]*ICE Data Indices/);
  for (const f of ['sources.csv', 'thresholds.csv', 'gauge-components.csv', 'README.txt'])
    assert.ok(names.includes(f), f);
  const bonds = csvRows(Buffer.from(files['datasets/bonds.csv']));
  const value = bonds.cols.indexOf('value');
  const publisher = bonds.cols.indexOf('source_publisher');
  assert.ok(
    bonds.rows.some((r) => r[value] === '30' && r[publisher].length > 0),
    'Meta’s $30B deal, sourced',
  );
  const thresholds = csvRows(Buffer.from(files['thresholds.csv']));
  assert.ok(
    thresholds.rows.every((r) => r[0] === 'v1'),
    'method version on every threshold',
  );
  const gauge = csvRows(Buffer.from(files['gauge-components.csv']));
  const weight = gauge.cols.indexOf('weight');
  const part = gauge.cols.indexOf('part');
  assert.equal(gauge.rows.find((r) => r[part] === 'valuation')?.[weight], '3', 'the view’s weights');
  const readme = strFromU8(files['README.txt']);
  assert.match(readme, /Method version: v2/);
  assert.match(readme, /w\.valuation=3/);
  assert.deepEqual(errors, []);
});

test('cite this view: plain text and BibTeX with title, dates, method version and link; one click copies', async () => {
  const { page, context, errors } = await env.openPage('?panels=capex,bonds&issuer=meta');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('[data-action="cite"]').click();
  const text = await page.locator('[data-citation="text"]').textContent();
  const bib = await page.locator('[data-citation="bibtex"]').textContent();
  const asOf = /\d{4}-\d{2}-\d{2}/;
  assert.match(text, /^Bubble Pressure\. Bubble Pressure: Is the AI capital-spending boom/);
  assert.match(text, /data as of \d{4}-\d{2}-\d{2}, method v2/);
  assert.match(text, /accessed \d{4}-\d{2}-\d{2}\)\.$/);
  assert.match(text, /\?v=2&.*panels=capex,bonds.*issuer=meta/);
  assert.match(bib, /^@misc\{bubblepressure\d{8},/);
  assert.match(bib, /url = \{http:\/\/127\.0\.0\.1:\d+\/some\/sub\/path\/\?v=2&[^}]*issuer=meta/);
  assert.match(bib, asOf);
  await page.locator('[data-action="copy-citation"][data-format="bibtex"]').click();
  await page.getByText('Copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), bib);
  assert.deepEqual(errors, []);
});

/** Elements a reader could operate, drawn on paper (legend chips are labels there, not controls). */
async function visibleControls(page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'button:not(.chip), input[type="range"], input[type="checkbox"], summary, .toolbar, .panel-actions, [data-action]',
      ),
    ]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        const cs = getComputedStyle(e);
        return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden';
      })
      .map((e) => e.outerHTML.slice(0, 80)),
  );
}

test('print: every visible panel and the gauge, sources under each, no controls, a page header', async () => {
  const { page, errors } = await env.openPage('?panels=gauge,capex,bonds,spv,valuation,pressure');
  const ids = await page.locator('[data-panel]').evaluateAll((els) => els.map((e) => e.dataset.panel));
  await page.emulateMedia({ media: 'print' });
  for (const id of ids) {
    const box = await page.locator(`[data-panel="${id}"]`).boundingBox();
    assert.ok(box && box.width > 300 && box.height > 150, `${id} printed`);
    assert.ok(
      await page.locator(`[data-panel="${id}"] svg.recharts-surface`).first().isVisible(),
      `${id} chart`,
    );
    const src = page.locator(`[data-panel="${id}"] .panel-sources`);
    if (id !== 'pressure') assert.ok(await src.isVisible(), `${id} lists its sources`);
  }
  assert.ok(await page.locator('[data-testid="pressure-gauge"]').isVisible());
  assert.deepEqual(await visibleControls(page), []);
  // Readable: chart panels at most slightly scaled at this width, axis text at least 10px before scaling.
  const zoom = await page.locator('[data-panel="capex"]').evaluate((e) => Number(getComputedStyle(e).zoom));
  assert.ok(zoom > 0.9, `zoom ${zoom}`);
  const header = await page.evaluate(() => document.querySelector('style[data-print]')?.textContent ?? '');
  assert.match(header, /size: A4 portrait/);
  assert.match(
    header,
    // The view's short link (only what differs from the defaults), without its scheme.
    /@top-left \{ content: "Bubble Pressure · \w+ \d+, \d{4} · 127\.0\.0\.1:\d+\/some\/sub\/path\/\?v=\d+&panels=gauge,capex,bonds,spv,valuation,pressure"/,
  );
  assert.deepEqual(errors, []);
});

test('present mode prints one slide a page, landscape (a PDF from headless Chromium)', async () => {
  const slides = ['gauge', 'capex', 'bonds', 'valuation', 'compute-mix'];
  const { page, errors } = await env.openPage(`?mode=present&panels=${slides.join(',')}&slide=2`);
  // The slides not on screen are laid out out of sight, each has measured its fit to the page.
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('.print-slide').length === n - 1 &&
      [...document.querySelectorAll('.print-slide-inner, main .slide-content')].every((e) =>
        e.style.getPropertyValue('--print-zoom'),
      ),
    slides.length,
  );
  await page.waitForFunction(() => !document.querySelector('.panel-loading'));
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await visibleControls(page), []);
  // In order: each slide (the one on screen included) has its place and a page break after it.
  const order = await page.evaluate(() =>
    [...document.querySelectorAll('main.slide, .print-slide')]
      .map((e) => ({
        order: Number(getComputedStyle(e).order),
        id:
          e.querySelector('[data-panel]')?.getAttribute('data-panel') ??
          (e.querySelector('[data-room-gauge]') ? 'gauge' : '?'),
        visible: getComputedStyle(e).visibility === 'visible',
        breakAfter: getComputedStyle(e).breakAfter,
      }))
      .sort((a, b) => a.order - b.order),
  );
  assert.deepEqual(
    order.map((o) => o.id),
    slides,
  );
  assert.ok(order.every((o) => o.visible));
  assert.ok(
    order.slice(0, -1).every((o) => o.breakAfter === 'page'),
    'a page break after every slide but the last',
  );
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString('latin1');
  const count = Number(/\/Type \/Pages[^>]*\/Count (\d+)/.exec(text)?.[1] ?? /\/Count (\d+)/.exec(text)?.[1]);
  assert.equal(count, slides.length, 'one page per slide');
  const boxes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  assert.equal(boxes.length, slides.length);
  assert.ok(
    boxes.every(([w, h]) => w > h && Math.abs(w - 842) < 2),
    `A4 landscape pages: ${JSON.stringify(boxes)}`,
  );
  assert.deepEqual(errors, []);
});

test('a thinned daily line exports every day in the year range, in the unit drawn, with its source', async () => {
  const { page, errors } = await env.openPage('?range=2024-2025', { acceptDownloads: true });
  const { bytes } = await download(page, '[data-panel="credit"] [data-action="download-csv"]');
  const { cols, rows } = csvRows(bytes);
  const [period, unit, publisher] = ['period', 'unit', 'source_publisher'].map((c) => cols.indexOf(c));
  const daily = rows.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[period]));
  assert.ok(daily.length > 400, `every trading day of two years: ${daily.length}`);
  assert.ok(daily.every((r) => r[period] >= '2024-01-01' && r[period] <= '2025-12-31'));
  assert.ok(daily.every((r) => r[unit] === 'bp' && /FRED/.test(r[publisher])));
  assert.deepEqual(errors, []);
});
