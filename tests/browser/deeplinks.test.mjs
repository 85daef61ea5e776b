import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite, inParallel, settled } from './harness.mjs';

const env = browserSuite();

/** Everything a viewer sees that a link must reproduce. */
async function viewFingerprint(page) {
  return page.evaluate(() => ({
    panels: [...document.querySelectorAll('[data-panel]')].map((e) => e.getAttribute('data-panel')),
    lang: document.documentElement.lang,
    theme: document.documentElement.dataset.theme,
    mode: document.documentElement.dataset.mode,
    gauge: document.querySelector('[data-testid="pressure-gauge"]')?.getAttribute('aria-valuenow') ?? null,
    contributions: [...document.querySelectorAll('[data-component]')].map((e) =>
      e.getAttribute('data-contribution'),
    ),
    range: document.querySelector('[data-range]')?.getAttribute('data-range') ?? null,
    selection: [...document.querySelectorAll('[data-issuer][aria-pressed="true"]')].map((e) =>
      e.getAttribute('data-issuer'),
    ),
    focus: document.querySelector('.focus-cell [data-panel]')?.getAttribute('data-panel') ?? null,
    ticks: [...document.querySelectorAll('[data-panel="capex"] .recharts-xAxis-tick-labels text')].map(
      (t) => t.textContent,
    ),
  }));
}

test('Share copies a fully specified link that reproduces the view in a fresh browser context', async () => {
  const { page, errors } = await env.openPage(
    '?panels=capex,bonds,spv,depreciation&range=2023-2029&w.valuation=2&s.life=3&theme=dark',
    {
      permissions: ['clipboard-read', 'clipboard-write'],
    },
  );
  await page.locator('[data-panel="spv"] [data-issuer="meta"]').click();
  await page.locator('[data-control="lang"]').selectOption('zh-TW');
  await page.locator('[data-panel="bonds"] .panel-actions button[aria-pressed]').click(); // enlarge bonds
  await page.locator('[data-action="share"]').click();
  const link = await page.locator('[data-share-url]').inputValue();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clip, link, 'the clipboard holds the link');
  const params = new URL(link).searchParams;
  for (const key of [
    'v',
    'range',
    'panels',
    'focus',
    'issuer',
    'lang',
    'theme',
    'mode',
    'slide',
    'w.valuation',
    's.life',
    'w.depreciation',
    's.growth',
  ]) {
    assert.ok(params.has(key), `link carries ${key}: ${link}`);
  }
  assert.equal(params.get('v'), '2');
  // Both pages compared once settled: the lazily loaded series (the gauge's BBB spread and GDP) in.
  await settled(page);
  const original = await viewFingerprint(page);
  const fresh = await env.openPage(link.slice(link.indexOf('?')));
  const copy = await viewFingerprint(fresh.page);
  assert.deepEqual(copy, original);
  assert.equal(copy.lang, 'zh-TW');
  assert.equal(copy.theme, 'dark');
  assert.ok(
    copy.selection.length >= 2 && copy.selection.every((id) => id === 'meta'),
    `meta selected: ${copy.selection}`,
  );
  assert.equal(copy.focus, 'bonds');
  assert.deepEqual(errors, []);
  assert.deepEqual(fresh.errors, []);
});

test('the address bar follows the view; Back and Forward step through each change', async () => {
  const { page } = await env.openPage();
  await page.locator('.panel-menu summary').click();
  await page.locator('[data-toggle-panel="valuation"]').uncheck();
  await page.waitForFunction(
    () =>
      !new URL(location.href).searchParams.get('panels')?.includes('valuation') &&
      new URL(location.href).searchParams.has('panels'),
  );
  assert.equal(await page.locator('[data-panel="valuation"]').count(), 0);
  await page.locator('[data-control="theme"]').click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  // A weight change is a step of its own too (one entry per committed change).
  const historyLength = await page.evaluate(() => history.length);
  // What-if and weights are one click away (a disclosure under the gauge's headline).
  await page.locator('[data-gauge-adjust] > summary').click();
  await page.locator('[data-weight="valuation"]').fill('3');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('w.valuation') === '3');
  assert.equal(await page.evaluate(() => history.length), historyLength + 1);
  await page.goBack();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('w.valuation'));
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  await page.goBack();
  await page.locator('[data-panel="valuation"]').waitFor();
  await page.goForward();
  await page.waitForFunction(() => !document.querySelector('[data-panel="valuation"]'));
  await page.goForward();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
});

