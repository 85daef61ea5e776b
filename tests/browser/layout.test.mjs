import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite } from './harness.mjs';

const env = browserSuite();

test('the gauge breakdown is never clipped between 720 and 960 px, and the gauge does not scroll sideways at 320 px', async () => {
  // The gauge alone (its layout does not depend on the panels below it), one page resized through the widths.
  const { page, errors } = await env.openPage('?panels=gauge', { viewport: { width: 320, height: 900 } });
  // The breakdown sits behind the headline band's disclosures: open them all.
  for (const summary of await page.locator('details.gauge-disclosure > summary').all()) await summary.click();
  await page.waitForSelector('.breakdown-table');
  for (const width of [320, 720, 800, 950]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForFunction((w) => innerWidth === w, width);
    // Two frames: the tables' scroll marks (set from a ResizeObserver) have followed the new width.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const r = await page.evaluate(() => {
      const gauge = document.querySelector('.gauge').getBoundingClientRect();
      return {
        page: document.documentElement.scrollWidth,
        // A table wider than its box scrolls inside it (a labelled region), never clipped or past the gauge.
        boxes: [...document.querySelectorAll('.breakdown-table')].map((table) => {
          const box = table.closest('.table-wrap');
          const b = box.getBoundingClientRect();
          const cs = getComputedStyle(box);
          return {
            id: table.dataset.breakdown,
            clipped: box.scrollWidth > box.clientWidth + 1 && !['auto', 'scroll'].includes(cs.overflowX),
            scrollsUnnamed: box.hasAttribute('data-scrolls') && box.getAttribute('role') !== 'region',
            outside: b.right > gauge.right + 1,
          };
        }),
      };
    });
    assert.ok(r.page <= width, `no sideways page scroll at ${width}px (${r.page})`);
    assert.ok(r.boxes.length >= 2, `both breakdowns shown at ${width}px`);
    for (const b of r.boxes) {
      assert.equal(b.clipped, false, `${b.id} breakdown not clipped at ${width}px`);
      assert.equal(b.scrollsUnnamed, false, `${b.id} breakdown scrolls in a named region at ${width}px`);
      assert.equal(b.outside, false, `${b.id} breakdown inside the gauge at ${width}px`);
    }
    assert.deepEqual(errors, []);
  }
});

test('a hidden panel comes back in its old place', async () => {
  const { page, errors } = await env.openPage('');
  const order = () =>
    page.locator('#panels [data-panel]').evaluateAll((els) => els.map((e) => e.dataset.panel));
  const before = await order();
  await page
    .locator(
      '[data-panel="bonds"] button[aria-label$="Hyperscaler bond deals"], [data-panel="bonds"] .panel-actions button:has-text("×")',
    )
    .first()
    .click();
  await page.waitForFunction(() => !document.querySelector('[data-panel="bonds"]'));
  await page.locator('.panel-menu summary').click();
  await page.locator('[data-toggle-panel="bonds"]').check();
  await page.locator('[data-panel="bonds"]').waitFor();
  assert.deepEqual(await order(), before);
  assert.deepEqual(errors, []);
});

