// Regenerates docs/slides/*.png, every slide at 1280×720, from dist/: `npm run build && node tests/browser/slides-screenshots.mjs`.
import { mkdir } from 'node:fs/promises';
import { launchChromium, settled, startServer } from './harness.mjs';

const server = await startServer();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await mkdir('docs/slides', { recursive: true });
await page.goto(`${server.url}?mode=present`);
await page.waitForSelector('[data-slide-counter]');
const ids = await page.evaluate(() => new URL(location.href).searchParams.get('panels'));
const total = Number((await page.locator('[data-slide-counter]').textContent()).match(/of (\d+)/)?.[1] ?? 0);
for (let n = 1; n <= total; n++) {
  if (n > 1) await page.keyboard.press('ArrowRight');
  await page.waitForFunction((k) => document.querySelector('.presenter')?.dataset.slide === String(k), n);
  await settled(page);
  await page.waitForSelector('.slide[data-fitted]');
  const id = await page.locator('.slide').getAttribute('data-slide-id');
  const file = `docs/slides/${String(n).padStart(2, '0')}-${id}.png`;
  await page.screenshot({ path: file });
  console.log('wrote', file);
}
if (ids) console.log('panels', ids);
await browser.close();
await server.close();