test('present mode: one panel per slide in panels order; keys move and update slide=; Escape returns', async () => {
  const { page, errors } = await env.openPage(
    '?mode=present&panels=gauge,capex,bonds&range=2024-2030&issuer=meta',
  );
  const counter = page.locator('[data-slide-counter]');
  assert.match(await counter.textContent(), /1 of 3/);
  assert.equal(await page.locator('[data-testid="pressure-gauge"]').count(), 1);
  await page.keyboard.press('ArrowRight');
  await page.locator('[data-panel="capex"]').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('slide'), '2');
  await page.keyboard.press('Space');
  await page.locator('[data-panel="bonds"]').waitFor();
  assert.match(await counter.textContent(), /3 of 3/);
  await page.keyboard.press('PageDown'); // stays on the last slide
  assert.match(await counter.textContent(), /3 of 3/);
  await page.keyboard.press('PageUp');
  await page.locator('[data-panel="capex"]').waitFor();
  await page.keyboard.press('ArrowLeft');
  assert.equal(new URL(page.url()).searchParams.get('slide'), null); // slide 1 is the default
  // Large type for a projector.
  await page.keyboard.press('ArrowRight');
  const h2Size = await page
    .locator('[data-panel="capex"] h2')
    .evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
  assert.ok(h2Size >= 28, `slide title is large (${h2Size}px)`);
  await page.keyboard.press('Escape');
  await page.locator('.toolbar').waitFor();
  const params = new URL(page.url()).searchParams;
  assert.equal(params.get('mode'), null);
  assert.equal(params.get('range'), '2024-2030');
  assert.equal(params.get('issuer'), 'meta');
  assert.equal(params.get('panels'), 'gauge,capex,bonds');
  // The keyboard focus is back on the Present button, not at the start of the page.
  await page.waitForFunction(() => document.activeElement?.dataset.action === 'present');
  assert.deepEqual(errors, []);
});

test('embed mode: only the listed panel, no toolbar, a source line and a link to the dashboard; fits 600×400', async () => {
  const { page, errors } = await env.openPage('?mode=embed&panels=capex&range=2024-2030', {
    viewport: { width: 600, height: 400 },
  });
  assert.equal(await page.locator('[data-panel]').count(), 1);
  assert.equal(await page.locator('.toolbar').count(), 0);
  assert.equal(await page.locator('.app-header').count(), 0);
  assert.match(await page.locator('[data-panel="capex"] .panel-meta').textContent(), /Source/);
  const href = await page.locator('[data-action="open-dashboard"]').getAttribute('href');
  const target = new URL(href, page.url());
  const params = target.searchParams;
  assert.equal(params.get('mode'), 'dashboard');
  assert.equal(params.get('range'), '2024-2030');
  // The full dashboard, focused on (and scrolled to) the embedded panel.
  assert.equal(params.get('focus'), 'capex');
  assert.ok(params.get('panels').split(',').length >= 9, params.get('panels'));
  assert.equal(target.hash, '#panel-capex');
  const overflow = await page.evaluate(() => ({
    sw: document.documentElement.scrollWidth,
    sh: document.documentElement.scrollHeight,
  }));
  assert.ok(
    overflow.sw <= 600 && overflow.sh <= 400,
    `no scrollbars at 600×400: ${JSON.stringify(overflow)}`,
  );
  assert.deepEqual(errors, []);
});

