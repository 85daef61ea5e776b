// Present mode without a talk (issue 22): slide order by keyboard, a short QR link, a zoom undone with one
// tap, and a phone's swipe between slides (never on the plot).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite, slotCentre } from './harness.mjs';
import { onSlide } from './talk-helpers.mjs';

const env = browserSuite();

test('present mode without a talk: slide order by keyboard, a short QR link that opens the slide on screen, a zoom undone with one tap', async () => {
  const { page, errors } = await env.openPage('?mode=present&panels=gauge,capex,credit&issuer=meta', {
    viewport: { width: 1280, height: 720 },
  });
  await onSlide(page, 1);
  await page.locator('[data-action="slide-order"]').click();
  await page.locator('[data-slide-order] [data-reorder-handle]').first().focus();
  await page.keyboard.press('End');
  await page.waitForFunction(
    () => new URL(location.href).searchParams.get('panels') === 'capex,credit,gauge',
  );
  // The gauge stays on screen, now the last slide (with the QR code).
  await onSlide(page, 3);
  await page.keyboard.press('Escape');
  const qr = new URL(await page.locator('[data-share-qr]').getAttribute('data-share-qr'));
  assert.equal(qr.searchParams.get('mode'), 'present');
  assert.equal(qr.searchParams.get('slide'), '3');
  assert.equal(qr.searchParams.get('issuer'), 'meta');
  assert.equal(qr.searchParams.get('lang'), null, 'the audience’s own language');
  assert.equal(qr.searchParams.get('w.valuation'), null, 'only what differs from the defaults');
  // A drag across the capex plot zooms; one tap undoes it.
  await page.keyboard.press('Home');
  await onSlide(page, 1);
  await page.locator('.slide [data-plot-overlay]').first().waitFor();
  const y = (await page.locator('.slide [data-plot-overlay]').first().boundingBox()).y + 40;
  // The capex chart starts at 2025 (its first year with the big four on one basis).
  const from = await slotCentre(page, 'capex', 2025);
  const to = await slotCentre(page, 'capex', 2027);
  await page.mouse.move(from, y);
  await page.mouse.down();
  await page.mouse.move(to, y, { steps: 6 });
  await page.mouse.up();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('range') === '2025-2027');
  await page.locator('[data-action="undo-zoom"]').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('range') === null);
  assert.equal(await page.locator('[data-action="undo-zoom"]').count(), 0);
  assert.deepEqual(errors, []);
});

test('on a phone a horizontal swipe outside the plot moves between slides; on the plot it does not', async () => {
  const { page, errors } = await env.openPage('?mode=present&panels=capex,bonds,spv', {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  await onSlide(page, 1);
  const swipe = (selector, dx) =>
    page.evaluate(
      ({ selector, dx }) => {
        const el = document.querySelector(selector);
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + Math.min(20, r.height / 2);
        const touch = (cx) => new Touch({ identifier: 1, target: el, clientX: cx, clientY: y });
        el.dispatchEvent(
          new TouchEvent('touchstart', { bubbles: true, touches: [touch(x)], changedTouches: [touch(x)] }),
        );
        el.dispatchEvent(
          new TouchEvent('touchend', { bubbles: true, touches: [], changedTouches: [touch(x + dx)] }),
        );
      },
      { selector, dx },
    );
  await swipe('.slide .panel-head h2', -120);
  await onSlide(page, 2);
  await swipe('.slide .panel-head h2', 120);
  await onSlide(page, 1);
  // A swipe on the plot is not a slide change: after it, one swipe beside the plot goes to slide 2, not 3.
  await swipe('.slide [data-plot-overlay]', -120);
  await swipe('.slide .panel-head h2', -120);
  await onSlide(page, 2);
  assert.deepEqual(errors, []);
});
