// Data tables read in any language: column headers on one line (zh-TW text may break between any two
// characters, and squeezed columns wrapped 類型 a character a line), no cell a character a line, and a
// table wider than its box scrolls inside it, never the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite } from './harness.mjs';

const env = browserSuite();

/** Open every panel's data table and measure each table cell's lines of text. */
async function openTables(page) {
  await page.evaluate(() => {
    for (const b of document.querySelectorAll(
      '[data-panel] .panel-actions button.link-button[aria-expanded="false"]',
    ))
      if (/table|表/i.test(b.textContent ?? '')) b.click();
  });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-panel]')].filter((p) => p.querySelector('.data-table tbody tr'))
        .length >= 8,
  );
  return page.evaluate(() => {
    const lines = (el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
        .size;
    };
    const cells = [];
    for (const table of document.querySelectorAll('.data-table')) {
      const where = table.closest('[data-panel]')?.getAttribute('data-panel') ?? table.className;
      for (const cell of table.querySelectorAll('th, td')) {
        const text = (cell.textContent ?? '').trim();
        if (!text || cell.getBoundingClientRect().width === 0) continue;
        cells.push({ where, head: cell.closest('thead') !== null, text, lines: lines(cell) });
      }
    }
    const wraps = [...document.querySelectorAll('.table-wrap')].map((w) => ({
      scrolls: w.scrollWidth > w.clientWidth + 1,
      right: w.getBoundingClientRect().right,
    }));
    return { cells, wraps, pageWidth: document.documentElement.scrollWidth, viewport: innerWidth };
  });
}

for (const [lang, width, height] of [
  ['zh-TW', 390, 844],
  ['zh-TW', 1024, 768],
  ['en', 390, 844],
]) {
  test(`${lang} at ${width}×${height}: table headers on one line, no cell a character a line, tables scroll in their box`, async () => {
    const { page, errors } = await env.openPage(`?lang=${lang}`, { viewport: { width, height } });
    const { cells, wraps, pageWidth, viewport } = await openTables(page);
    const heads = cells.filter((c) => c.head);
    assert.ok(heads.length >= 30, `column headers measured: ${heads.length}`);
    const wrappedHeads = heads
      .filter((c) => c.lines > 1)
      .map((c) => `${c.where}: ${c.text} (${c.lines} lines)`);
    assert.deepEqual(wrappedHeads, [], 'every column header on one line');
    // A cell of n characters on n lines (or nearly) is a column squeezed to one character.
    const squeezed = cells
      .filter((c) => c.lines > 1 && [...c.text.replace(/\s+/g, '')].length / c.lines < 2.5)
      .map((c) => `${c.where}: ${c.text} (${c.lines} lines)`);
    assert.deepEqual(squeezed.slice(0, 10), [], `cells a character or two a line (${squeezed.length})`);
    assert.ok(pageWidth <= viewport, `the page does not scroll sideways: ${pageWidth} > ${viewport}`);
    assert.ok(
      wraps.every((w) => w.right <= viewport + 1),
      'each table box inside the window',
    );
    if (width < 500)
      assert.ok(
        wraps.some((w) => w.scrolls),
        'a wide table scrolls in its box on a phone',
      );
    assert.deepEqual(errors, []);
  });
}
