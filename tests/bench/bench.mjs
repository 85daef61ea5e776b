// `npm run bench` (not part of `npm test`; timings are never asserted): what the user sees, in Chromium.
// Every latency runs from the input event's own `timeStamp` to the end of the first frame whose DOM
// shows the result (checked in requestAnimationFrame, i.e. before that frame's paint; the clock stops in
// the task after it). The same run measures a bare page doing the same DOM work (a static copy of the
// dashboard's DOM with a few lines of plain script), so each figure has a ratio that holds on a noisy,
// shared machine. Usage: npm run build && node tests/bench/bench.mjs [--moves=60] [--json]
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { findChromium, launchArgs, startServer } from '../browser/harness.mjs';
import { jsSizes } from './js-size.mjs';

const arg = (name, dflt) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : dflt;
};
const MOVES = arg('moves', 60);
const STEPS = arg('steps', 30);
const LOADS = arg('loads', 5);

const server = await startServer();
const browser = await chromium.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  args: launchArgs(),
});
const VIEWPORT = { width: 1440, height: 900 };
const BARE_URL = `${server.url}__bare.html`;

/**
 * Installed in every measured page. `arm(check)` resolves with the latency of the next input event:
 * from its timeStamp to the task after the first animation frame in which `check()` holds.
 */
const PROBE = () => {
  let pending = null;
  // Does every time chart that covers \`year\` show it (crosshair label and readout)? A chart covers a
  // year when it is inside its years (each chart starts where its data starts; the slider's aria range
  // says which years, unless it steps through quarters) and its readout has a label for it (a quarterly
  // chart labels \`2024-Q4\`). Defined here: the app's CSP forbids eval.
  const showsYear = (year) => {
    const label = (l) => l.textContent.trim().startsWith(String(year));
    const panels = [...document.querySelectorAll('[data-timeseries]')].filter((p) => {
      const slider = p.querySelector('[role="slider"]');
      const min = Number(slider?.getAttribute('aria-valuemin'));
      const max = Number(slider?.getAttribute('aria-valuemax'));
      const inYears = !(min >= 1900) || (year >= min && year <= max);
      return inYears && [...p.querySelectorAll('.readout .readout-year, .readout strong')].some(label);
    });
    return (
      panels.length > 0 &&
      panels.every((p) => {
        const readout = p.querySelector('.readout');
        const cross = p.querySelector('.crosshair');
        if (!readout || !cross?.textContent.includes(String(year))) return false;
        const visible = (el) => {
          const cs = getComputedStyle(el);
          return cs.display !== 'none' && cs.visibility === 'visible' && cs.opacity !== '0';
        };
        const labels = [...readout.querySelectorAll('.readout-year, strong')];
        return visible(cross) && labels.some((l) => label(l) && visible(l));
      })
    );
  };
  const onInput = (e) => {
    if (!pending || pending.t0 !== null) return;
    pending.t0 = e.timeStamp;
    const p = pending;
    const frame = () => {
      if (p.check()) setTimeout(() => p.resolve(performance.now() - p.t0), 0);
      else if (performance.now() - p.t0 > 5000) p.resolve(Number.NaN);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  window.addEventListener('pointermove', onInput, { capture: true });
  window.addEventListener('keydown', onInput, { capture: true });
  window.__bench = {
    showsYear,
    arm(check) {
      return new Promise((resolve) => {
        pending = { t0: null, check, resolve };
      }).finally(() => {
        pending = null;
      });
    },
  };
};

async function openApp(query = '') {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(PROBE);
  await page.goto(`${server.url}${query}`);
  await page.waitForFunction(
    () =>
      !document.querySelector('.panel-loading') &&
      [...document.querySelectorAll('[data-timeseries]')].every((p) =>
        p.querySelector('[data-plot-overlay]'),
      ),
  );
  return page;
}

/** The bare page: the dashboard's DOM and CSS as static HTML, with a plain-script crosshair and readout. */
async function openBare(appPage) {
  const html = await appPage.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    for (const s of doc.querySelectorAll('script, meta[http-equiv], link[rel="modulepreload"]')) s.remove();
    return `<!doctype html>${doc.outerHTML}`;
  });
  const script = `(${BARE_SCRIPT.toString()})();`;
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.route(BARE_URL, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: html.replace('</body>', `<script>${script}</script></body>`),
    }),
  );
  await page.addInitScript(PROBE);
  await page.goto(BARE_URL);
  return page;
}

