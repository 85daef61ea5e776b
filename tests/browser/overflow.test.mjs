// No page scrolls sideways and no text leaves its panel, at every width from a phone to a desktop, in en and
// zh-TW, with the readouts filled by a hovered year: the dashboard (wide tables and the panel menu open),
// every slide, the all-panels embed at six widths, and each single-panel embed at three. Measured with the
// bundled UI font (waits on document.fonts.ready and checks that the font is in use), so the result is the
// same on every machine. One page per language is resized through the widths: no reload per width, no
// fixed sleeps; the two languages run side by side.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setupBrowser } from './harness.mjs';

let env;
before(async () => {
  env = await setupBrowser();
});
after(async () => {
  await env.close();
});

/** Width × height: phone (small and common), tablet portrait, laptop, desktop. */
const SIZES = [
  [320, 640],
  [390, 844],
  [768, 1024],
  [1024, 768],
  [1280, 720],
  [1440, 900],
];
const LANGS = ['en', 'zh-TW'];
const SINGLE_EMBED_WIDTHS = [320, 600, 1280];
const ALL =
  'gauge,capex,dc-investment,bonds,spv,ig-share,valuation,compute-mix,depreciation,credit,pressure,history';
const SLIDES = ALL.split(',');

/** Go to a view and wait until its lazy chunks have drawn and its fonts have loaded. */
async function load(page, query) {
  await page.goto(`${env.server.url}${query}`);
  await page.waitForSelector('[data-testid="pressure-gauge"], [data-panel], [data-room-gauge]');
  await settle(page);
}

/**
 * Wait until the page is at rest: no panel still loading, fonts loaded, and the layout unchanged over three
 * animation frames (charts re-measure their width in a ResizeObserver after a resize). With `widthsOnly`,
 * only the widths must hold still: a slide may still be stepping its fit (shorter chart, smaller type),
 * which never makes anything wider. Without it, a slide is at rest when its fit has stopped stepping.
 */
async function settle(page, { widthsOnly = false } = {}) {
  await page.waitForFunction(() => !document.querySelector('.panel-loading'));
  await page.evaluate(async (widths) => {
    await document.fonts.ready;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const signature = () => {
      const se = document.scrollingElement;
      const content = document.querySelector('.slide-content');
      const charts = [...document.querySelectorAll('svg.recharts-surface')].map((s) => s.clientWidth);
      const sizes = [se.scrollWidth, se.clientWidth, content?.scrollWidth, ...charts];
      if (widths) return sizes.join('|');
      return [
        ...sizes,
        se.scrollHeight,
        document.querySelector('.presenter')?.dataset.fit,
        document.querySelector('.slide')?.hasAttribute('data-fitted'),
        content?.scrollHeight,
      ].join('|');
    };
    let last = '';
    let same = 0;
    while (same < 3) {
      await frame();
      const now = signature();
      same = now === last ? same + 1 : 0;
      last = now;
    }
    await document.fonts.ready;
  }, widthsOnly);
}

