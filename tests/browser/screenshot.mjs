// Regenerates the README screenshot from the real production build: `npm run build && node tests/browser/screenshot.mjs`.
import { chromium } from 'playwright-core';
import { findChromium, launchArgs, startServer } from './harness.mjs';

const server = await startServer();
const browser = await chromium.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  args: launchArgs(),
});
const page = await browser.newPage({ viewport: { width: 1440, height: 1300 } });
await page.goto(`${server.url}?issuer=meta`);
await page.waitForSelector('[data-panel="capex"] svg.recharts-surface');
// Hover 2027 on the capex panel, so the linked crosshair shows on every time-series panel.
await page.evaluate(() => window.scrollTo(0, 560));
const tick = page
  .locator('[data-panel="capex"] .recharts-xAxis-tick-labels text', { hasText: '2027' })
  .first();
const box = await tick.boundingBox();
const plot = await page.locator('[data-panel="capex"] [data-plot-overlay]').boundingBox();
if (box && plot) await page.mouse.move(box.x + box.width / 2, plot.y + plot.height / 2);
await page.waitForTimeout(200);
await page.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
await server.close();
console.log('wrote docs/screenshot.png');
