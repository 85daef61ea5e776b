// No two chart labels overlap (issue 23): every chart's text on the dashboard (axis ticks, event numbers,
// threshold and reference labels, bar and mean labels, annotations) is walked at four widths from a phone
// to a wide desktop, in en and zh-TW, with the bundled UI font in use, and any two text boxes of one chart
// that cross or touch fail the test. A text box is the <text> element's box less the font's line gap (10% of
// its height at the top and at the bottom), so two rows of labels set one line apart do not count as
// touching; side by side, two labels need 4 px between them (event numbers 1 and 4 must not read as "14").
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { settle, uiFontLoaded } from './fit-checks.mjs';
import { setupBrowser } from './harness.mjs';

let env;
before(async () => {
  env = await setupBrowser();
});
after(async () => {
  await env.close();
});

/** Width × height: phone, small laptop, laptop, desktop. */
const SIZES = [
  [390, 844],
  [1024, 768],
  [1440, 900],
  [1920, 1080],
];
const LANGS = ['en', 'zh-TW'];

/** Pairs of crossing labels in each panel's charts, as readable strings ("capex: "1" × "4""). */
function overlaps(page) {
  return page.evaluate(() => {
    const out = [];
    const panels = [...document.querySelectorAll('[data-panel]')];
    let count = 0;
    for (const panel of panels) {
      for (const svg of panel.querySelectorAll('svg')) {
        if (svg.closest('.legend')) continue;
        const boxes = [];
        for (const t of svg.querySelectorAll('text')) {
          const text = (t.textContent ?? '').trim();
          if (!text || !t.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
          const r = t.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          const pad = r.height * 0.1;
          boxes.push({ text, l: r.left - 2, r: r.right + 2, t: r.top + pad, b: r.bottom - pad });
        }
        count += boxes.length;
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            if (a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b)
              out.push(`${panel.dataset.panel}: "${a.text}" × "${b.text}"`);
          }
      }
    }
    return { out, count, panels: panels.length };
  });
}

describe('chart labels never overlap', { concurrency: 2 }, () => {
  for (const lang of LANGS) {
    test(`every chart's labels are clear of each other at 390–1920 px (${lang})`, async () => {
      const [w0, h0] = SIZES[0];
      const { page, errors } = await env.openPage(`?lang=${lang}`, { viewport: { width: w0, height: h0 } });
      const found = [];
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await settle(page);
        assert.ok(await uiFontLoaded(page), 'the bundled UI font is loaded and used');
        const { out, count, panels } = await overlaps(page);
        // The walk saw the charts: every panel on the page, and their labels.
        assert.ok(panels >= 10 && count > panels * 5, `${panels} panels, ${count} labels at ${width} px`);
        found.push(...out.map((o) => `${width}×${height}: ${o}`));
      }
      assert.deepEqual(found, []);
      assert.deepEqual(errors, []);
    });
  }
});
