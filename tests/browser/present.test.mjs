import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { hoverLongestYear, misfits as textMisfits } from './fit-checks.mjs';
import { allSlideIds, browserSuite } from './harness.mjs';

const env = browserSuite();

/** The gauge and every panel of the app (as its panel menu lists them), one slide each. */
let ALL;
let COUNT;
before(async () => {
  const slides = await allSlideIds(env.openPage);
  ALL = slides.join(',');
  COUNT = slides.length;
});
/** Screen sizes, each in English; zh-TW (the longest labels) at a phone's and a projector's, readouts filled. */
const SIZES = [
  [1024, 768, 'en'],
  [1280, 720, 'en'],
  [1920, 1080, 'en'],
  [390, 844, 'en'],
  [390, 844, 'zh-TW'],
  [1280, 720, 'zh-TW'],
];
const SLIDE_BOXES = '.slide, .slide-content, .slide [data-panel], .slide-bar';

/** Wait until the slide has loaded its chart and settled (no overflow left), then report what does not fit. */
async function misfits(page) {
  await page.waitForFunction(() => !document.querySelector('.panel-loading'));
  await page.waitForSelector('.slide[data-fitted]');
  return page.evaluate(() => {
    const out = [];
    const de = document.documentElement;
    if (de.scrollHeight > innerHeight || de.scrollWidth > innerWidth)
      out.push(`page scrolls: ${de.scrollWidth}×${de.scrollHeight}`);
    // No inner scroll area: nothing on the slide can scroll, and nothing is clipped by its boxes.
    for (const el of document.querySelectorAll('.presenter, .presenter *')) {
      const cs = getComputedStyle(el);
      const scrollsY = ['auto', 'scroll'].includes(cs.overflowY) && el.scrollHeight > el.clientHeight + 1;
      const scrollsX = ['auto', 'scroll'].includes(cs.overflowX) && el.scrollWidth > el.clientWidth + 1;
      if (scrollsY || scrollsX) out.push(`scroll area: ${el.tagName}.${el.className}`);
    }
    const slide = document.querySelector('.slide');
    for (const box of [slide, ...slide.children]) {
      if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1)
        out.push(`clipped: ${box.className} by ${box.scrollHeight - box.clientHeight}px`);
    }
    // The data owner's notice (ICE's licensed spreads) stays on the slide at every fit.
    const slideBox = slide.getBoundingClientRect();
    for (const notice of slide.querySelectorAll('[data-licence]')) {
      const r = notice.getBoundingClientRect();
      if (getComputedStyle(notice).display === 'none' || r.height === 0 || r.bottom > slideBox.bottom + 0.5)
        out.push(`licence notice hidden or cut (${notice.dataset.licence})`);
    }
    const bar = document.querySelector('.slide-bar').getBoundingClientRect();
    if (bar.bottom > innerHeight + 0.5 || bar.right > innerWidth + 0.5) out.push('slide bar off screen');
    return out;
  });
}

for (const [width, height, lang] of SIZES) {
  const filled = lang !== 'en';
  test(`every slide fits ${width}×${height} (${lang}) without page scroll or an inner scroll area; no text out of its box${filled ? ', readout filled' : ''}`, async () => {
    const { page, errors } = await env.openPage(`?lang=${lang}&mode=present&panels=${ALL}`, {
      viewport: { width, height },
    });
    const problems = [];
    const nextX = new Set();
    for (let n = 1; n <= COUNT; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await page.waitForFunction((k) => document.querySelector('.presenter')?.dataset.slide === String(k), n);
      const year = filled ? await hoverLongestYear(page, '.slide') : null;
      const bad = [...(await misfits(page)), ...(await textMisfits(page, SLIDE_BOXES))];
      // Numbered event markers only with their list: a slide that folds the list away drops them too.
      const keyless = await page.evaluate(() => {
        const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const slide = document.querySelector('.slide');
        const markers = [...slide.querySelectorAll('text.event-label')].filter(shown).length;
        const list = [...slide.querySelectorAll('.events li')].filter(shown).length;
        return markers > 0 && list === 0 ? markers : 0;
      });
      if (keyless) bad.push(`${keyless} numbered event markers without their list`);
      // On a projector the gauge slide (no chart to take the room) grows into the screen, not a strip on top.
      if (width >= 1920) {
        const used = await page.evaluate(() => {
          const room = document.querySelector('.slide .room-gauge');
          if (!room) return null;
          const slide = document.querySelector('.slide').getBoundingClientRect();
          const bottom = Math.max(
            ...[...room.querySelectorAll('*')].map((e) => e.getBoundingClientRect().bottom),
          );
          return (bottom - slide.top) / slide.height;
        });
        if (used !== null && used < 0.6) bad.push(`the gauge fills ${Math.round(used * 100)}% of the slide`);
      }
      // The → button stays where it was (clicking it again moves on), whatever else a slide puts in the bar.
      if (n < 10)
        nextX.add(
          Math.round(
            await page
              .locator('.slide-bar > button')
              .nth(1)
              .evaluate((b) => b.getBoundingClientRect().left),
          ),
        );
      if (bad.length) problems.push(`slide ${n}${year ? `, ${year} hovered` : ''}: ${bad.join('; ')}`);
      if (year) await page.mouse.move(0, 0);
    }
    assert.deepEqual(problems, []);
    assert.equal(nextX.size, 1, `the → button moves between slides: x = ${[...nextX].join(', ')}`);
    assert.deepEqual(errors, []);
  });
}

