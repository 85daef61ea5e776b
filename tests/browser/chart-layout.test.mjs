// Charts without waste (issue 23): no band kept above a time chart's plot, the hover readout over the
// legend and never over the plot, Enlarge gives the plot at least 60% of the window's height, and the
// panel grid leaves no white hole beside a short panel.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { settle } from './fit-checks.mjs';
import { appPanels, browserSuite } from './harness.mjs';

const env = browserSuite();

/**
 * In the page: every panel's, plot's and legend's box in page pixels (hovering must move none of them),
 * and what the time chart of the panel `s` (a selector) shows: its readout's children that are visible,
 * the readout's, plot's, legend's and panel's boxes (viewport pixels), whether the readout clips.
 */
function measure(s) {
  const box = (e) => {
    const r = e.getBoundingClientRect();
    return { l: r.left, t: r.top, r: r.right, b: r.bottom };
  };
  const layout = [
    ...document.querySelectorAll('[data-panel], [data-plot-overlay], [data-panel] .legend'),
  ].map((e) => {
    const r = e.getBoundingClientRect();
    const where = [r.left, r.top + scrollY, r.width, r.height].map(Math.round).join(',');
    return `${e.closest('[data-panel]')?.dataset.panel} ${e.className}: ${where}`;
  });
  const panel = document.querySelector(s);
  const readout = panel.querySelector('.time-chart > .readout');
  const cs = getComputedStyle(readout);
  return {
    layout,
    shown: [...readout.children]
      .filter((c) => c.checkVisibility({ visibilityProperty: true }))
      .map((c) => ({ year: c.dataset.readoutYear, box: box(c), bg: getComputedStyle(c).backgroundColor })),
    clips: cs.overflowX !== 'visible' && cs.overflowY !== 'visible',
    readout: box(readout),
    plot: box(panel.querySelector('[data-plot-overlay]')),
    legend: box(panel.querySelector('.time-chart > .legend')),
    legendOpacity: Number(getComputedStyle(panel.querySelector('.time-chart > .legend')).opacity),
    panel: box(panel),
  };
}

/**
 * Hover a few years on the time chart of panel `id` (inside `scope`): its first, middle and last year and
 * the one with the longest readout. For each, the hovered year's values must show, lie over the legend
 * (at its top, opaque, the legend faded), stay off the plot and inside the panel, and nothing may have moved. Returns
 * what went wrong, each line naming the panel and year.
 */
async function checkReadout(page, id, scope = '') {
  const sel = `${scope} [data-panel="${id}"]`;
  // Centred, where no sticky header covers it; then the years to hover and where (the middle of a year's
  // slot: the axis runs from the first year − ½ to the last + ½).
  const years = await page.evaluate((s) => {
    const o = document.querySelector(`${s} [data-plot-overlay]`);
    o.scrollIntoView({ block: 'center' });
    const slider = document.querySelector(`${s} [role="slider"]`);
    const from = Number(slider.getAttribute('aria-valuemin'));
    const to = Number(slider.getAttribute('aria-valuemax'));
    let longest = from;
    let len = -1;
    for (const p of document.querySelectorAll(`${s} .readout-values[data-readout-year]`)) {
      const y = Number(p.dataset.readoutYear);
      if (y >= from && y <= to && p.textContent.length > len) [longest, len] = [y, p.textContent.length];
    }
    const r = o.getBoundingClientRect();
    const at = (y) => ({
      year: y,
      x: r.left + ((y - from + 0.5) / (to - from + 1)) * r.width,
      y: r.top + r.height / 2,
    });
    return [...new Set([from, Math.round((from + to) / 2), to, longest])].map(at);
  }, sel);
  const before = (await page.evaluate(measure, sel)).layout;
  const problems = [];
  for (const { year, x, y } of years) {
    await page.mouse.move(x, y);
    await page.waitForFunction(
      ([s, yr]) => document.querySelector(s)?.dataset.hoverYear === String(yr),
      [sel, year],
    );
    const m = await page.evaluate(measure, sel);
    const at = `${id}, ${year} hovered`;
    if (m.shown.length !== 1 || m.shown[0].year !== String(year)) {
      problems.push(`${at}: readouts shown ${JSON.stringify(m.shown.map((s) => s.year))}`);
      continue;
    }
    const v = m.shown[0].box;
    // What is seen: the year's values, cut by the readout's box where it clips.
    const seen = m.clips
      ? {
          l: Math.max(v.l, m.readout.l),
          t: Math.max(v.t, m.readout.t),
          r: Math.min(v.r, m.readout.r),
          b: Math.min(v.b, m.readout.b),
        }
      : v;
    const px = (b) => [b.l, b.t, b.r, b.b].map(Math.round).join(',');
    if (seen.b - seen.t < 10) problems.push(`${at}: the values are ${seen.b - seen.t}px tall`);
    const overlaps =
      seen.l < m.plot.r - 0.5 &&
      m.plot.l < seen.r - 0.5 &&
      seen.t < m.plot.b - 0.5 &&
      m.plot.t < seen.b - 0.5;
    if (overlaps) problems.push(`${at}: readout ${px(seen)} over the plot ${px(m.plot)}`);
    const outside = (b) =>
      b.l < m.panel.l - 0.5 || b.r > m.panel.r + 0.5 || b.t < m.panel.t - 0.5 || b.b > m.panel.b + 0.5;
    if (outside(seen) || outside(m.clips ? m.readout : v))
      problems.push(`${at}: readout ${px(m.clips ? m.readout : v)} out of its panel ${px(m.panel)}`);
    // It takes the legend's place: an opaque card at the legend's top, as wide as the legend, and the
    // legend fades behind it.
    const L = m.legend;
    if (Math.abs(L.t - v.t) > 1 || Math.abs(L.l - v.l) > 1 || Math.abs(L.r - v.r) > 1)
      problems.push(`${at}: the readout ${px(v)} is not at the legend's top ${px(L)}`);
    if (!(m.legendOpacity < 1)) problems.push(`${at}: the legend does not fade behind the readout`);
    // rgba(r, g, b, a), color(srgb r g b / a) or an opaque colour without an alpha.
    const bg = m.shown[0].bg;
    const alpha =
      bg.match(/^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\)$/)?.[1] ?? bg.match(/\/\s*([\d.]+)\s*\)$/)?.[1];
    if (bg === 'transparent' || (alpha !== undefined && Number(alpha) < 1))
      problems.push(`${at}: the readout's background ${bg} is not opaque`);
    const moved = m.layout.filter((b, i) => b !== before[i]);
    if (moved.length || m.layout.length !== before.length)
      problems.push(`${at}: moved ${moved.slice(0, 3).join('; ')}`);
  }
  return problems;
}

