// Pointer, touch and keyboard on the time charts: nothing moves under the pointer, a tap and a drag
// work on a touch screen (and a vertical swipe still scrolls), every Tab stop is a control, only the
// focused chart speaks, and dated events sit inside their year's slot.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite, settled, slotCentre, tickCentre } from './harness.mjs';

const env = browserSuite();

/** x of the middle of `year`'s slot on a plot showing `from`–`to` (narrow charts skip tick labels). */
const slotX = (box, year, [from, to]) => box.x + ((year - from + 0.5) / (to - from + 1)) * box.width;

/** The years a chart shows, as its slider states them (each chart starts where its data starts). */
const chartYears = async (page, id) => {
  const slider = page.locator(`[data-panel="${id}"] [role="slider"]`);
  return [
    Number(await slider.getAttribute('aria-valuemin')),
    Number(await slider.getAttribute('aria-valuemax')),
  ];
};

/** Every panel's and chart's box, to compare before and after hovering. */
const layout = (page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll('[data-panel], [data-panel] svg.recharts-surface, [data-plot-overlay]'),
    ].map((e) => {
      const r = e.getBoundingClientRect();
      return [
        Math.round(r.left),
        Math.round(r.top + scrollY),
        Math.round(r.width),
        Math.round(r.height),
      ].join(',');
    }),
  );

/** Two painted frames: whatever the last input changed has been laid out and reported to observers. */
const frames = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

test('hovering every year on two charts moves no panel and no chart (no layout shift)', async () => {
  // openPage returns a settled page: every lazily loaded series and chunk is in, nothing is still moving.
  const { page, errors } = await env.openPage();
  await page.evaluate(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shift += e.value;
    }).observe({ type: 'layout-shift' });
  });
  for (const id of ['capex', 'pressure']) {
    await page.locator(`[data-panel="${id}"]`).scrollIntoViewIfNeeded();
    await settled(page);
    const before = await layout(page);
    // Shifts are counted from here (scrolling is not a layout shift, but be exact about the start).
    await frames(page);
    await page.evaluate(() => {
      window.__shift = 0;
    });
    const box = await page.locator(`[data-panel="${id}"] [data-plot-overlay]`).boundingBox();
    // Every year the chart shows (it starts where its data starts).
    const years = (
      await page
        .locator(`[data-panel="${id}"] .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value`)
        .allTextContents()
    ).map(Number);
    assert.equal(years.at(-1), 2030);
    for (const year of years) {
      await page.mouse.move(await slotCentre(page, id, year), box.y + 10);
      await page.waitForFunction(
        (y) => document.querySelectorAll(`[data-timeseries][data-hover-year="${y}"]`).length >= 5,
        year,
      );
      assert.deepEqual(await layout(page), before, `${id}: hovering ${year} moved something`);
    }
    // The readout shows the hovered year's values (and the crosshair its year) on another chart too.
    const other = id === 'capex' ? 'ig-share' : 'capex';
    // biome-ignore lint/performance/useDomNodeTextContent: only the visible text counts (every year is in the DOM)
    assert.match(await page.locator(`[data-panel="${other}"] .readout`).innerText(), /^2030/);
    // biome-ignore lint/performance/useDomNodeTextContent: only the visible text counts (every year is in the DOM)
    assert.equal((await page.locator(`[data-panel="${other}"] .crosshair`).innerText()).trim(), '2030');
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => document.querySelectorAll('[data-hover-year]').length === 0);
    assert.deepEqual(await layout(page), before, `${id}: leaving moved something`);
    // Wait for frames so the observer has reported, then: no shift at all while hovering.
    await frames(page);
    assert.equal(await page.evaluate(() => window.__shift), 0, `${id}: layout shift while hovering`);
  }
  assert.deepEqual(errors, []);
});

