// Analysts' own data in a real browser: bad and good files, overrides, FRED downloads, the 96,000-row file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { browserSuite, downloadBytes, meterMovedFrom, meterReading, settled } from './harness.mjs';

const env = browserSuite();

const INPUT = '[data-testid="import-input"]';
const csvFile = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test('a bad file: row errors are listed, nothing changes in the gauge, the panels or the list', async () => {
  const { page, errors } = await env.openPage();
  const before = await meterReading(page);
  const lines = ['series,year,value,unit,source'];
  for (let i = 2; i <= 13; i++) lines.push(`ig-share/ai-share,${2000 + i},${i},%,desk`);
  lines.push('ig-share/ai-share,2030,n/a,%,desk'); // row 14
  for (let i = 0; i < 25; i++) lines.push(`other,${1990 + i},bad,%,desk`);
  await page.setInputFiles(INPUT, csvFile('bad.csv', lines.join('\n')));
  const alert = page.locator('[data-import-errors]');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /Nothing was imported from bad\.csv/);
  assert.match(text, /row 14, value: expected a number, got "n\/a"/);
  assert.equal(await page.locator('[data-row-error]').count(), 20);
  assert.match(text, /26 problems in all; the first 20 are listed/);
  assert.equal(await meterReading(page), before);
  assert.equal(await page.locator('[data-imported-marker]').count(), 0);
  assert.equal(await page.locator('[data-imported-series]').count(), 0);
  // An unclosed quote: the rows before it are listed too, each with its reason, and counted in words.
  await page.setInputFiles(
    INPUT,
    csvFile(
      'quote.csv',
      [
        'series,year,value,unit,source,kind',
        'ig-share/ai-share,20x5,2,%,desk,estimate',
        'ig-share/ai-share,2026,lots,%,desk,estimate',
        'ig-share/ai-share,2027,"4,%,desk,estimate',
        'ig-share/ai-share,2028,5,%,desk,estimate',
      ].join('\n'),
    ),
  );
  await page.locator('[data-import-errors]', { hasText: 'quote.csv' }).waitFor();
  assert.deepEqual(
    await page.locator('[data-row-error]').evaluateAll((els) => els.map((e) => e.dataset.rowError)),
    ['2', '3', '4'],
  );
  assert.match(await page.locator('[data-import-errors]').textContent(), /3 problems in all\./);
  assert.equal(await meterReading(page), before);
  // A whole-file problem gets one clear message.
  await page.setInputFiles(INPUT, csvFile('odd.csv', 'a,b,c\n1,2,3\n'));
  await page.locator('[data-file-error="header"]').waitFor();
  assert.deepEqual(errors, []);
});