const LINE_URL = `${server.url}__line.html`;
/**
 * The one-line page: the floor of any hover. One absolutely positioned line over a plot the size and place
 * of the capex plot, moved with a transform on each pointer move, and nothing else (its year goes in a
 * data attribute, which the probe reads; no text, no layout). Built from the app page's capex geometry.
 */
async function openLine(appPage) {
  const g = await appPage.evaluate(() => {
    const p = document.querySelector('[data-panel="capex"]');
    const b = p.querySelector('[data-plot-overlay]').getBoundingClientRect();
    const s = p.querySelector('[role="slider"]');
    return {
      left: b.left + window.scrollX,
      top: b.top + window.scrollY,
      width: b.width,
      height: b.height,
      from: Number(s.getAttribute('aria-valuemin')),
      to: Number(s.getAttribute('aria-valuemax')),
    };
  });
  const html = `<!doctype html><html><body style="margin:0;height:3000px">
<div data-panel="capex" style="position:absolute;left:${g.left}px;top:${g.top}px;width:${g.width}px;height:${g.height}px">
<div data-plot-overlay style="position:absolute;inset:0"></div>
<div role="slider" aria-valuemin="${g.from}" aria-valuemax="${g.to}"></div>
<div id="line" style="position:absolute;left:0;top:0;width:1px;height:100%;background:#000;will-change:transform"></div>
</div><script>(${LINE_SCRIPT.toString()})(${g.from}, ${g.to - g.from + 1});</script></body></html>`;
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.route(LINE_URL, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.addInitScript(PROBE);
  await page.goto(LINE_URL);
  return page;
}

const LINE_SCRIPT = (from, span) => {
  const line = document.getElementById('line');
  const plot = line.parentElement;
  window.addEventListener('pointermove', (e) => {
    const box = plot.getBoundingClientRect();
    const x = e.clientX - box.left;
    line.style.transform = `translateX(${x}px)`;
    line.dataset.year = String(Math.floor(from + (x / box.width) * span));
  });
};

/** Runs in the bare page: the least DOM work a linked crosshair and a what-if step need. */
const BARE_SCRIPT = () => {
  const charts = [...document.querySelectorAll('[data-timeseries]')].map((panel) => {
    const host = panel.querySelector('.chart-focus') ?? panel;
    host.style.position = 'relative';
    for (const old of panel.querySelectorAll('.crosshair')) old.remove();
    const cross = document.createElement('div');
    cross.className = 'crosshair';
    cross.style.cssText =
      'position:absolute;left:0;top:0;width:1px;height:80%;background:currentColor;will-change:transform;display:none';
    const label = document.createElement('span');
    cross.append(label);
    host.append(cross);
    const overlay = panel.querySelector('[data-plot-overlay]');
    const readout = panel.querySelector('.readout');
    readout.innerHTML = '<p><strong class="readout-year"></strong><span></span></p>';
    return {
      panel,
      cross,
      label,
      overlay,
      readout,
      year: readout.querySelector('strong'),
      text: readout.querySelector('span'),
    };
  });
  const first = charts[0];
  // The hovered chart's years, as its slider states them.
  const years = first.panel.querySelector('[role="slider"]');
  const from = Number(years.getAttribute('aria-valuemin'));
  const span = Number(years.getAttribute('aria-valuemax')) - from + 1;
  window.addEventListener('pointermove', (e) => {
    const box = first.overlay.getBoundingClientRect();
    const year = Math.floor(from + ((e.clientX - box.left) / box.width) * span);
    // Read every box first, then write: no forced layout in between.
    const xs = charts.map((c) => {
      const b = c.overlay.getBoundingClientRect();
      const hb = c.cross.parentElement.getBoundingClientRect();
      return b.left - hb.left + ((year - from + 0.5) / span) * b.width;
    });
    charts.forEach((c, i) => {
      c.cross.style.display = 'block';
      c.cross.style.transform = `translateX(${xs[i]}px)`;
      c.label.textContent = String(year);
      c.year.textContent = String(year);
      c.text.textContent = ` · ${c.panel.dataset.panel} ${year}`;
      c.panel.setAttribute('data-hover-year', String(year));
    });
  });
  const meter = document.querySelector('[data-testid="pressure-gauge"]');
  const slider = document.querySelector('[data-scenario="growth"]');
  if (slider) {
    slider.addEventListener('input', () => {
      const v = Number(meter.getAttribute('aria-valuenow')) + (Number(slider.value) % 2 ? 0.3 : -0.3);
      meter.setAttribute('aria-valuenow', v.toFixed(1));
      const big = meter.querySelector('.big');
      if (big) big.textContent = v.toFixed(1);
    });
  }
};

const pct = (xs, q) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** One linked-hover sample: move the real mouse to `year` on the capex plot, time until all charts show it. */
async function hoverOnce(page, year, line = false) {
  const box = await page.evaluate(() => {
    const p = document.querySelector('[data-panel="capex"]');
    const b = p.querySelector('[data-plot-overlay]').getBoundingClientRect();
    const s = p.querySelector('[role="slider"]');
    const from = Number(s.getAttribute('aria-valuemin'));
    return {
      x: b.left,
      y: b.top,
      w: b.width,
      h: b.height,
      from,
      span: Number(s.getAttribute('aria-valuemax')) - from + 1,
    };
  });
  // Armed before the input is sent (an evaluate racing the input could miss it).
  await page.evaluate(
    ([y, oneLine]) => {
      const shows = oneLine
        ? () => document.getElementById('line')?.dataset.year === String(y)
        : () => window.__bench.showsYear(y);
      window.__pending = window.__bench.arm(shows);
    },
    [year, line],
  );
  await page.mouse.move(box.x + ((year - box.from + 0.5) / box.span) * box.w, box.y + box.h / 2);
  return page.evaluate(() => window.__pending);
}

async function hoverSamples(pages, n) {
  const out = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  for (const p of Object.values(pages))
    await p.locator('[data-panel="capex"]').evaluate((e) => e.scrollIntoView());
  // Interleaved in blocks, so every page sees the same machine load.
  for (let i = 0; i < n; i += 10) {
    for (const [key, page] of Object.entries(pages)) {
      for (let j = i; j < Math.min(n, i + 10); j++) {
        // The capex chart's years (2024–2030; a chart that does not cover a year need not show it).
        const year = 2024 + ((j * 3) % 7);
        out[key].push(await hoverOnce(page, year, key === 'line'));
      }
    }
  }
  return out;
}

/** One what-if step: ArrowRight/ArrowLeft on the focused growth slider until the gauge's value changes. */
async function whatIfSamples(page, n) {
  await page.locator('[data-scenario="growth"]').focus();
  const out = [];
  for (let i = 0; i < n; i++) {
    await page.evaluate(() => {
      const meter = document.querySelector('[data-testid="pressure-gauge"]');
      const before = meter.getAttribute('aria-valuenow');
      window.__pending = window.__bench.arm(() => meter.getAttribute('aria-valuenow') !== before);
    });
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    out.push(await page.evaluate(() => window.__pending));
    await page.waitForTimeout(30);
  }
  return out;
}

/** Cold load: navigation start → the frame in which every panel has drawn its chart. */
async function coldLoad(url, rate) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  if (rate > 1) await throttle(page, rate);
  await page.goto(url, { waitUntil: 'commit' });
  const t = await page.waitForFunction(
    () => {
      const panels = [...document.querySelectorAll('[data-panel]')];
      const drawn =
        panels.length > 0 &&
        !document.querySelector('.panel-loading') &&
        panels.every((p) => p.querySelector('svg.recharts-surface, svg.hv2-svg, .panel-warning, .no-figure'));
      return drawn ? performance.now() : false;
    },
    null,
    { polling: 'raf', timeout: 60000 },
  );
  const ms = await t.jsonValue();
  await page.close();
  return ms;
}