test('the gauge slide is made for a room: both readings, bands in words, year, named contributions, no controls', async () => {
  const { page, errors } = await env.openPage('?mode=present&panels=gauge,capex&year=2027', {
    viewport: { width: 1280, height: 720 },
  });
  const gauge = page.locator('[data-room-gauge]');
  await gauge.waitFor();
  const text = await gauge.textContent();
  assert.match(text, /2027/);
  assert.match(text, /Calm|Elevated|High|Extreme/);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-room-gauge] [role="meter"]')].every(
      (m) => !m.hasAttribute('aria-busy'),
    ),
  );
  assert.deepEqual(
    await gauge.locator('[role="meter"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-index'))),
    ['buildup', 'stress'],
  );
  const now = Number(await page.locator('[data-testid="pressure-gauge"]').getAttribute('aria-valuenow'));
  // The build-up reading with one decimal, as shown and as the meter's value.
  const big = page.locator('[data-room-gauge] [data-index="buildup"] .im-big');
  assert.match(await big.textContent(), /^\d+\.\d$/);
  assert.equal((await big.textContent()).trim(), now.toFixed(1));
  const rows = page.locator('[data-room-gauge] [data-contrib="buildup"] [data-component]');
  assert.equal(await rows.count(), 11);
  assert.match(await rows.first().textContent(), /Valuation.*\d\.\d/);
  const sum = (await rows.evaluateAll((els) => els.map((e) => Number(e.dataset.contribution)))).reduce(
    (a, b) => a + b,
    0,
  );
  assert.ok(Math.abs(sum - now) < 0.1, `contributions add up to the number (${sum} vs ${now})`);
  assert.match(await gauge.locator('.gh-together').textContent(), /^Build-up (low|moderate|high), stress/);
  // The two indices' bars end at the same place (their totals, 56.8 and 2.3, differ in width).
  const ends = await gauge
    .locator('.contrib-track')
    .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().right)));
  assert.equal(ends.length, 2);
  assert.equal(ends[0], ends[1], `bars end at ${ends.join(' and ')}`);
  assert.equal(await gauge.locator('input, select, textarea, button').count(), 0);
  assert.deepEqual(errors, []);
});

test('slides: no hover hint; Home and End; slide=99 goes to the last slide with a notice; Esc drops slide', async () => {
  const { page, errors } = await env.openPage('?mode=present&panels=gauge,capex,bonds&slide=99');
  const counter = page.locator('[data-slide-counter]');
  assert.match(await counter.textContent(), /3 of 3/);
  await page.locator('[data-notice="url"] [data-param="slide"]').waitFor();
  await page.keyboard.press('Home');
  await page.locator('[data-room-gauge]').waitFor();
  assert.match(await counter.textContent(), /1 of 3/);
  await page.keyboard.press('End');
  await page.locator('[data-panel="bonds"]').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('slide'), '3');
  await page.keyboard.press('ArrowLeft');
  await page.locator('[data-panel="capex"] .time-chart').waitFor();
  // The chart hint ("Hover or use the arrow keys…") is not shown on a slide.
  const hint = await page.evaluate(() =>
    [...document.querySelectorAll('.slide *')].some(
      (e) =>
        /Hover or use the arrow keys/.test(e.textContent ?? '') &&
        e.checkVisibility({ visibilityProperty: true }) &&
        e.children.length === 0,
    ),
  );
  assert.equal(hint, false);
  await page.keyboard.press('Escape');
  await page.locator('.toolbar').waitFor();
  const params = new URL(page.url()).searchParams;
  assert.equal(params.get('slide'), null);
  assert.equal(params.get('mode'), null);
  assert.deepEqual(errors, []);
});

test('the last slide (and key q) shows a QR code of the view, drawn locally', async () => {
  const { page, errors } = await env.openPage(
    '?mode=present&panels=gauge,capex&issuer=meta&range=2024-2030',
    {
      viewport: { width: 1280, height: 720 },
    },
  );
  assert.equal(await page.locator('[data-share-qr]').count(), 0);
  await page.keyboard.press('q');
  const qr = page.locator('[data-share-qr]');
  await qr.waitFor();
  const link = new URL(await qr.getAttribute('data-share-qr'));
  assert.equal(link.searchParams.get('issuer'), 'meta');
  assert.equal(link.searchParams.get('range'), '2024-2030');
  assert.equal(link.searchParams.get('panels'), 'gauge,capex');
  assert.equal(link.searchParams.get('mode'), 'present');
  assert.ok((await qr.locator('svg path').getAttribute('d')).length > 1000, 'the code has modules');
  await page.keyboard.press('Escape'); // closes the code, stays in the presentation
  await page.waitForFunction(() => !document.querySelector('[data-share-qr]'));
  assert.equal(await page.locator('[data-slide-counter]').count(), 1);
  await page.keyboard.press('End');
  await page.locator('[data-share-qr]').waitFor();
  assert.equal(await page.locator('[data-panel="capex"]').count(), 1);
  assert.deepEqual(errors, []);
});

test('the slide bar sits below the slide on one line, on every slide', async () => {
  const { page, errors } = await env.openPage(`?mode=present&panels=${ALL}&slide=4`, {
    viewport: { width: 1280, height: 720 },
  });
  await page.waitForSelector('.slide[data-fitted]');
  const r = await page.evaluate(() => {
    const bar = document.querySelector('.slide-bar').getBoundingClientRect();
    const slide = document.querySelector('.slide').getBoundingClientRect();
    return { barTop: bar.top, barHeight: bar.height, slideBottom: slide.bottom };
  });
  assert.ok(r.barTop >= r.slideBottom - 1, `bar below the slide (${JSON.stringify(r)})`);
  assert.ok(r.barHeight < 70, `bar on one line (${r.barHeight}px)`);
  assert.deepEqual(errors, []);
});