test('a good file is listed with rows, span and source, and survives a reload', async () => {
  const { page, errors } = await env.openPage();
  await page.setInputFiles(INPUT, 'fixtures/examples/long-format.csv');
  await page.locator('[data-import-summary]').waitFor();
  assert.match(await page.locator('[data-import-summary]').textContent(), /3 series, 6 rows, 2025 – 2030/);
  const row = page.locator('[data-imported-series="my-ai-capex"]');
  assert.match(await row.textContent(), /custom series.*3.*2025 – 2027.*House model/s);
  // The file's Alphabet series has 2026 only: the message says which built-in years it drops …
  const builtinYears = JSON.parse(readFileSync('fixtures/hyperscaler-capex.json', 'utf8'))
    .series.find((s) => s.id === 'alphabet')
    .observations.map((o) => String(o.period))
    .filter((p) => p !== '2026');
  assert.ok(builtinYears.length > 0);
  const dropped = page.locator('[data-import-where="hyperscaler-capex/alphabet"] [data-import-dropped]');
  assert.equal(await dropped.getAttribute('data-import-dropped'), builtinYears.join(' '));
  assert.match(await dropped.textContent(), new RegExp(`no figure for ${builtinYears.join(', ')}`));
  // … and the capex note names the figure the gauge then reads for 2025: the WSJ press total, because
  // Alphabet's 2025 figure is gone (not Bloomberg's 2026 tally).
  const note2025 = page.locator('[data-panel="capex"] [data-capex-gauge^="2025:"]');
  assert.match(await note2025.getAttribute('data-capex-gauge'), /:press$/);
  const noteText = await note2025.textContent();
  assert.match(noteText, /Livemint \(The Wall Street Journal\)/);
  assert.match(noteText, /no calendar-2025 figure for Alphabet/);
  assert.doesNotMatch(noteText, /Bloomberg/);
  // What came after the 2026 tally belongs to the 2026 note only.
  assert.doesNotMatch(noteText, /Meta raised/);
  // The capex panel's source line names the file's sources: the override's and the placed series'.
  assert.deepEqual(
    (await page.locator('[data-panel="capex"] .panel-meta [data-imported-source]').allTextContents()).map(
      (t) => t.replace(/^; /, ''),
    ),
    ['Company guidance (imported)', 'House model (imported)'],
  );
  assert.match(
    await page.locator('[data-panel="capex"] [data-capex-gauge^="2026:"]').textContent(),
    /Bloomberg.*Microsoft’s calendar-2026 figure is only in secondary reports.*Meta raised/,
  );
  // Placed on the capex panel (its unit), with its own legend entry.
  assert.equal(await page.locator('[data-place-series="my-ai-capex"]').inputValue(), 'capex');
  await page.locator('[data-panel="capex"] .legend', { hasText: 'my-ai-capex (imported)' }).waitFor();
  // Drawn in the kinds its rows give (an estimate, then projections), never as reported figures.
  assert.match(
    await page.locator('[data-panel="capex"] .legend li', { hasText: 'my-ai-capex' }).textContent(),
    /my-ai-capex \(imported\).*Estimate \/ Projection/,
  );
  // Settled: the import has been written to storage (the app holds the mark while it writes).
  await settled(page);
  await page.reload();
  await settled(page);
  // After a reload the section starts closed; the imports are back in it.
  await page.locator('[data-section="data"] > summary').click();
  await page.locator('[data-imported-series="my-ai-capex"]').waitFor();
  assert.equal(await page.locator('[data-imported-series]').count(), 3);
  await page.locator('[data-panel="capex"] .legend', { hasText: 'my-ai-capex (imported)' }).waitFor();
  // Remove one, then reset to built-in data; both last across a reload too.
  await page.locator('[data-action="remove-import"][data-series="my-ai-capex"]').click();
  assert.equal(await page.locator('[data-imported-series]').count(), 2);
  await page.locator('[data-action="reset-imports"]').click();
  assert.equal(await page.locator('[data-imported-series]').count(), 0);
  // Settled: the reset has been written to storage.
  await settled(page);
  await page.reload();
  // Settled: the stored imports (none now) are read back and shown.
  await settled(page);
  await page.locator('[data-section="data"] > summary').click();
  assert.equal(await page.locator('[data-imported-series]').count(), 0);
  assert.deepEqual(errors, []);
});

test('an override replaces the built-in series everywhere: the gauge changes and is marked', async () => {
  const { page, errors } = await env.openPage();
  const before = await meterReading(page);
  const credit = page.locator('[data-component="credit-concentration"]');
  const creditBefore = Number(await credit.getAttribute('data-contribution'));
  assert.equal(await page.locator('[data-panel="ig-share"] [data-imported-marker]').count(), 0);
  await page.setInputFiles(
    INPUT,
    csvFile(
      'ig.csv',
      'series,year,value,unit,source\nig-share/ai-share,2025,5,percent,desk\nig-share/ai-share,2030,6,percent,desk\n',
    ),
  );
  await page.locator('[data-import-summary]').waitFor();
  assert.match(
    await page.locator('[data-import-summary]').textContent(),
    /Replaces built-in: ig-share\/ai-share/,
  );
  await meterMovedFrom(page, before);
  assert.ok((await meterReading(page)) < before);
  assert.ok(Number(await credit.getAttribute('data-contribution')) < creditBefore);
  assert.match(await page.locator('.gauge [data-imported-marker]').textContent(), /uses imported data/);
  assert.equal(
    await page.locator('[data-panel="ig-share"] [data-imported-marker]').getAttribute('data-imported-marker'),
    'ig-share/ai-share',
  );
  assert.equal(await page.locator('[data-panel="pressure"] [data-imported-marker]').count(), 1);
  assert.equal(await page.locator('[data-panel="bonds"] [data-imported-marker]').count(), 0);
  // The imported figures are not credited to J.P. Morgan: the legend names the file's source.
  const legend = await page.locator('[data-panel="ig-share"] .legend').textContent();
  assert.match(legend, /share of US IG index \(imported: desk\)/);
  assert.doesNotMatch(legend, /J\.P\. Morgan/);
  // The panel's source line names the file's source first.
  assert.equal(
    await page.locator('[data-panel="ig-share"] .panel-meta [data-imported-source]').textContent(),
    'desk (imported)',
  );
  // The panel's data table shows the imported figure and its source.
  await page.locator('[data-panel="ig-share"] .panel-actions button', { hasText: 'Data table' }).click();
  assert.match(
    await page.locator('[data-panel="ig-share"] .data-table').textContent(),
    /ig-share\/ai-share.*desk/s,
  );
  assert.deepEqual(errors, []);
});

