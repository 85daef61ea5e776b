import { chromium } from 'playwright-core';
import { launchArgs, startServer } from './tests/browser/harness.mjs';

const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: launchArgs() });
for (const [w, h] of [
  [1440, 900],
  [390, 844],
]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(`${server.url}?panels=credit`);
  await page.waitForSelector('[data-panel="credit"] .recharts-wrapper');
  await page.locator('[data-panel="credit"] button', { hasText: 'Data table' }).click();
  await page.waitForSelector('[data-credit-table] tr[data-year]');
  await page.waitForTimeout(500);
  await page.locator('[data-credit-table]').screenshot({ path: `/tmp/ct-${w}.png` });
  console.log(await page.locator('[data-credit-table] tr').count());
  await page.close();
}
await browser.close();
await server.close();
