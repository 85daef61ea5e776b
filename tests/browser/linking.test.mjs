import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { browserSuite, slotCentre } from './harness.mjs';

/** The first year of a fixture's figures, read from the file (not from the app). */
function firstDataYear(file) {
  const d = JSON.parse(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'));
  return Math.min(
    ...d.series.flatMap((s) => s.observations.map((o) => Number(String(o.period).slice(0, 4)))),
  );
}

const env = browserSuite();

async function plotMiddleY(page, panelId) {
  const box = await page.locator(`[data-panel="${panelId}"] [data-plot-overlay]`).boundingBox();
  assert.ok(box);
  return box.y + box.height / 2;
}
async function xTicks(page, panelId) {
  const recharts = await page
    .locator(`[data-panel="${panelId}"] .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value`)
    .allTextContents();
  if (recharts.length > 0) return recharts;
  // The history chart draws its own SVG: its year labels are the 4-digit ticks (the value ticks run 0–100).
  const own = await page.locator(`[data-panel="${panelId}"] svg text.hv2-tick`).allTextContents();
  return own.filter((t) => /^\d{4}$/.test(t.trim()));
}

test('hovering a year on capex sets the same data-hover-year on every time-series panel; leaving clears', async () => {
  const { page, errors } = await env.openPage();
  const ts = page.locator('[data-timeseries]');
  const n = await ts.count();
  assert.ok(n >= 5);
  await page.locator('[data-panel="capex"]').scrollIntoViewIfNeeded();
  const x = await slotCentre(page, 'capex', 2027);
  await page.mouse.move(x, await plotMiddleY(page, 'capex'));
  await page.waitForFunction(
    () => document.querySelectorAll('[data-timeseries][data-hover-year="2027"]').length >= 5,
  );
  const years = await ts.evaluateAll((els) => els.map((e) => e.getAttribute('data-hover-year')));
  assert.deepEqual(years, Array(n).fill('2027'));
  // Non-time-series panels never carry it.
  assert.equal(await page.locator('[data-panel="bonds"]').getAttribute('data-hover-year'), null);
  // The readout of another panel shows that year's values.
  assert.match(await page.locator('[data-panel="ig-share"] .readout').textContent(), /2027/);
  // Leave the plot: cleared everywhere.
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => document.querySelectorAll('[data-hover-year]').length === 0);
  assert.deepEqual(errors, []);
});

test('a focused chart moves the hovered year with the arrow keys', async () => {
  const { page } = await env.openPage();
  const slider = page.locator('[data-panel="compute-mix"] [role="slider"]');
  await slider.focus();
  // The chart's first year: where its data starts (all years shown, the default).
  const start = Number(await slider.getAttribute('aria-valuemin'));
  assert.equal(start, firstDataYear('compute-mix.json'));
  await page.keyboard.press('ArrowRight');
  const first = await page.locator('[data-panel="capex"]').getAttribute('data-hover-year');
  assert.equal(first, String(start));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(
    await page.locator('[data-panel="depreciation"]').getAttribute('data-hover-year'),
    String(start + 2),
  );
  await page.keyboard.press('ArrowLeft');
  assert.equal(
    await page.locator('[data-panel="pressure"]').getAttribute('data-hover-year'),
    String(start + 1),
  );
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('[data-hover-year]').count(), 0);
});

