import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appPanels, browserSuite, settled } from './harness.mjs';

const env = browserSuite();

test('the built app loads its shell from a sub-path-safe build', async () => {
  const { page, errors } = await env.openPage();
  assert.equal(await page.locator('header h1').textContent(), 'Bubble Pressure');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page
    .locator('footer')
    .getByText(/sources/)
    .first()
    .waitFor();
  // Relative asset URLs: the build works from any sub-path of a static host.
  const scripts = await page
    .locator('script[src]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('src')));
  assert.ok(
    scripts.every((s) => s?.startsWith('.')),
    `asset URLs should be relative: ${scripts}`,
  );
  assert.deepEqual(errors, []);
});

test('every panel renders a chart with a title and no console error', async () => {
  const { page, errors } = await env.openPage();
  const ids = await appPanels(page);
  // The default view shows every panel.
  assert.deepEqual(
    await page.locator('[data-panel]').evaluateAll((els) => els.map((e) => e.dataset.panel)),
    ids,
  );
  for (const id of ids) {
    const panel = page.locator(`[data-panel="${id}"]`);
    await panel.waitFor();
    assert.ok((await panel.locator('h2').textContent())?.trim().length, `${id} has a title`);
    // A Recharts chart, or the history's own SVG (a century of quarters drawn by hand).
    const surfaces = await panel.locator('svg.recharts-surface, svg[data-history-svg]').count();
    assert.ok(surfaces >= 1, `${id} draws a chart`);
    // Something is actually drawn: lines, bars or dots inside the chart.
    const marks = await panel
      .locator(
        '.recharts-line path, .recharts-bar-rectangle, .recharts-scatter-symbol, .recharts-area path, .recharts-line-dots circle, svg[data-history-svg] path.hv2-line',
      )
      .count();
    assert.ok(marks > 0, `${id} draws marks`);
  }
  assert.ok((await page.locator('[data-timeseries]').count()) >= 5, 'at least five time-series panels');
  assert.deepEqual(errors, []);
});

test('a panel shows its exact figures as a table and its sources', async () => {
  const { page } = await env.openPage();
  const panel = page.locator('[data-panel="bonds"]');
  await panel.getByRole('button', { name: 'Data table' }).click();
  const table = panel.locator('table.data-table');
  await table.waitFor();
  assert.match(await table.textContent(), /\$18B/);
  await panel.getByRole('button', { name: 'Sources' }).click();
  assert.match(await panel.locator('.source-list').textContent(), /Reuters|Press reports/);
});

test('single column at 390×844 and no sideways scrolling at phone, tablet and laptop widths', async () => {
  for (const [width, height] of [
    [390, 844],
    [768, 1024],
    [1280, 800],
  ]) {
    const { page, context } = await env.openPage('', { viewport: { width, height } });
    assert.ok(
      (await page.evaluate(() => document.documentElement.scrollWidth)) <= width,
      `no sideways scroll at ${width}`,
    );
    if (width === 390) {
      const lefts = await page
        .locator('[data-panel]')
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
      assert.equal(new Set(lefts).size, 1, `one column at 390: ${lefts}`);
    }
    await context.close();
  }
});

test('a strict Content-Security-Policy is in force and nothing violates it', async () => {
  const { page, errors } = await env.openPage();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-eval|script-src[^;]*unsafe-inline/);
  await page.evaluate(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  // Exercise the app: theme, present mode (its chunk and slides load) and back.
  await page.locator('[data-control="theme"]').click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  await page.locator('[data-action="present"]').click();
  await page.locator('[data-slide-counter]').waitFor();
  await settled(page);
  await page.keyboard.press('Escape');
  await page.locator('.toolbar').waitFor();
  await settled(page);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
});