test('the crosshair is an HTML layer over the chart: hover re-renders no SVG', async () => {
  const { page } = await env.openPage();
  await page.locator('[data-panel="capex"]').scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    window.__svgMutations = 0;
    const mo = new MutationObserver((records) => {
      window.__svgMutations += records.filter((r) => r.target instanceof SVGElement).length;
    });
    for (const svg of document.querySelectorAll('[data-timeseries] svg'))
      mo.observe(svg, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const box = await page.locator('[data-panel="capex"] [data-plot-overlay]').boundingBox();
  for (const year of [2025, 2026, 2028, 2030]) {
    await page.mouse.move(await slotCentre(page, 'capex', year), box.y + 10);
    await page.waitForFunction(
      (y) => document.querySelector('[data-panel="pressure"]')?.dataset.hoverYear === String(y),
      year,
    );
  }
  assert.equal(await page.evaluate(() => window.__svgMutations), 0);
  // The crosshair sits in the middle of the hovered year, where its annual values are drawn.
  const cross = await page.locator('[data-panel="capex"] .crosshair-line').boundingBox();
  assert.ok(Math.abs(cross.x - (await slotCentre(page, 'capex', 2030))) <= 1.5);
});

test('on a touch screen a tap shows the year everywhere, a horizontal drag zooms, a vertical swipe scrolls', async () => {
  const { page, context } = await env.openPage('', {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });
  await page.locator('[data-panel="capex"] [data-plot-overlay]').scrollIntoViewIfNeeded();
  const box = await page.locator('[data-panel="capex"] [data-plot-overlay]').boundingBox();
  const y = box.y + box.height / 2;
  const years = await chartYears(page, 'capex');
  // Tap: the year appears on every time chart, crosshair and readout, and stays after the finger lifts.
  await page.touchscreen.tap(slotX(box, 2027, years), y);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-timeseries]')].every(
      (p) => p.getAttribute('data-hover-year') === '2027',
    ),
  );
  // Still there a few frames after the finger has lifted.
  await frames(page);
  await frames(page);
  assert.equal(await page.locator('[data-panel="capex"]').getAttribute('data-hover-year'), '2027');
  assert.equal(
    await page.locator('[data-panel="capex"] .crosshair').evaluate((e) => getComputedStyle(e).visibility),
    'visible',
  );
  // biome-ignore lint/performance/useDomNodeTextContent: only the visible text counts (every year is in the DOM)
  assert.match(await page.locator('[data-panel="ig-share"] .readout').innerText(), /^2027/);
  // The readout takes no room above the chart and covers no data: it lies over the legend, below the
  // plot, and the tapped year's values are on screen inside the panel.
  const chart = await page.locator('[data-panel="capex"] .time-chart').boundingBox();
  const focus = await page.locator('[data-panel="capex"] .chart-focus').boundingBox();
  assert.ok(Math.abs(focus.y - chart.y) <= 1, `${focus.y - chart.y}px kept above the chart`);
  const values = await page
    .locator('[data-panel="capex"] .readout-values[data-readout-year="2027"]')
    .boundingBox();
  assert.ok(values.height > 0 && values.y >= box.y + box.height - 1, 'the values open below the plot');
  assert.ok(values.x >= chart.x - 1 && values.x + values.width <= chart.x + chart.width + 1);

  const cdp = await context.newCDPSession(page);
  const touch = async (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  async function swipe(x0, y0, x1, y1, steps = 12) {
    await touch('touchStart', [{ x: x0, y: y0 }]);
    for (let i = 1; i <= steps; i++) {
      await touch('touchMove', [{ x: x0 + ((x1 - x0) * i) / steps, y: y0 + ((y1 - y0) * i) / steps }]);
      // One move a frame, as a finger's moves arrive.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    }
    await touch('touchEnd', []);
  }
  // A vertical swipe on the chart scrolls the page and leaves the range alone.
  const scrollBefore = await page.evaluate(() => scrollY);
  const xMid = slotX(box, 2025, years);
  await swipe(xMid, y + 40, xMid, y - 160);
  await page.waitForFunction((s) => scrollY > s + 50, scrollBefore);
  assert.equal(new URL(page.url()).searchParams.get('range'), null);
  // A horizontal drag zooms every time chart.
  await page.locator('[data-panel="capex"] [data-plot-overlay]').scrollIntoViewIfNeeded();
  const b2 = await page.locator('[data-panel="capex"] [data-plot-overlay]').boundingBox();
  await swipe(slotX(b2, 2025, years), b2.y + b2.height / 2, slotX(b2, 2028, years), b2.y + b2.height / 2);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('range') === '2025-2028');
});

test('every Tab stop is a control, a link or an element with a role (none inside chart drawings)', async () => {
  const { page } = await env.openPage();
  const stops = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const tag = el.tagName.toLowerCase();
      const named =
        ['a', 'button', 'input', 'select', 'textarea', 'summary', 'iframe'].includes(tag) ||
        el.hasAttribute('role');
      return {
        what: `${tag}${el.getAttribute('class') ? `.${el.getAttribute('class').split(' ')[0]}` : ''}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}`,
        named,
        inSvg: el instanceof SVGElement,
        key: el.outerHTML.slice(0, 120),
      };
    });
    if (stop === null) break;
    if (stops.length > 0 && stops[0].key === stop.key && i > 5) break;
    stops.push(stop);
  }
  assert.ok(stops.length > 30, `only ${stops.length} Tab stops`);
  const dead = stops.filter((s) => !s.named || s.inSvg).map((s) => s.what);
  assert.deepEqual(dead, [], `${dead.length} of ${stops.length} Tab stops do nothing`);
});