const fmt = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
const rows = [];
function row(label, app, bare, target, met) {
  const ratio = bare ? app / bare : Number.NaN;
  rows.push({ label, app, bare, ratio, target, met: met(app, ratio) });
}

const load = execSync('uptime').toString().trim();
// The gauge reads 2027, where the growth input drives capex growth (2026 reads the companies' guidance).
const appPage = await openApp('?year=2027');
// The what-if inputs sit behind the headline band's disclosure: open it (the bare page copies it open).
for (const summary of await appPage.locator('details.gauge-disclosure > summary').all())
  await summary.click();
await appPage.waitForSelector('[data-scenario="growth"]');
const barePage = await openBare(appPage);
const linePage = await openLine(appPage);
// One chart alone (the capex panel, no gauge or other panel): what a single linked chart costs.
const onePage = await openApp('?year=2027&panels=capex');
console.log(`bench: ${MOVES} hover moves, ${STEPS} what-if steps, ${LOADS} cold loads · ${load}`);

for (const rate of [1, 4]) {
  await throttle(appPage, rate);
  await throttle(barePage, rate);
  await throttle(linePage, rate);
  await throttle(onePage, rate);
  const h = await hoverSamples({ app: appPage, bare: barePage, line: linePage, one: onePage }, MOVES);
  console.error(`hover at CPU ×${rate} done`);
  const [a50, a95, b50, b95] = [pct(h.app, 0.5), pct(h.app, 0.95), pct(h.bare, 0.5), pct(h.bare, 0.95)];
  const limit = rate === 1 ? 2.5 : 2;
  row(`linked hover p50, CPU ×${rate}`, a50, b50, `≤ ${limit}× bare`, (_a, r) => r <= limit);
  row(`linked hover p95, CPU ×${rate}`, a95, b95, `≤ ${limit}× bare`, (_a, r) => r <= limit);
  // The second floor: a page that only moves one line (issue 21 asks for hover within 2× of it at 4× CPU).
  const [l50, l95] = [pct(h.line, 0.5), pct(h.line, 0.95)];
  const lineTarget = rate === 4 ? '≤ 2× line' : 'report';
  const lineMet = (_a, r) => rate !== 4 || r <= 2;
  row(`linked hover p50, CPU ×${rate}, vs one-line page`, a50, l50, lineTarget, lineMet);
  row(`linked hover p95, CPU ×${rate}, vs one-line page`, a95, l95, lineTarget, lineMet);
  // Where that floor sits for any page with charts: the bare page (the dashboard's DOM moved by plain
  // script, no React, no store) and the app showing one chart alone, each against the one-line page.
  const report = () => true;
  row(`  bare page p50, CPU ×${rate}, vs one-line page`, b50, l50, 'report', report);
  row(`  bare page p95, CPU ×${rate}, vs one-line page`, b95, l95, 'report', report);
  row(`  one chart alone p50, CPU ×${rate}, vs one-line`, pct(h.one, 0.5), l50, 'report', report);
  row(`  one chart alone p95, CPU ×${rate}, vs one-line`, pct(h.one, 0.95), l95, 'report', report);
}
await throttle(appPage, 1);
await throttle(barePage, 1);
await linePage.close();
await onePage.close();
await appPage.evaluate(() => window.scrollTo(0, 0));
await barePage.evaluate(() => window.scrollTo(0, 0));
{
  const w = await whatIfSamples(appPage, STEPS);
  const b = await whatIfSamples(barePage, STEPS);
  console.error('what-if done');
  row(
    'what-if step p50 (growth ±1 → gauge painted)',
    pct(w, 0.5),
    pct(b, 0.5),
    'aim ≤ 16 ms',
    (a) => a <= 16,
  );
  row('what-if step p95', pct(w, 0.95), pct(b, 0.95), '≤ 50 ms', (a) => a <= 50);
}
{
  const app = [];
  const bare = [];
  for (let i = 0; i < LOADS; i++) {
    app.push(await coldLoad(server.url, 1));
    // The bare page is served by route on its own page; reuse the one we have by reloading it.
    const t0 = Date.now();
    await barePage.reload();
    await barePage.waitForFunction(() => document.querySelector('[data-panel] svg'), null, {
      polling: 'raf',
    });
    bare.push(await barePage.evaluate(() => performance.now()).catch(() => Date.now() - t0));
  }
  row('cold load → every chart drawn (median)', pct(app, 0.5), pct(bare, 0.5), 'report', () => true);
}
{
  // A 96,000-row hourly CSV (issue 9's big file): from the file input's change to its row in the import
  // list, timed in the page (the browser test checks what is listed and drawn, not how fast).
  const lines = ['series,date,value,unit,source'];
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < 96_000; i++)
    lines.push(
      `hourly-util,${new Date(start + i * 3_600_000).toISOString().slice(0, 19)}Z,${(40 + 10 * Math.sin(i / 300)).toFixed(3)},%,grid`,
    );
  const page = await openApp();
  await page.evaluate(() => {
    const input = document.querySelector('[data-testid="import-input"]');
    input.addEventListener('change', () => {
      window.__chosen = performance.now();
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-imported-series="hourly-util"]')) {
          window.__listed = performance.now() - window.__chosen;
          obs.disconnect();
        }
      }).observe(document.body, { subtree: true, childList: true });
    });
  });
  await page.setInputFiles('[data-testid="import-input"]', {
    name: 'hourly.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  await page.locator('[data-imported-series="hourly-util"]').waitFor({ state: 'attached', timeout: 60000 });
  const listed = await page.evaluate(() => window.__listed);
  console.error('import done');
  row('96,000-row CSV chosen → listed', listed, Number.NaN, '≤ 5000 ms', (a) => a <= 5000);
  await page.close();
}
const js = jsSizes();
await browser.close();
await server.close();

const pad = (s, n) => String(s).padEnd(n);
console.log(`\n| ${pad('figure', 46)} | app       | floor     | ratio | target        | met |`);
console.log(`|${'-'.repeat(48)}|-----------|-----------|-------|---------------|-----|`);
for (const r of rows)
  console.log(
    `| ${pad(r.label, 46)} | ${pad(fmt(r.app), 9)} | ${pad(fmt(r.bare), 9)} | ${pad(Number.isFinite(r.ratio) ? `${r.ratio.toFixed(1)}×` : '–', 5)} | ${pad(r.target, 13)} | ${r.met ? 'yes' : '**no**'} |`,
  );
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
console.log(
  `| ${pad('first-load JS (gzip)', 46)} | ${pad(kb(js.firstLoad), 9)} | ${pad('–', 9)} | ${pad('–', 5)} | ${pad('≤ 130 KB', 13)} | ${js.firstLoad <= 130 * 1024 ? 'yes' : '**no**'} |`,
);
console.log(
  `| ${pad('all JS (gzip)', 46)} | ${pad(kb(js.total), 9)} | ${pad('–', 9)} | ${pad('–', 5)} | ${pad('report', 13)} | yes |`,
);
console.log(`\nmachine: ${load}`);
