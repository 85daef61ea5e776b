// Dev helper: screenshot the built app. Usage: node tests/browser/shoot.mjs <query> <out.png> [width] [height]
import { chromium } from 'playwright-core';
import { launchArgs, startServer } from './harness.mjs';

const [query = '', out = '/tmp/shot.png', w = '1440', h = '900', full = 'full'] = process.argv.slice(2);
const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: launchArgs(),
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(`${server.url}${query}`);
await page.waitForSelector('[data-panel], [data-testid="pressure-gauge"]');
await page.waitForFunction(() => !document.querySelector('.panel-loading'));
await page.waitForTimeout(400);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
await server.close();
