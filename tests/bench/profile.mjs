// Dev aid: CPU profile of what-if steps (build with --minify false for names).
import { chromium } from 'playwright-core';
import { findChromium, launchArgs, startServer } from '../browser/harness.mjs';

const server = await startServer();
const browser = await chromium.launch({ executablePath: findChromium(), args: launchArgs() });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(`${server.url}?year=2027`);
await page.waitForFunction(
  () =>
    !document.querySelector('.panel-loading') && document.querySelectorAll('[data-plot-overlay]').length >= 6,
);
await page.locator('[data-scenario="growth"]').focus();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const mode = process.argv[2] ?? 'whatif';
for (let i = 0; i < 20; i++) {
  if (mode === 'whatif') await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
  else {
    const box = await page.locator('[data-panel="capex"] [data-plot-overlay]').boundingBox();
    await page.mouse.move(box.x + (box.width * ((i % 11) + 0.5)) / 11, box.y + 20);
  }
  await page.waitForTimeout(Number(process.argv[3] ?? 40));
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const dt = profile.timeDeltas;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log(
  [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 35)
    .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
    .join('\n'),
);
await browser.close();
await server.close();
