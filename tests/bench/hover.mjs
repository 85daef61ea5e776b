// Benchmark (not part of `npm test`): linked-hover latency in Chromium, from a pointer move on the capex
// plot until React has committed the new year to every time-series panel (input → DOM update). Usage: npm run build && node tests/bench/hover.mjs [cpuThrottle]
import { chromium } from 'playwright-core';
import { findChromium, launchArgs, startServer } from '../browser/harness.mjs';

const throttle = Number(process.argv[2] ?? 1);
const server = await startServer();
const browser = await chromium.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  args: launchArgs(),
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(server.url);
await page.waitForSelector('[data-panel="capex"] [data-plot-overlay]');
if (throttle > 1) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
}
await page.locator('[data-panel="capex"]').scrollIntoViewIfNeeded();
const samples = await page.evaluate(async () => {
  const overlay = document.querySelector('[data-panel="capex"] [data-plot-overlay]');
  const box = overlay.getBoundingClientRect();
  const panels = [...document.querySelectorAll('[data-timeseries]')];
  const out = [];
  for (let i = 0; i < 120; i++) {
    const year = 2020 + (i % 11);
    const x = box.left + ((year - 2019.5) / 11) * box.width;
    const done = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        if (panels.every((p) => p.getAttribute('data-hover-year') === String(year))) {
          mo.disconnect();
          resolve(performance.now());
        }
      });
      mo.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-hover-year'] });
    });
    const t0 = performance.now();
    overlay.dispatchEvent(
      new PointerEvent('pointermove', { clientX: x, clientY: box.top + box.height / 2, bubbles: true }),
    );
    const t1 = await done;
    out.push(t1 - t0);
    // Let the frame paint before the next sample.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  return out;
});
samples.sort((a, b) => a - b);
const p = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(1);
console.log(
  `linked hover (input → all panels updated), CPU ×${throttle}: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms`,
);
await browser.close();
await server.close();