test('Data table opens in view; Share link does not move the header; what is scrolled to lands below the sticky header', async () => {
  const { page, errors } = await env.openPage('', {
    viewport: { width: 1280, height: 720 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const header = page.locator('.app-header');
  const before = await header.boundingBox();
  const presentBefore = await page.locator('[data-action="present"]').boundingBox();
  await page.locator('[data-action="share"]').click();
  await page.locator('[data-share-url]').waitFor();
  const afterBox = await header.boundingBox();
  const presentAfter = await page.locator('[data-action="present"]').boundingBox();
  assert.deepEqual(afterBox, before, 'the header keeps its size');
  assert.deepEqual(presentAfter, presentBefore, 'the header buttons stay put');

  const panel = page.locator('[data-panel="depreciation"]');
  await panel.scrollIntoViewIfNeeded();
  await panel.locator('.panel-actions button', { hasText: 'Data table' }).click();
  const table = panel.locator('.data-table');
  await table.waitFor();
  await page.waitForFunction(() => {
    const r = document.querySelector('[data-panel="depreciation"] .data-table').getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  // What the page scrolls to (a plot, a panel) lands below the sticky header, whose height changes with
  // the width and the font (scroll-padding from its measured height).
  for (const [width, height] of [
    [1280, 720],
    [1024, 768],
    [768, 1024],
  ]) {
    await page.setViewportSize({ width, height });
    await page.waitForFunction((w) => innerWidth === w, width);
    for (const target of ['[data-panel="credit"] [data-plot-overlay]', '#panel-spv']) {
      const { top, header } = await page.evaluate(async (sel) => {
        // After a frame: the header's new height has been observed.
        await new Promise((r) => requestAnimationFrame(r));
        document.querySelector(sel).scrollIntoView({ block: 'start' });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return {
          top: document.querySelector(sel).getBoundingClientRect().top,
          header: document.querySelector('.app-header').getBoundingClientRect().bottom,
        };
      }, target);
      assert.ok(
        top >= header - 0.5,
        `${target} at ${width}px: its top ${top} is under the header (to ${header})`,
      );
    }
  }
  assert.deepEqual(errors, []);
});

test('SPV: reference-line labels and footnote numbers clear the bars and each other at every screen size; each number has its note', async () => {
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
    [1024, 768],
    [390, 844],
  ]) {
    const { page, errors } = await env.openPage('?panels=spv', { viewport: { width, height } });
    await page.locator('[data-panel="spv"] [data-mark-kind]').first().waitFor();
    const r = await page.evaluate(() => {
      const panel = document.querySelector('[data-panel="spv"]');
      const box = (e) => e.getBoundingClientRect();
      const hits = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
      const texts = [...panel.querySelectorAll('svg text')];
      const lineLabels = texts.filter((t) => /Article|FT/.test(t.textContent ?? '')).map(box);
      const bars = [...panel.querySelectorAll('[data-mark-kind]')].map(box).filter((b) => b.width > 0);
      const marks = [...panel.querySelectorAll('[data-footnote-mark]')];
      const svg = box(panel.querySelector('.recharts-surface'));
      const onChart = new Set(
        texts.flatMap((t) => [...(t.textContent ?? '')].filter((c) => '¹²³⁴⁵⁶⁷⁸⁹'.includes(c))),
      );
      return {
        lineLabels: lineLabels.length,
        labelOnBar: lineLabels.some((l) => bars.some((b) => hits(l, b))),
        labelsOverlap: lineLabels.length === 2 && hits(lineLabels[0], lineLabels[1]),
        labelOutside: lineLabels.some((l) => l.left < svg.left - 1 || l.right > svg.right + 1),
        marksInSegments: marks.every((m) => {
          const seg = panel.querySelector(`[data-mark-series="${m.getAttribute('data-footnote-mark')}"]`);
          const a = box(m);
          const b = seg && box(seg);
          return (
            b &&
            a.left >= b.left - 1 &&
            a.right <= b.right + 1 &&
            a.top >= b.top - 1 &&
            a.bottom <= b.bottom + 1
          );
        }),
        onChart: [...onChart].sort(),
        notes: [...panel.querySelectorAll('.chart-notes [data-footnote]')].map(
          (li) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(li.getAttribute('data-footnote'))],
        ),
      };
    });
    const at = `${width}×${height}`;
    assert.equal(r.lineLabels, 2, `both reference lines labelled at ${at}`);
    assert.equal(r.labelOnBar, false, `no line label on a bar at ${at}`);
    assert.equal(r.labelsOverlap, false, `the two line labels apart at ${at}`);
    assert.equal(r.labelOutside, false, `line labels inside the chart at ${at}`);
    assert.equal(r.marksInSegments, true, `each footnote number inside its segment at ${at}`);
    assert.ok(r.notes.length >= 4, `notes under the chart at ${at}: ${r.notes}`);
    assert.deepEqual(
      r.onChart,
      [...r.notes].sort(),
      `every note numbered on the chart and vice versa at ${at}`,
    );
    assert.deepEqual(errors, []);
  }
});

test('polish: IG-share ticks in even steps; the SPV "Article" label clears the bars', async () => {
  const { page, errors } = await env.openPage('');
  for (const id of ['ig-share', 'spv']) {
    await page.locator(`[data-panel="${id}"]`).scrollIntoViewIfNeeded();
    await page.locator(`[data-panel="${id}"] svg text`).first().waitFor();
  }
  const ticks = await page
    .locator('[data-panel="ig-share"] .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
    .allTextContents();
  assert.deepEqual(ticks, ['0%', '5%', '10%', '15%', '20%', '25%']);
  const overlap = await page.evaluate(() => {
    const panel = document.querySelector('[data-panel="spv"]');
    const label = [...panel.querySelectorAll('text')].find((t) => /Article/.test(t.textContent ?? ''));
    if (!label) return 'no label';
    const l = label.getBoundingClientRect();
    const hit = [
      ...panel.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangle rect'),
    ].some((b) => {
      const r = b.getBoundingClientRect();
      return r.width > 0 && l.left < r.right && l.right > r.left && l.top < r.bottom && l.bottom > r.top;
    });
    return hit ? 'overlaps a bar' : 'clear';
  });
  assert.equal(overlap, 'clear');
  assert.deepEqual(errors, []);
});