test('a 600×400 embed stays readable: with a link notice the plot keeps its room; the gauge alone scrolls above its link', async () => {
  // Nothing of the panel or the gauge runs under the "Open in Bubble Pressure" link.
  const clear = (page, selector) =>
    page.evaluate((sel) => {
      const foot = document.querySelector('.embed-foot').getBoundingClientRect();
      const box = document.querySelector(sel).getBoundingClientRect();
      return box.bottom <= foot.top + 1;
    }, selector);
  const notice = await env.openPage('?mode=embed&panels=capex&rnage=2024', {
    viewport: { width: 600, height: 400 },
  });
  await notice.page.locator('[data-notice="url"]').waitFor();
  const plot = await notice.page.locator('[data-panel] [data-plot-overlay]').boundingBox();
  assert.ok(plot.height >= 0.3 * 400, `the plot is ${plot.height} px tall under the notice`);
  assert.ok(await clear(notice.page, '[data-panel="capex"] .legend'), 'the legend ends above the link');
  const gauge = await env.openPage('?mode=embed&panels=gauge&lang=zh-TW', {
    viewport: { width: 600, height: 400 },
  });
  assert.ok(await clear(gauge.page, '.gauge'), 'the gauge ends above the link');
  // What does not fit scrolls inside the gauge's box: the sources line is reached.
  await gauge.page.locator('.gauge').evaluate((g) => {
    g.scrollTop = g.scrollHeight;
  });
  const sources = await gauge.page.locator('.gauge').evaluate((g) => {
    const last = [...g.querySelectorAll('p')].pop().getBoundingClientRect();
    return last.bottom <= g.getBoundingClientRect().bottom + 1;
  });
  assert.ok(sources, 'the gauge scrolls to its last line');
  assert.deepEqual([...notice.errors, ...gauge.errors], []);
});

const HOSTILE = [
  ['range=2030-2024', 'range'],
  ['range=1900-2030', 'range'],
  ['panels=capex,nope', 'panels'],
  ['panels=%3Cscript%3Ealert(1)%3C/script%3E', 'panels'],
  ['w.valuation=-2', 'w.valuation'],
  ['w.valuation=abc', 'w.valuation'],
  [`s.life=${'9'.repeat(5000)}`, 's.life'],
  ['v=99', 'v'],
  ['lang=%3Cimg%20src=x%20onerror=alert(1)%3E', 'lang'],
  ['mode=evil&slide=-3', 'mode'],
  ['focus=nope', 'focus'],
  ['issuer=%22%3E%3Csvg%20onload=alert(1)%3E', 'issuer'],
];

test('hostile links each show a notice naming the ignored parameter; nothing crashes', async () => {
  // Each link in a fresh browser context of its own, two at a time.
  await inParallel(HOSTILE, 2, async ([query, param]) => {
    const { page, errors, context } = await env.openPage(`?${query}&theme=dark`);
    const notice = page.locator('[role="status"][data-notice="url"]');
    await notice.waitFor();
    assert.ok(
      (await notice.locator(`[data-param="${param}"]`).count()) >= 1,
      `${query}: notice names ${param}`,
    );
    // The good parameter still applies.
    assert.equal(
      await page.evaluate(() => document.documentElement.dataset.theme),
      'dark',
      `${query}: theme still applied`,
    );
    // Values are only rendered as text: no injected elements.
    assert.equal(await page.locator('script:not([src]), img[src="x"], svg[onload]').count(), 0);
    assert.ok((await page.locator('[data-panel]').count()) > 0, `${query}: the page is not blank`);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await notice.count(), 0);
    assert.deepEqual(errors, [], query);
    await context.close();
  });
});

test('lang=zh-TW sets <html lang> and translates the page', async () => {
  const { page } = await env.openPage('?lang=zh-TW');
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-TW');
  assert.match(await page.locator('#gauge-title').textContent(), /泡沫/);
});