/** True when the page's Latin text is drawn with the bundled Inter (loaded from the app's own files). */
function uiFontLoaded(page) {
  return page.evaluate(() =>
    [...document.fonts].some(
      (f) => f.family.replace(/["']/g, '') === 'Inter Variable' && f.status === 'loaded',
    ),
  );
}

/**
 * Hover the year whose readout is the longest on the first time chart on screen, so every linked readout
 * is filled. The x of a year comes from the chart's own year ticks (a straight line through them).
 */
async function hoverLongestYear(page, scope = '') {
  const overlay = page.locator(`${scope} [data-plot-overlay]`).first();
  if ((await overlay.count()) === 0) return null;
  await overlay.scrollIntoViewIfNeeded();
  const target = await overlay.evaluate((ov) => {
    const chart = ov.closest('.time-chart') ?? ov.closest('[data-panel]');
    let best = null;
    for (const p of chart?.querySelectorAll('.readout-values[data-readout-year]') ?? []) {
      const len = p.textContent.length;
      if (!best || len > best.len) best = { year: Number(p.dataset.readoutYear), len };
    }
    const ticks = [...(chart?.querySelectorAll('.recharts-xAxis-tick-labels text') ?? [])]
      .map((t) => ({ year: Number(t.textContent), r: t.getBoundingClientRect() }))
      .filter((t) => Number.isInteger(t.year) && t.r.width > 0);
    const o = ov.getBoundingClientRect();
    const y = o.top + o.height / 2;
    if (!best || ticks.length < 2) return { x: o.left + o.width * 0.8, y, year: null };
    const a = ticks[0];
    const b = ticks[ticks.length - 1];
    const cx = (t) => t.r.left + t.r.width / 2;
    const x = cx(a) + ((best.year - a.year) * (cx(b) - cx(a))) / (b.year - a.year);
    return { x: Math.min(o.right - 1, Math.max(o.left + 1, x)), y, year: best.year };
  });
  await page.mouse.move(target.x, target.y);
  await page.waitForSelector('[data-hover-year]');
  return page.locator('[data-hover-year]').first().getAttribute('data-hover-year');
}

/**
 * What sticks out: the page scrolling sideways (and the elements past its right edge), a panel or slide
 * whose content is wider than its box, and chart text drawn outside its panel.
 */
function misfits(page, boxes) {
  return page.evaluate((selector) => {
    const out = [];
    const se = document.scrollingElement;
    const vw = se.clientWidth;
    const name = (el) => {
      const cls = typeof el.className === 'string' ? el.className : (el.className?.baseVal ?? '');
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      return `${el.tagName.toLowerCase()}${cls ? `.${cls.split(' ').join('.')}` : ''} "${text}"`;
    };
    // The deepest elements past `right` (hidden ones too: they take room), not clipped by a scroll box.
    const past = (root, right) => {
      const found = [];
      for (const el of root.querySelectorAll('*')) {
        if (el.closest('.print-deck') || !el.checkVisibility()) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.right <= right + 0.5) continue;
        if ([...el.children].some((c) => c.getBoundingClientRect().right > right + 0.5)) continue;
        let clip = el.parentElement;
        while (clip && clip !== root && getComputedStyle(clip).overflowX === 'visible')
          clip = clip.parentElement;
        if (clip && clip !== root && clip.getBoundingClientRect().right <= right + 0.5) continue;
        found.push(`${name(el)} to ${Math.round(r.right)}`);
      }
      return found.slice(0, 4).join('; ');
    };
    if (se.scrollWidth > vw)
      out.push(`page scrolls sideways: ${se.scrollWidth} > ${vw}: ${past(document.body, vw)}`);
    for (const box of document.querySelectorAll(selector)) {
      if (box.closest('.print-deck') || box.getClientRects().length === 0) continue;
      const id = box.dataset.panel ?? box.className;
      const b = box.getBoundingClientRect();
      if (box.scrollWidth > box.clientWidth + 1)
        out.push(
          `${id}: content ${box.scrollWidth} px wide in a ${box.clientWidth} px box: ${past(box, b.left + box.clientLeft + box.clientWidth)}`,
        );
      for (const t of box.querySelectorAll('svg text')) {
        const r = t.getBoundingClientRect();
        if (r.width === 0 || getComputedStyle(t).visibility === 'hidden') continue;
        if (r.right > b.right + 1 || r.left < b.left - 1)
          out.push(
            `${id}: chart text ${name(t)} outside the panel (${Math.round(r.left)}–${Math.round(r.right)})`,
          );
      }
    }
    return out;
  }, boxes);
}

const PANEL_BOXES = '[data-panel], .gauge, .data-section, .app-header, .toolbar, .app-footer';
const SLIDE_BOXES = '.slide, .slide-content, .slide [data-panel], .slide-bar';

// The two languages run side by side, each in its own page (two cores: two renderers at work).
describe('no sideways scroll, no text out of its box', { concurrency: 2 }, () => {
  for (const lang of LANGS) {
    test(`dashboard (${lang}): no sideways scroll and no text out of its panel at 320–1440 px, readouts filled`, async () => {
      const { page, errors } = await env.openPage(`?lang=${lang}`, {
        viewport: { width: 1440, height: 900 },
      });
      await settle(page);
      assert.ok(await uiFontLoaded(page), 'the bundled UI font is loaded and used');
      // The wide contents open too: the method's thresholds table, the panel menu and every panel's data table.
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details.method, details.panel-menu')) d.open = true;
        for (const b of document.querySelectorAll(
          '[data-panel] .panel-actions button[aria-expanded="false"]',
        ))
          b.click();
      });
      await page.waitForFunction(
        () =>
          document.querySelectorAll('[data-panel] .panel-actions button[aria-expanded="false"]').length === 0,
      );
      const problems = [];
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await settle(page);
        // Every year's readout takes its room even while hidden; hovering shows one (over the chart on a phone).
        const year = await hoverLongestYear(page, '[data-panel="dc-investment"]');
        assert.ok(year, `a year is hovered at ${width}px`);
        await settle(page);
        for (const m of await misfits(page, PANEL_BOXES)) problems.push(`${width}px, ${year} hovered: ${m}`);
        await page.mouse.move(0, 0);
      }
      assert.deepEqual([...new Set(problems)], []);
      assert.deepEqual(errors, []);
    });

    test(`slides (${lang}): no sideways scroll and no text out of the slide at 320–1440 px, readout filled`, async () => {
      const { page, errors } = await env.openPage(`?lang=${lang}&mode=present&panels=${ALL}`, {
        viewport: { width: 1440, height: 900 },
      });
      assert.ok(await uiFontLoaded(page), 'the bundled UI font is loaded and used');
      const problems = [];
      for (let n = 1; n <= SLIDES.length; n++) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        await page.waitForFunction(
          (k) => document.querySelector('.presenter')?.dataset.slide === String(k),
          n,
        );
        for (const [width, height] of SIZES) {
          await page.setViewportSize({ width, height });
          await settle(page, { widthsOnly: true });
          const year = await hoverLongestYear(page, '.slide');
          await settle(page, { widthsOnly: true });
          // A slide steps its type down while anything overflows it (sideways too): what sticks out before
          // the fit has finished is checked again once it has.
          let bad = await misfits(page, SLIDE_BOXES);
          if (bad.length > 0) {
            await settle(page);
            bad = await misfits(page, SLIDE_BOXES);
          }
          for (const m of bad)
            problems.push(
              `slide ${n} (${SLIDES[n - 1]}) at ${width}px${year ? `, ${year} hovered` : ''}: ${m}`,
            );
          await page.mouse.move(0, 0);
        }
      }
      assert.deepEqual([...new Set(problems)], []);
      assert.deepEqual(errors, []);
    });

    test(`embeds (${lang}): one panel and all panels, no sideways scroll at 320–1440 px`, async () => {
      const { page, errors } = await env.openPage(`?lang=${lang}&mode=embed&panels=${ALL}`, {
        viewport: { width: 600, height: 400 },
      });
      const problems = [];
      const check = async (what, widths = SIZES.map(([w]) => w)) => {
        for (const width of widths) {
          await page.setViewportSize({ width, height: 400 });
          await settle(page);
          const year = await hoverLongestYear(page);
          if (year) await settle(page);
          for (const m of await misfits(page, '[data-panel]'))
            problems.push(`${what} at ${width}px${year ? `, ${year} hovered` : ''}: ${m}`);
          await page.mouse.move(0, 0);
        }
      };
      await settle(page);
      assert.ok(await uiFontLoaded(page), 'the bundled UI font is loaded and used');
      await check('all panels');
      // One panel alone fills its iframe (a different layout): at a phone's width, the 600 px it is made for
      // and a laptop's.
      for (const id of SLIDES.filter((p) => p !== 'gauge')) {
        await load(page, `?lang=${lang}&mode=embed&panels=${id}`);
        await check(id, SINGLE_EMBED_WIDTHS);
      }
      assert.deepEqual([...new Set(problems)], []);
      assert.deepEqual(errors, []);
    });
  }
});
