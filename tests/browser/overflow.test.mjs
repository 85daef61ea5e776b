// No page scrolls sideways and no text leaves its panel, at every width from a phone to a desktop, in en and
// zh-TW, with the readouts filled by a hovered year: the dashboard (wide tables and the panel menu open),
// the all-panels embed at six widths, and each single-panel embed at two (every slide: present.test.mjs, at
// its four screen sizes, zh-TW at two of them with the readout filled). Measured with the
// bundled UI font (waits on document.fonts.ready and checks that the font is in use), so the result is the
// same on every machine. One page per language is resized through the widths: no reload per width, no
// fixed sleeps; the two languages run side by side.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { hoverLongestYear, misfits, settle, uiFontLoaded } from './fit-checks.mjs';
import { allSlideIds, setupBrowser } from './harness.mjs';

let env;
/** The gauge and every panel (from the app's panel menu), as `panels=` lists them. */
let ALL;
let SLIDES;
before(async () => {
  env = await setupBrowser();
  SLIDES = await allSlideIds(env.openPage);
  ALL = SLIDES.join(',');
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
const SINGLE_EMBED_WIDTHS = [320, 1280];

/** Go to a view and wait until its lazy chunks have drawn and its fonts have loaded. */
async function load(page, query) {
  await page.goto(`${env.server.url}${query}`);
  await page.waitForSelector('[data-testid="pressure-gauge"], [data-panel], [data-room-gauge]');
  await settle(page);
}

const PANEL_BOXES = '[data-panel], .gauge, .data-section, .app-header, .toolbar, .app-footer';

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
        // Every year's readout takes its room even while hidden; hovering shows one (over the legend).
        const year = await hoverLongestYear(page, '[data-panel="dc-investment"]');
        assert.ok(year, `a year is hovered at ${width}px`);
        await settle(page);
        for (const m of await misfits(page, PANEL_BOXES)) problems.push(`${width}px, ${year} hovered: ${m}`);
        await page.mouse.move(0, 0);
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
        // At 1280×400 (the last width checked) a chart with a plot fills the iframe: its plot is no sliver.
        const plot = await page.evaluate(() => {
          const el = document.querySelector('[data-panel] [data-plot-overlay]');
          return el ? el.getBoundingClientRect().height : null;
        });
        if (plot !== null && plot < 0.3 * 400)
          problems.push(`${id} at 1280×400: the plot is ${plot} px tall`);
      }
      assert.deepEqual([...new Set(problems)], []);
      assert.deepEqual(errors, []);
    });
  }
});