test('a FRED download as it comes: named by its id, missing days skipped, replacing the built-in series', async () => {
  const { page, errors } = await env.openPage();
  await page.setInputFiles(INPUT, 'fixtures/examples/fred-BAMLC0A4CBBB.csv');
  await page.locator('[data-import-summary]').waitFor();
  // A FRED series the app uses is kept as fred/<ID> and replaces it wherever the app reads it.
  const row = page.locator('[data-imported-series="fred/BAMLC0A4CBBB"]');
  assert.match(await row.textContent(), /replaces a built-in series.*unit not given/s);
  assert.match(await row.locator('td').first().textContent(), /^4$/);
  assert.equal(await page.locator('[data-place-series="fred/BAMLC0A4CBBB"]').count(), 0);
  await page.locator('[data-panel="credit"] [data-imported-marker]').waitFor();
  assert.deepEqual(errors, []);
});

test('96,000 hourly rows (2020–2030): listed, drawn downsampled, table keeps every figure (its time is in npm run bench)', async () => {
  const { page, errors } = await env.openPage();
  const lines = ['series,date,value,unit,source'];
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < 96_000; i++) {
    const v = i === 60_000 ? 99.125 : 40 + 10 * Math.sin(i / 300) + (i % 24) / 10;
    lines.push(
      `hourly-util,${new Date(start + i * 3_600_000).toISOString().slice(0, 19)}Z,${v.toFixed(3)},%,grid`,
    );
  }
  await page.setInputFiles(INPUT, csvFile('hourly.csv', lines.join('\n')));
  await page.locator('[data-imported-series="hourly-util"]').waitFor({ state: 'attached' });
  assert.match(await page.locator('[data-imported-series="hourly-util"]').textContent(), /96,000/);
  // Drawn on a percent panel with about one point per pixel, not 96,000.
  const panel = page.locator('[data-panel="ig-share"]');
  await panel.locator('.legend', { hasText: 'hourly-util (imported)' }).waitFor();
  const points = await panel.evaluate((el) => {
    const paths = [...el.querySelectorAll('.recharts-line-curve')].map(
      (p) => (p.getAttribute('d') ?? '').split('L').length,
    );
    return Math.max(...paths);
  });
  const width = await panel.evaluate((el) => el.getBoundingClientRect().width);
  assert.ok(points > 200 && points <= width * 1.5, `${points} points drawn in ${width}px`);
  // Still interactive: hovering a year answers at once, with the exact figure of that year's last hour.
  await panel.locator('.chart-focus').focus();
  await page.keyboard.press('End');
  await panel.locator('.readout', { hasText: 'hourly-util (imported)' }).waitFor();
  // The data table pages through every exact figure.
  await panel.locator('.panel-actions button', { hasText: 'Data table' }).click();
  assert.equal(await panel.locator('[data-imported-rows]').getAttribute('data-imported-rows'), '96000');
  assert.match(await panel.locator('[data-imported-rows]').textContent(), /Showing rows 1–500 of 96,000/);
  assert.deepEqual(errors, []);
});

