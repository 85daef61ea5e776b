import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite, settled } from './harness.mjs';

const env = browserSuite();

const READY = '[data-panel="history"] [data-history-status="ready"]';

/**
 * Hover the history chart at a decimal-year position, from its axis domain, and wait for the readout
 * to show `quarter` (the page has settled: nothing above the chart still changes height).
 */
async function hoverAt(page, year, quarter) {
  const overlay = page.locator('[data-panel="history"] [data-plot-overlay]');
  await overlay.scrollIntoViewIfNeeded();
  await settled(page);
  const box = await overlay.boundingBox();
  // The plot overlay spans the chart's year domain exactly (`data-x-domain`, e.g. 1997-2027).
  const [from, to] = (
    await page.locator('[data-panel="history"] [data-x-domain]').getAttribute('data-x-domain')
  )
    .split('-')
    .map(Number);
  await page.mouse.move(box.x + ((year - from) * box.width) / (to - from), box.y + box.height / 2);
  await page.waitForFunction(
    (q) => document.querySelector('[data-history-readout]')?.getAttribute('data-quarter') === q,
    quarter,
  );
}

test('hovering 2000 on the history panel reads the composite of 2000-Q1, linked to the other time charts', async () => {
  const { page, errors } = await env.openPage('');
  await page.waitForSelector(READY);
  await hoverAt(page, 2000.125, '2000-Q1');
  const readout = page.locator('[data-panel="history"] [data-history-readout]');
  assert.equal(await readout.getAttribute('data-composite'), '51.3');
  assert.match(await readout.textContent(), /2000-Q1 · Composite \(history v1\): 51\.3/);
  assert.match(await readout.textContent(), /equities \/ GDP 162\.6%/);
  assert.equal(await page.locator('[data-panel="history"]').getAttribute('data-hover-year'), '2000');
  // The shared crosshair: every time-series panel carries the hovered year.
  assert.equal(await page.locator('[data-panel="capex"]').getAttribute('data-hover-year'), '2000');
  // 2007-Q3, the other reference reading.
  await hoverAt(page, 2007.625, '2007-Q3');
  assert.equal(await readout.getAttribute('data-composite'), '9.0');
  assert.deepEqual(errors, []);
});

test("the panel marks peaks, recessions and today, flags the provisional quarter and shows ICE's notice", async () => {
  const { page, errors } = await env.openPage('?panels=history');
  await page.waitForSelector(READY);
  const panel = page.locator('[data-panel="history"]');
  const text = await panel.textContent();
  for (const label of [
    '2000 peak',
    '2007 peak',
    '2001 recession',
    '2007–2009 recession',
    'Today (2026-Q1): 33.3',
  ]) {
    assert.ok(text.includes(label), label);
  }
  assert.equal(await panel.locator('[data-provisional="2026-Q2:equities-gdp"]').count(), 1);
  assert.match(
    await panel.locator('[data-licence="ice"]').textContent(),
    /ICE Data Indices, LLC.*prior written permission of ICE Data Indices/,
  );
  assert.match(await panel.textContent(), /National Bureau of Economic Research/);
  // Keyboard: Home goes to the first quarter, → steps one quarter.
  await panel.locator('[role="slider"]').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  assert.equal(await panel.locator('[data-history-readout]').getAttribute('data-quarter'), '1997-Q2');
  assert.deepEqual(errors, []);
});

test("the gauge places today's market-based reading between the 2007 and 2000 readings", async () => {
  const { page, errors } = await env.openPage('');
  await page.waitForSelector('[data-history-place="between"]');
  const sentence = await page.locator('[data-history-place]').textContent();
  assert.match(sentence, /between the 2007 and 2000 readings/);
  assert.match(sentence, /2007-Q3 9 · today 33\.3 \(2026-Q1\) · 2000-Q1 51\.3/);
  assert.deepEqual(errors, []);
});

test('range= accepts years from 1997; the history panel follows a widened range', async () => {
  const { page, errors } = await env.openPage('?range=1999-2009&panels=history,capex');
  await page.waitForSelector(READY);
  assert.equal(await page.locator('[data-notice="url"]').count(), 0);
  assert.equal(
    await page.locator('[data-panel="history"] [data-x-domain]').getAttribute('data-x-domain'),
    '1999-2010',
  );
  const bad = await env.openPage('?range=1996-2030');
  assert.equal(await bad.page.locator('[data-notice="url"] [data-param="range"]').count(), 1);
  assert.deepEqual(errors, []);
});
