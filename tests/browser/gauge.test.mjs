import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite } from './harness.mjs';

const env = browserSuite();

async function readGauge(page) {
  const gauge = page.locator('[data-testid="pressure-gauge"]');
  const now = Number(await gauge.getAttribute('aria-valuenow'));
  const text = await gauge.getAttribute('aria-valuetext');
  const rows = await page.locator('[data-component]').evaluateAll((els) =>
    els.map((e) => ({
      id: e.getAttribute('data-component'),
      c: Number(e.getAttribute('data-contribution')),
    })),
  );
  return { now, text, rows, sum: rows.reduce((a, r) => a + r.c, 0) };
}

test('the gauge is a meter whose component rows add up to its value', async () => {
  const { page, errors } = await env.openPage();
  const gauge = page.locator('[data-testid="pressure-gauge"]');
  assert.equal(await gauge.getAttribute('role'), 'meter');
  assert.equal(await gauge.getAttribute('aria-valuemin'), '0');
  assert.equal(await gauge.getAttribute('aria-valuemax'), '100');
  const g = await readGauge(page);
  assert.ok(g.now > 0 && g.now <= 100);
  assert.match(g.text, /Calm|Elevated|High|Extreme/);
  assert.equal(g.rows.length, 7);
  assert.ok(Math.abs(g.sum - g.now) < 0.2, `rows sum ${g.sum} vs ${g.now}`);
  assert.match(await page.locator('.method-version').textContent(), /method v1/);
  assert.deepEqual(errors, []);
});

test('changing a weight and a scenario input moves the gauge and its breakdown consistently', async () => {
  const { page } = await env.openPage();
  const before = await readGauge(page);
  // Weight: credit concentration ×4 (a component whose score is away from the mean, so the total moves;
  // valuation's 0.5 sits at the 2026 mean and would leave it unchanged at one decimal).
  await page.locator('[data-weight="credit-concentration"]').fill('4');
  await page.waitForFunction(
    (v) =>
      Number(document.querySelector('[data-testid="pressure-gauge"]').getAttribute('aria-valuenow')) !== v,
    before.now,
  );
  const afterWeight = await readGauge(page);
  assert.ok(Math.abs(afterWeight.sum - afterWeight.now) < 0.2);
  const val = (g) => g.rows.find((r) => r.id === 'credit-concentration').c;
  assert.ok(val(afterWeight) > val(before), 'credit concentration contributes more');
  assert.match(new URL(page.url()).search, /w\.credit-concentration=4/);
  // Scenario: a 3-year realistic server life raises depreciation pressure.
  const dep = (g) => g.rows.find((r) => r.id === 'depreciation').c;
  const slider = page.locator('[data-scenario="life"]');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('s.life') === '3');
  const afterLife = await readGauge(page);
  assert.ok(dep(afterLife) > dep(afterWeight), 'depreciation contributes more with a shorter life');
  assert.ok(afterLife.now > afterWeight.now);
  assert.ok(Math.abs(afterLife.sum - afterLife.now) < 0.2);
  // The depreciation panel follows the scenario.
  assert.match(await page.locator('[data-panel="depreciation"]').textContent(), /3 yrs/);
});

test('all weights at zero gives a clear message, never NaN', async () => {
  const { page } = await env.openPage(
    `?${['capex-growth', 'debt-financing', 'off-balance-sheet', 'valuation', 'monetization-gap', 'depreciation', 'credit-concentration'].map((c) => `w.${c}=0`).join('&')}`,
  );
  await page.getByText('All weights are zero').first().waitFor();
  const text = await page.locator('.gauge').textContent();
  assert.doesNotMatch(text, /NaN/);
});
