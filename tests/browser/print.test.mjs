// The dashboard printed to PDF by headless Chromium, read back page by page (tests/browser/pdf-text.mjs):
// the headline (the gauge) on page 1 and on page 1 only, a short page header, every panel legible (never
// shrunk below 60 %), at most 15 A4 pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite } from './harness.mjs';
import { pageShows, pdfPages } from './pdf-text.mjs';

const env = browserSuite();
const MAX_PAGES = 15;
/** The smallest scale a panel prints at (ui/print-fit.ts): below it, 13 px text is under 8 px. */
const MIN_ZOOM = 0.6;
const A4 = { width: 595, height: 842 };

/** The dashboard printed as "Save as PDF" does (the @page rule's A4 size and margins, backgrounds). */
async function printDashboard(page) {
  await page.waitForFunction(() => !document.querySelector('.panel-loading'));
  await page.emulateMedia({ media: 'print' });
  // What the gauge shows on paper: its text, one string per element that draws some (no hidden parts).
  const gauge = await page.evaluate(() => {
    const root = document.querySelector('[data-testid="pressure-gauge"]').closest('section');
    const out = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.trim();
      const el = n.parentElement;
      if (text.length < 3 || !el || el.getClientRects().length === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      out.push(text);
    }
    return out;
  });
  const header = await page.evaluate(
    () =>
      /@top-left \{ content: "((?:[^"\\]|\\.)*)"/.exec(
        document.querySelector('style[data-print]').textContent,
      )[1],
  );
  const pages = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return { pages, gauge, header };
}

/** The page numbers (from 1) that show `text`. */
const pagesShowing = (pages, text) => pages.flatMap((p, i) => (pageShows(p, text) ? [i + 1] : []));

for (const { lang, width, height, title, gaugeTitle } of [
  { lang: 'en', width: 1440, height: 900, title: 'Bubble Pressure', gaugeTitle: 'Bubble pressure' },
  { lang: 'zh-TW', width: 1024, height: 768, title: null, gaugeTitle: null },
  // From a phone: panels laid out narrow print two abreast (ui/print-fit.ts).
  { lang: 'en', width: 390, height: 844, title: 'Bubble Pressure', gaugeTitle: 'Bubble pressure' },
]) {
  test(`dashboard PDF (${lang}, printed from ${width}×${height}): the gauge whole on page 1, a short header, ≤ ${MAX_PAGES} A4 pages`, async () => {
    const { page, errors } = await env.openPage(lang === 'en' ? '' : `?lang=${lang}`, {
      viewport: { width, height },
    });
    const appTitle = title ?? (await page.locator('.app-header h1').first().textContent());
    const gaugeHeading =
      gaugeTitle ??
      (await page.locator('section:has([data-testid="pressure-gauge"]) h2').first().textContent());
    const reading = await page.locator('[data-testid="pressure-gauge"] .im-big').textContent();
    // The year the gauge reads, as the select shows it (printed as its text).
    const readingFor = await page
      .locator('.gauge-year')
      .evaluate(
        (l) => `${l.firstChild.textContent.trim()} ${l.querySelector('select').selectedOptions[0].text}`,
      );
    const { pages, gauge, header } = await printDashboard(page);
    // Paper does not scroll: no table is cut at its box's edge (from a phone too: the history panel, whose
    // scorecard has nine columns, prints across the page there, not two abreast).
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('.table-wrap')]
        .filter((t) => t.getClientRects().length > 0 && t.scrollWidth > t.clientWidth + 1)
        .map((t) => `${t.closest('[data-panel]')?.dataset.panel}: ${t.scrollWidth} > ${t.clientWidth}`),
    );
    assert.deepEqual(clipped, [], 'wide tables wrap inside the page');

    // Legible: no panel is shrunk to fit one page (the history panel's scorecard runs on instead).
    const zooms = await page.evaluate(() =>
      [...document.querySelectorAll('.panel-grid .panel')].map((p) => [
        p.dataset.panel,
        Number(getComputedStyle(p).zoom),
      ]),
    );
    assert.ok(zooms.length > 5, `panels printed: ${zooms.length}`);
    const small = zooms.filter(([, z]) => !(z >= MIN_ZOOM));
    assert.deepEqual(small, [], `panels printed below ${MIN_ZOOM}`);
    assert.ok(pages.length <= MAX_PAGES, `${pages.length} pages`);
    for (const [i, p] of pages.entries())
      assert.ok(
        Math.abs(p.width - A4.width) < 2 && Math.abs(p.height - A4.height) < 2,
        `page ${i + 1} is A4 portrait: ${p.width}×${p.height}`,
      );

    // Page 1: the title and the headline, the gauge whole (everything it prints, on page 1 and no other).
    assert.deepEqual(pagesShowing(pages, appTitle).slice(0, 1), [1], 'the app title on page 1');
    assert.ok(pageShows(pages[0], gaugeHeading), `the gauge's heading on page 1: ${gaugeHeading}`);
    assert.ok(reading && pageShows(pages[0], reading), `the reading ${reading} on page 1`);
    assert.ok(pageShows(pages[0], readingFor), `"${readingFor}" on page 1`);
    assert.ok(gauge.length > 10, `the gauge prints its parts: ${gauge.length}`);
    const elsewhere = gauge.filter((t) => !pageShows(pages[0], t));
    assert.deepEqual(elsewhere, [], 'every text of the gauge is on page 1');
    // Its last words are not carried over to page 2 (the gauge does not split).
    assert.ok(!pageShows(pages[1], gauge.at(-1)), `page 2 does not continue the gauge: ${gauge.at(-1)}`);

    // A short page header on every page: name · date · the view's short link, no scheme, no defaults.
    assert.ok(header.length < 120, `header: ${header.length} characters: ${header}`);
    assert.match(header, /^.+ · .+ · 127\.0\.0\.1:\d+\/some\/sub\/path\/\?v=\d+$/);
    for (const [i, p] of pages.entries()) assert.ok(pageShows(p, header), `page ${i + 1} header`);
    assert.deepEqual(errors, []);
  });
}

test('a view that differs from the defaults names them in the header, nothing more', async () => {
  const { page, errors } = await env.openPage('?w.valuation=3&issuer=meta&theme=dark');
  const { header, pages } = await printDashboard(page);
  const link = header.split(' · ').at(-1);
  const params = new URL(`http://${link}`).searchParams;
  assert.deepEqual([...params.keys()].sort(), ['issuer', 'v', 'w.valuation'], header);
  assert.ok(pages.length <= MAX_PAGES, `${pages.length} pages`);
  assert.deepEqual(errors, []);
});
