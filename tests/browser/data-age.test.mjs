// The header and every panel say how old their newest figure is on the reader's clock (issue 20,
// point 11), in English and zh-TW; a quarterly FRED series is as of its vintage, not its quarter's start.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setupBrowser } from './harness.mjs';

let env;
before(async () => {
  env = await setupBrowser();
});
after(async () => {
  await env.close();
});

/** A page whose clock reads 12 Dec 2026, noon local time. */
async function openAt(query) {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.clock.setFixedTime(new Date(2026, 11, 12, 12));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.server.url}${query}`);
  await page.waitForSelector('[data-panel]');
  await page.waitForFunction(() => !document.querySelector('.panel-loading'));
  return { page, context, errors };
}

test('header and panels: "as of <date> · <age>" against the reader’s clock', async () => {
  const { page, context, errors } = await openAt('');
  const header = page.locator('.app-header [data-as-of]');
  assert.equal(await header.getAttribute('data-as-of'), '2026-06-12');
  assert.match(await header.textContent(), /Data as of Jun 12, 2026 · 6 months ago/);
  const capex = page.locator('[data-panel="capex"] .panel-meta [data-as-of]');
  assert.match(await capex.textContent(), /As of Jun 12, 2026 · 6 months ago/);
  // The credit panel: its daily series' last day. The history panel: GDP's 2026-Q2 figure, published in
  // July 2026 (its vintage), not "Apr 1, 2026" (the quarter's first day).
  const credit = page.locator('[data-panel="credit"] .panel-meta [data-as-of]');
  await credit.waitFor();
  assert.match(await credit.textContent(), /As of Apr 2, 2026 · 8 months ago/);
  const history = page.locator('[data-panel="history"] .panel-meta [data-as-of]');
  await history.waitFor();
  assert.equal(await history.getAttribute('data-as-of'), '2026-09');
  assert.match(await history.textContent(), /As of Sep 2026 · 3 months ago/);
  // Every panel says it.
  const panels = await page.locator('[data-panel]').count();
  assert.equal(await page.locator('[data-panel] .panel-meta [data-as-of]').count(), panels);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in zh-TW the age reads in Chinese', async () => {
  const { page, context } = await openAt('?lang=zh-TW');
  assert.match(
    await page.locator('.app-header [data-as-of]').textContent(),
    /資料截至 2026年6月12日 · 6 個月前/,
  );
  await context.close();
});