test('only the chart with keyboard focus announces its readout', async () => {
  const { page } = await env.openPage();
  const live = () =>
    page
      .locator('.readout')
      .evaluateAll((els) =>
        els.map((e) => [e.closest('[data-panel]')?.dataset.panel, e.getAttribute('aria-live')]),
      );
  assert.deepEqual(
    (await live()).filter(([, l]) => l !== 'off'),
    [],
  );
  await page.locator('[data-panel="compute-mix"] [role="slider"]').focus();
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(
    (await live()).filter(([, l]) => l !== 'off'),
    [['compute-mix', 'polite']],
  );
  await page.keyboard.press('Tab');
  assert.deepEqual(
    (await live()).filter(([, l]) => l !== 'off'),
    [],
  );
});

test('a dated event sits inside its year slot, between the visible slot boundaries', async () => {
  const { page } = await env.openPage();
  const panel = page.locator('[data-panel="dc-investment"]');
  await panel.scrollIntoViewIfNeeded();
  // The McKinsey figure of 2025-04-28 is the first event of this panel.
  assert.match(await panel.locator('.events li').first().textContent(), /Apr 28, 2025/);
  const line = await panel.locator('.event-line').first().boundingBox();
  const x = line.x + line.width / 2;
  // The slot's left boundary: a line, or the plot's left edge where 2025 is the chart's first year.
  const first = await panel.locator('[role="slider"]').getAttribute('aria-valuemin');
  const start =
    first === '2025'
      ? await panel.locator('[data-plot-overlay]').boundingBox()
      : await panel.locator('.slot-line[data-slot-start="2025"]').boundingBox();
  const end = await panel.locator('.slot-line[data-slot-start="2026"]').boundingBox();
  assert.ok(start && end, 'slot boundaries are drawn');
  assert.ok(x > start.x && x < end.x, `event at ${x} outside the 2025 slot ${start.x}–${end.x}`);
  // The year's tick and label sit at its 1 January: the slot's left edge.
  const tick = await tickCentre(page, 'dc-investment', 2025);
  assert.ok(Math.abs(tick - start.x) <= 2, `2025 tick at ${tick}, its slot starts at ${start.x}`);
  // The event carries its date (public contract) and is drawn right of its year's tick.
  assert.equal(
    await panel.locator('[data-event-date]').first().getAttribute('data-event-date'),
    '2025-04-28',
  );
  assert.ok(x > tick);
  // Visible: a boundary has a colour and a height.
  const style = await panel
    .locator('.slot-line[data-slot-start="2026"]')
    .evaluate((e) => [getComputedStyle(e).borderLeftStyle, e.getBoundingClientRect().height]);
  assert.equal(style[0], 'solid');
  assert.ok(style[1] > 50);
});

test('a zoom that drops events keeps the list numbered as the chart', async () => {
  const { page, errors } = await env.openPage();
  const panel = page.locator('[data-panel="capex"]');
  await panel.scrollIntoViewIfNeeded();
  const numbers = () =>
    panel.evaluate((p) => ({
      // The numbers are drawn in the chart's label layer, in the same order as the event lines.
      chart: [...p.querySelectorAll('[data-event-date]')].map((line, i) => [
        line.getAttribute('data-event-date'),
        p.querySelectorAll('text.event-label')[i]?.textContent,
      ]),
      list: [...p.querySelectorAll('.events li')].map((li) => [
        li.querySelector('time').getAttribute('datetime').slice(0, 10),
        String(li.value),
      ]),
    }));
  const before = await numbers();
  assert.ok(before.chart.length >= 2, 'capex shows dated events');
  assert.deepEqual(before.list, before.chart);
  // Drag from 2026 to 2027: the events of 2025 leave the view, the rest are numbered from 1 again.
  const box = await panel.locator('[data-plot-overlay]').boundingBox();
  const x = async (year) => {
    const [from, to] = await panel
      .locator('[role="slider"]')
      .evaluate((s) => [Number(s.getAttribute('aria-valuemin')), Number(s.getAttribute('aria-valuemax'))]);
    return box.x + ((year - from + 0.5) / (to - from + 1)) * box.width;
  };
  await page.mouse.move(await x(2026), box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(await x(2027), box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('range') === '2026-2027');
  await settled(page);
  const after = await numbers();
  assert.ok(after.chart.length >= 1 && after.chart.length < before.chart.length, 'the zoom dropped events');
  assert.deepEqual(
    after.chart.map(([, n]) => n),
    after.chart.map((_, i) => String(i + 1)),
  );
  assert.deepEqual(after.list, after.chart);
  assert.deepEqual(errors, []);
});
