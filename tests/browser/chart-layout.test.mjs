// Charts without waste (issue 23): no band kept above a time chart's plot, Enlarge gives the plot at least
// 60% of the window's height, and the panel grid leaves no white hole beside a short panel.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { settle } from './fit-checks.mjs';
import { browserSuite } from './harness.mjs';

const env = browserSuite();

test('no band above a time chart’s plot: the plot starts within the crosshair label’s room', async () => {
  const { page, errors } = await env.openPage('?lang=en', { viewport: { width: 1440, height: 900 } });
  await settle(page);
  const gaps = await page.evaluate(() =>
    [...document.querySelectorAll('[data-panel] .time-chart')].map((c) => {
      const plot = c.querySelector('[data-plot-overlay]')?.getBoundingClientRect();
      return [c.closest('[data-panel]')?.dataset.panel, plot ? plot.top - c.getBoundingClientRect().top : -1];
    }),
  );
  assert.ok(gaps.length >= 6, `${gaps.length} time charts`);
  for (const [id, gap] of gaps) assert.ok(gap >= 0 && gap <= 24, `${id}: ${gap}px above the plot`);
  assert.deepEqual(errors, []);
});

for (const [width, height] of [
  [1440, 900],
  [1024, 768],
  [390, 844],
]) {
  test(`Enlarge makes the plot at least 60% of the window's height (${width}×${height})`, async () => {
    const { page, errors } = await env.openPage('?lang=en', { viewport: { width, height } });
    await settle(page);
    for (const id of ['credit', 'spv']) {
      await page.locator(`[data-panel="${id}"] button`, { hasText: 'Enlarge' }).first().click();
      await page.waitForFunction((p) => new URL(location.href).searchParams.get('focus') === p, id);
      await settle(page);
      const plot = await page.evaluate((p) => {
        const panel = document.querySelector(`[data-panel="${p}"]`);
        const overlay = panel?.querySelector('[data-plot-overlay]');
        const grid = panel?.querySelector('.recharts-cartesian-grid');
        return (overlay ?? grid)?.getBoundingClientRect().height ?? 0;
      }, id);
      assert.ok(plot >= 0.6 * height, `${id}: plot ${plot}px of a ${height}px window`);
      await page.locator(`[data-panel="${id}"] button`, { hasText: 'Back to grid' }).first().click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('focus') === null);
    }
    assert.deepEqual(errors, []);
  });
}

test('the panel grid leaves no hole: each panel starts right below the one above it in its column', async () => {
  const { page, errors } = await env.openPage('?lang=en', { viewport: { width: 1440, height: 900 } });
  await settle(page);
  const holes = await page.evaluate(() => {
    const grid = document.getElementById('panels');
    const gap = Number.parseFloat(getComputedStyle(grid).columnGap) || 0;
    const boxes = [...grid.querySelectorAll(':scope > .panel-cell > .panel')].map((p) => ({
      id: p.dataset.panel,
      r: p.getBoundingClientRect(),
    }));
    const out = [];
    for (const b of boxes) {
      const above = boxes.filter(
        (a) => a !== b && a.r.bottom <= b.r.top + 1 && a.r.left < b.r.right && b.r.left < a.r.right,
      );
      if (above.length === 0) continue;
      const space = b.r.top - Math.max(...above.map((a) => a.r.bottom));
      // The gap, and at most one thin row of rounding.
      if (space > gap + 3) out.push(`${b.id}: ${Math.round(space)}px of white above it`);
    }
    return { out, columns: new Set(boxes.map((b) => Math.round(b.r.left))).size };
  });
  assert.equal(holes.columns, 2, 'two columns at 1440 px');
  assert.deepEqual(holes.out, []);
  assert.deepEqual(errors, []);
});

test('zoomed to a few years, hovering the daily spread reads the day; over many years it reads the year only', async () => {
  const { page, errors } = await env.openPage('?lang=en&range=2020-2021', {
    viewport: { width: 1440, height: 900 },
  });
  await settle(page);
  const panel = page.locator('[data-panel="credit"]');
  await panel.scrollIntoViewIfNeeded();
  const box = await panel.locator('[data-plot-overlay]').boundingBox();
  // A quarter of the way through 2020–2021: about mid-June 2020.
  await page.mouse.move(box.x + box.width * 0.22, box.y + box.height / 2);
  const probe = panel.locator('[data-day-probe]');
  await page.waitForFunction(
    () =>
      getComputedStyle(document.querySelector('[data-panel="credit"] [data-day-probe]')).visibility ===
      'visible',
  );
  // biome-ignore lint/performance/useDomNodeTextContent: the visible label
  const text = await probe.innerText();
  assert.match(text, /^(May|Jun|Jul) \d{1,2}, 2020: \d+ bp$/);
  // Over the whole default range the chart reads years only: no day label.
  await page.goto(page.url().replace('range=2020-2021', 'range=2020-2030'));
  await settle(page);
  assert.equal(await page.locator('[data-panel="credit"] [data-day-probe]').count(), 0);
  assert.deepEqual(errors, []);
});
