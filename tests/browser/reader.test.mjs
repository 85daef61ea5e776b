import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { browserSuite } from './harness.mjs';

const env = browserSuite();

const param = (page, key) => new URL(page.url()).searchParams.get(key);

test('Back undoes one committed change at a time and never leaves the app', async () => {
  const { page, errors } = await env.openPage('');
  const start = page.url();
  await page.locator('[data-issuer="meta"]').first().click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('issuer') === 'meta');
  // What-if and weights are one click away (a disclosure under the gauge's headline).
  await page.locator('[data-gauge-adjust] > summary').click();
  await page.locator('[data-weight="valuation"]').fill('3');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('w.valuation') === '3');
  // A slider drag is one change, when released.
  const slider = page.locator('[data-scenario="life"]');
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
  await page.mouse.down();
  for (const f of [0.5, 0.6, 0.7, 0.8, 0.9])
    await page.mouse.move(box.x + box.width * f, box.y + box.height / 2);
  await page.mouse.up();
  const life = param(page, 's.life');
  assert.ok(life !== null && Number(life) > 4, `the drag changed the scenario (s.life=${life})`);

  await page.goBack();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('s.life'));
  assert.equal(param(page, 'w.valuation'), '3');
  assert.equal(param(page, 'issuer'), 'meta');
  await page.goBack();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('w.valuation'));
  assert.equal(param(page, 'issuer'), 'meta');
  assert.equal(await page.locator('[data-weight="valuation"]').inputValue(), '1');
  await page.goBack();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('issuer'));
  // Still in the app, at the view it opened with.
  assert.equal(page.url(), start);
  assert.equal(await page.locator('[data-testid="pressure-gauge"]').count(), 1);
  await page.goForward();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('issuer') === 'meta');
  assert.deepEqual(errors, []);
});

test('a link without lang or theme takes the browser language and colour scheme', async () => {
  for (const [locale, lang] of [
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['en-GB', 'en'],
  ]) {
    const { page, errors } = await env.openPage('', { locale, colorScheme: 'dark' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, locale);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    // The reader's own defaults are not written into the address.
    assert.equal(param(page, 'lang'), null);
    assert.equal(param(page, 'theme'), null);
    assert.deepEqual(errors, []);
  }
  // A link that names them wins over the browser.
  const { page } = await env.openPage('?lang=en&theme=light', { locale: 'zh-TW', colorScheme: 'dark' });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  // The light-scheme reader who switches to dark gets theme=dark in the address.
  const light = await env.openPage('', { colorScheme: 'light', locale: 'en-US' });
  assert.equal(await light.page.evaluate(() => document.documentElement.dataset.theme), 'light');
  await light.page.locator('[data-control="theme"]').click();
  await light.page.waitForFunction(() => new URL(location.href).searchParams.get('theme') === 'dark');
});

test('zh-TW shows real glyphs from the bundled font, fetched from the app itself; English loads only the bundled UI font', async () => {
  // Settled: the font's CSS chunk and the slices the page's text needs have loaded.
  const { page, errors, requests } = await env.openPage('?lang=zh-TW', {
    viewport: { width: 1280, height: 720 },
  });
  await page.waitForFunction(() =>
    [...document.fonts].some((f) => f.family.includes('Noto Sans TC') && f.status === 'loaded'),
  );
  await page.evaluate(() => document.fonts.ready);
  // Tofu boxes all look alike; real glyphs differ. Draw two characters in the page's own font stack.
  const distinct = await page.evaluate(() => {
    const family = getComputedStyle(document.querySelector('h1, h2')).fontFamily;
    const draw = (ch) => {
      const c = document.createElement('canvas');
      c.width = 64;
      c.height = 64;
      const ctx = c.getContext('2d');
      ctx.font = `48px ${family}`;
      ctx.fillText(ch, 4, 52);
      return c.toDataURL();
    };
    const chars = ['壓', '本', '泡', '月'];
    return new Set(chars.map(draw)).size === chars.length;
  });
  assert.ok(distinct, 'CJK characters render as distinct glyphs, not empty boxes');
  // A look for people (docs/zh-tw.png was taken the same way); kept out of the work tree.
  await page.screenshot({ path: join(tmpdir(), 'bubble-pressure-zh-tw.png') });
  const fontRequests = requests.filter((u) => /\.woff2?$/.test(u));
  assert.ok(fontRequests.length > 0, 'the page fetched its zh-TW font slices');
  assert.ok(
    fontRequests.every((u) => u.startsWith(env.server.url)),
    `fonts come from the app itself: ${fontRequests}`,
  );
  assert.deepEqual(errors, []);

  // English loads only the bundled UI font (Inter, latin subset), none of the zh-TW slices.
  const en = await env.openPage('?lang=en');
  const loadedInEnglish = await en.page.evaluate(() =>
    [...document.fonts].filter((f) => f.status !== 'unloaded').map((f) => f.family.replace(/["']/g, '')),
  );
  assert.deepEqual(loadedInEnglish, ['Inter Variable'], 'English loads the bundled UI font only');
});

test('links people type: lenient values apply, an unknown parameter gets a notice', async () => {
  const { page, errors } = await env.openPage(
    '?lang=zh-tw&issuer=Meta&range=2024%E2%80%932030&rnage=2025-2030',
  );
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-TW');
  assert.equal((await page.locator('[data-issuer="meta"][aria-pressed="true"]').count()) > 0, true);
  assert.equal(param(page, 'range'), '2024-2030');
  const notice = page.locator('[data-notice="url"] [data-param="rnage"]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /range/);
  assert.equal(await page.locator('[data-notice="url"] [data-param]').count(), 1);
  assert.deepEqual(errors, []);
});