test('a baseline comparison: both readings, per-component difference, both histories, shared by link', async () => {
  const { page, errors } = await env.openPage();
  const before = await meterReading(page);
  await page.locator('[data-action="pin-baseline"]').click();
  await page.locator('[data-testid="baseline-compare"]').waitFor();
  assert.match(page.url(), /[?&]base=1/);
  assert.doesNotMatch(page.url(), /base\.s\./);
  // Change the view (A): a shorter realistic server life.
  // What-if and weights are one click away (a disclosure under the gauge's headline).
  await page.locator('[data-gauge-adjust] > summary').click();
  await page.locator('[data-scenario="life"]').fill('3');
  await meterMovedFrom(page, before);
  const cmp = page.locator('[data-testid="baseline-compare"]');
  const a = Number(await cmp.getAttribute('data-a'));
  const b = Number(await cmp.getAttribute('data-b'));
  assert.ok(Math.abs(b - before) < 0.06, `B ${b} is the pinned reading ${before}`);
  assert.ok(a > b, `A ${a} > B ${b}`);
  assert.ok(
    Number(await cmp.locator('[data-compare-component="depreciation"]').getAttribute('data-diff')) > 0,
  );
  assert.equal(
    Number(await cmp.locator('[data-compare-component="valuation"]').getAttribute('data-diff')),
    0,
  );
  // The URL carries only what differs; the history draws the baseline too.
  assert.match(page.url(), /base\.s\.life=4/);
  await page.locator('[data-panel="pressure"] .legend', { hasText: 'Build-up · baseline (B)' }).waitFor();
  // The inputs that differ are named, and both dials show B.
  assert.equal(await cmp.getAttribute('data-differing'), 's.life');
  assert.equal(await page.locator('[data-gauge] [data-base-needle]').count(), 2);
  // Opening the link elsewhere shows the same comparison.
  const { page: other } = await env.openPage(`?${page.url().split('?')[1]}`);
  const cmp2 = other.locator('[data-testid="baseline-compare"]');
  await cmp2.waitFor();
  assert.equal(await cmp2.getAttribute('data-a'), await cmp.getAttribute('data-a'));
  assert.equal(await cmp2.getAttribute('data-b'), await cmp.getAttribute('data-b'));
  await other.locator('[data-action="clear-baseline"]').click();
  assert.doesNotMatch(other.url(), /base/);
  assert.deepEqual(errors, []);
});

test('a view file round trip: saved on one machine, opened on another with its imported series', async () => {
  const { page, errors } = await env.openPage('?year=2027&s.growth=30');
  await page.setInputFiles(INPUT, 'fixtures/examples/long-format.csv');
  await page.locator('[data-import-summary]').waitFor();
  const gauge = await meterReading(page);
  // A link names the imported series; a browser without them says which are missing.
  assert.match(
    decodeURIComponent(page.url()),
    /imported=ig-share\/ai-share,hyperscaler-capex\/alphabet,my-ai-capex/,
  );
  const { page: stranger } = await env.openPage(`?${page.url().split('?')[1]}`);
  await stranger.locator('[data-notice="missing-imports"]').waitFor();
  assert.match(
    await stranger.locator('[data-notice="missing-imports"]').textContent(),
    /ig-share\/ai-share, hyperscaler-capex\/alphabet, my-ai-capex/,
  );
  // The view file carries the view and the series.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="save-view-file"]').click(),
  ]);
  const text = (await downloadBytes(download)).toString('utf8');
  const file = JSON.parse(text);
  assert.equal(file.format, 'bubble-pressure-view');
  assert.equal(file.imports.length, 3);
  const { page: other } = await env.openPage();
  await other.setInputFiles('[data-testid="view-file-input"]', {
    name: 'view.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await other.locator('[data-imported-series="my-ai-capex"]').waitFor();
  await other.waitForFunction(() => new URLSearchParams(location.search).get('year') === '2027');
  assert.equal(new URLSearchParams(new URL(other.url()).search).get('s.growth'), '30');
  assert.equal(await meterReading(other), gauge);
  assert.equal(await other.locator('.gauge [data-imported-marker]').count(), 1);
  assert.deepEqual(errors, []);
});
