// Regenerates the README screenshot from the real production build: `npm run build && node tests/browser/screenshot.mjs`.
import { launchChromium, settled, startServer } from './harness.mjs';

const server = await startServer();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1440, height: 1300 } });
await page.goto(`${server.url}?issuer=meta`);
await settled(page);
// Hover 2027 on the capex panel, so the linked crosshair shows on every time-series panel.
// The panels from the top of the grid, just below the sticky header (the page's scroll padding).
await page.evaluate(() => document.getElementById('panel-capex')?.scrollIntoView({ block: 'start' }));
const tick = page
  .locator('[data-panel="capex"] .recharts-xAxis-tick-labels text', { hasText: '2027' })
  .first();
const box = await tick.boundingBox();
const plot = await page.locator('[data-panel="capex"] [data-plot-overlay]').boundingBox();
if (box && plot) await page.mouse.move(box.x + box.width / 2, plot.y + plot.height / 2);
await page.waitForFunction(() =>
  [...document.querySelectorAll('[data-timeseries]')].every((p) => p.dataset.hoverYear === '2027'),
);
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
await page.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
await server.close();
console.log('wrote docs/screenshot.png');