test('dragging across the capex plot narrows every time-series panel; reset restores', async () => {
  const { page } = await env.openPage();
  await page.locator('[data-panel="capex"]').scrollIntoViewIfNeeded();
  const y = await plotMiddleY(page, 'capex');
  // The capex chart starts at 2025, its first year with the big four on one basis.
  const x0 = await slotCentre(page, 'capex', 2025);
  const x1 = await slotCentre(page, 'capex', 2028);
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move((x0 + x1) / 2, y, { steps: 4 });
  await page.mouse.move(x1, y, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('range') === '2025-2028');
  for (const id of await page
    .locator('[data-timeseries]')
    .evaluateAll((els) => els.map((e) => e.dataset.panel))) {
    const ticks = await xTicks(page, id);
    assert.equal(ticks[0], '2025', `${id} starts at 2025 (${ticks})`);
    assert.equal(ticks[ticks.length - 1], '2028', `${id} ends at 2028 (${ticks})`);
  }
  await page.locator('[data-action="reset-range"]').click();
  assert.equal((await xTicks(page, 'capex')).at(-1), '2030');
  // All years again: each chart starts where its own data starts.
  assert.equal((await xTicks(page, 'ig-share'))[0], String(firstDataYear('ig-share.json')));
  assert.equal((await xTicks(page, 'depreciation'))[0], String(firstDataYear('depreciation.json')));
  assert.equal(new URL(page.url()).searchParams.get('range'), null);
});

test('a drag that ends past the edge of the plot clamps to the last year (as in Grafana)', async () => {
  const { page } = await env.openPage();
  await page.locator('[data-panel="ig-share"]').scrollIntoViewIfNeeded();
  const y = await plotMiddleY(page, 'ig-share');
  const box = await page.locator('[data-panel="ig-share"] [data-plot-overlay]').boundingBox();
  const x0 = await slotCentre(page, 'ig-share', 2026);
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 40, y, { steps: 6 });
  await page.mouse.up();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('range') === '2026-2030');
});

test('selecting meta highlights Meta in bonds and spv and dims the rest; Escape clears', async () => {
  const { page } = await env.openPage();
  await page.locator('[data-panel="bonds"] [data-issuer="meta"]').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('issuer') === 'meta');
  assert.equal(
    await page.locator('[data-panel="bonds"] [data-issuer="meta"]').getAttribute('aria-pressed'),
    'true',
  );
  assert.equal(
    await page.locator('[data-panel="spv"] [data-issuer="meta"]').getAttribute('aria-pressed'),
    'true',
  );
  // Bonds: Meta's deal stays, the others dim.
  assert.equal(await page.locator('[data-panel="bonds"] .deal-list li[data-entity="meta"].dim').count(), 0);
  assert.ok((await page.locator('[data-panel="bonds"] .deal-list li.dim').count()) > 0);
  // SPV: Meta's bonds and Hyperion (Meta-sponsored) are drawn at full strength in Meta's colour; others dimmed.
  const bars = await page
    .locator('[data-panel="spv"] .recharts-bar-rectangle path')
    .evaluateAll((els) =>
      els.map((e) => ({ fill: e.getAttribute('fill'), opacity: Number(e.getAttribute('fill-opacity')) })),
    );
  const strong = bars.filter((b) => b.opacity > 0.5);
  assert.equal(strong.length, 2, JSON.stringify(bars));
  assert.ok(strong.every((b) => b.fill?.toLowerCase() === '#d55e00'));
  // Dimmed: Oracle's, Alphabet's and Amazon's bonds; Vantage's and Abilene's loans.
  assert.ok(bars.filter((b) => b.opacity < 0.5).length >= 5);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !new URL(location.href).searchParams.get('issuer'));
  assert.equal(await page.locator('[data-panel="bonds"] .deal-list li.dim').count(), 0);
});

test('events are drawn as annotations and can be hidden', async () => {
  const { page } = await env.openPage();
  const lines = () => page.locator('[data-panel="bonds"] .event-line').count();
  // Events come with the sources, right after the first paint (and the chart body is a lazy chunk).
  // (Attached: a marker line is a zero-width box; its number is drawn in the chart's label layer.)
  await page.locator('[data-panel="bonds"] .event-line').first().waitFor({ state: 'attached' });
  assert.ok((await page.locator('[data-panel="bonds"] text.event-label').count()) > 0);
  assert.ok((await lines()) > 0);
  await page.getByLabel('Show events').uncheck();
  assert.equal(await lines(), 0);
  assert.equal(await page.locator('[data-panel="bonds"] text.event-label').count(), 0);
});