/** The panels with a time chart (and its readout), from the app's own list of panels. */
async function timeChartPanels(page) {
  const ids = await appPanels(page);
  const charts = await page.evaluate(
    (all) => all.filter((id) => document.querySelector(`[data-panel="${id}"] .time-chart > .readout`)),
    ids,
  );
  assert.ok(charts.length >= 6, `${charts.length} time charts: ${charts.join(', ')}`);
  return charts;
}

async function checkAllReadouts(page) {
  const problems = [];
  for (const id of await timeChartPanels(page)) problems.push(...(await checkReadout(page, id)));
  await page.mouse.move(0, 0);
  return problems;
}

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
  test(`${width}×${height}: every time chart reads the hovered year over its legend, never over the plot, moving nothing${width === 390 ? ' (en and zh-TW)' : ''}; Enlarge makes the plot at least 60% of the window's height`, async () => {
    const { page, errors } = await env.openPage('?lang=en', { viewport: { width, height } });
    await settle(page);
    assert.deepEqual(await checkAllReadouts(page), []);
    if (width === 390) {
      // zh-TW (the longest labels) at a phone's size: switched in the page, no second load.
      await page.locator('[data-control="lang"]').selectOption('zh-TW');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-TW');
      await settle(page);
      assert.deepEqual(await checkAllReadouts(page), []);
      await page.locator('[data-control="lang"]').selectOption('en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await settle(page);
    }
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

test('on the slides (1280×720) every time chart reads the hovered year over its legend, never over the plot', async () => {
  const { page, errors } = await env.openPage('?lang=en&mode=present', {
    viewport: { width: 1280, height: 720 },
  });
  const count = Number(
    (await page.locator('.slide-counter').textContent()).match(/(\d+)\s*\D*$/)?.[1] ?? Number.NaN,
  );
  assert.ok(count >= 8, `${count} slides`);
  const problems = [];
  let charts = 0;
  for (let n = 1; n <= count; n++) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((k) => document.querySelector('.presenter')?.dataset.slide === String(k), n);
    // Everything it asked for has arrived (the print deck below loads every slide's parts at the start).
    await page.waitForFunction(
      () =>
        document.documentElement.hasAttribute('data-settled') &&
        !document.querySelector('.slide .panel-loading'),
    );
    const id = await page.evaluate(
      () =>
        document.querySelector('.slide [data-panel] .time-chart > .readout')?.closest('[data-panel]').dataset
          .panel,
    );
    if (!id) continue;
    // A chart's slide is measured once it has found its fit (a shorter chart, smaller type).
    await page.waitForSelector('.slide[data-fitted]');
    charts++;
    problems.push(...(await checkReadout(page, id, '.slide')));
    await page.mouse.move(0, 0);
  }
  assert.ok(charts >= 6, `${charts} time charts on the slides`);
  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
});

/** A panel's axis tick labels, in drawing order (Recharts draws them in a layer of their own). */
const tickLabels = (page, panel) =>
  page
    .locator(`[data-panel="${panel}"] svg.recharts-surface text.recharts-cartesian-axis-tick-value`)
    .evaluateAll((els) => els.map((e) => e.textContent));
const notAYear = (t) => !/^(19|20)\d\d$/.test(t);

test('value axes step by round numbers from zero, zoomed in too (no $650B steps, no lone top tick)', async () => {
  const { page, errors } = await env.openPage('?range=2026-2027');
  const yTicks = async (panel) => (await tickLabels(page, panel)).filter(notAYear);
  // Zoomed to 2026–2027 the data-centre range tops out near $2.6T: steps of $1T, not $650B.
  assert.deepEqual(await yTicks('dc-investment'), ['$0', '$1T', '$2T', '$3T']);
  // Fixed domains: even steps up to the top, none squeezed in below it.
  assert.deepEqual(await yTicks('credit'), ['0 bp', '100 bp', '200 bp', '300 bp', '400 bp', '500 bp']);
  assert.deepEqual(await yTicks('depreciation'), ['0 yrs', '2 yrs', '4 yrs', '6 yrs']);
  assert.deepEqual(errors, []);
});

test('zh-TW axes: whole years on the bonds dates, 基點 on the credit axis', async () => {
  const { page, errors } = await env.openPage('?lang=zh-TW');
  const dates = (await tickLabels(page, 'bonds')).filter((t) => t.includes('月'));
  assert.ok(dates.length >= 2, dates.join(' / '));
  for (const d of dates) assert.match(d, /^20\d\d年\d{1,2}月$/);
  const credit = (await tickLabels(page, 'credit')).filter(notAYear);
  assert.ok(credit.length >= 3);
  for (const c of credit) assert.match(c, /^\d[\d,]* 基點$/);
  assert.deepEqual(errors, []);
});
