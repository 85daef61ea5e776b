// Shared browser-test harness: serves dist/ from a sub-path on a free port and drives Debian's Chromium.
//
// `npm run test:browser` (tests/browser/run.mjs) starts ONE static server and ONE Chromium for every test
// file and hands them over in BP_APP_URL / BP_BROWSER_WS; the files run side by side, each in its own
// browser contexts. A file run alone (`node --test tests/browser/x.test.mjs`) starts its own.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before } from 'node:test';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium() {
  if (process.env.CHROMIUM && existsSync(process.env.CHROMIUM)) return process.env.CHROMIUM;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function launchArgs() {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/**
 * `BP_FONTS=dejavu` or `BP_FONTS=liberation`: Chromium sees only that family's system fonts (as on a
 * machine with only `fonts-dejavu-core`, or only `fonts-liberation`), through a fontconfig file of
 * its own. Unset: the machine's fonts. Returns the environment to launch Chromium with.
 */
export function fontEnv(which = process.env.BP_FONTS) {
  if (!which) return process.env;
  const dirs = {
    dejavu: '/usr/share/fonts/truetype/dejavu',
    liberation: '/usr/share/fonts/truetype/liberation',
  };
  const dir = dirs[which];
  if (!dir) throw new Error(`BP_FONTS=${which}: use one of ${Object.keys(dirs).join(', ')}`);
  if (!existsSync(dir)) throw new Error(`BP_FONTS=${which}: ${dir} is not installed`);
  const home = join(tmpdir(), `bubble-pressure-fonts-${which}`);
  mkdirSync(home, { recursive: true });
  const file = join(home, 'fonts.conf');
  // The system's rules (aliases, hinting) but only this one folder of fonts, and a cache of its own.
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${dir}</dir>
  <cachedir>${join(home, 'cache')}</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
`,
  );
  return { ...process.env, FONTCONFIG_FILE: file };
}

/** Launch Chromium here (a file run alone, the benchmarks, the screenshot scripts). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found (run tests/browser/ensure-chromium.mjs)');
  // Playwright gives every launch a fresh, empty profile directory of its own (it refuses --user-data-dir).
  return chromium.launch({ executablePath, args: launchArgs(), env: fontEnv() });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
/** Where the tests host the build: a sub-path, as on a static host or CDN, to prove relative URLs work. */
export const SUB_PATH = '/some/sub/path/';

/** Serve `dist/` as plain static files under SUB_PATH, with no server logic (no SPA fallback). */
export async function startServer() {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const { extname, normalize } = await import('node:path');
  const root = join(process.cwd(), 'dist');
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(SUB_PATH)) {
      res.writeHead(404).end('not found');
      return;
    }
    const rel = url.pathname.slice(SUB_PATH.length) || 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The app marks `<html data-settled>` once every lazily loaded part it asked for has arrived. */
export const SETTLED = 'html[data-settled]';

/** Wait until the page has settled (nothing loading, slow views caught up, fonts in). */
export async function settled(page) {
  await page.waitForSelector(SETTLED, { state: 'attached' });
}

/** A download's bytes (works with a shared, remotely connected browser, where `path()` does not). */
export async function downloadBytes(download) {
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * The shared server and browser (from tests/browser/run.mjs), or a server and Chromium of this file's
 * own. `openPage(query, options)` opens a fresh context (a "new browser" for share-link tests), records
 * console errors, page errors, every request and any request that leaves the app's server, and returns
 * once the page has settled. `close()` closes this file's contexts (and what it started itself).
 */
export async function setupBrowser() {
  const own = [];
  let server;
  if (process.env.BP_APP_URL) server = { url: process.env.BP_APP_URL, close: async () => {} };
  else {
    server = await startServer();
    own.push(() => server.close());
  }
  let browser;
  if (process.env.BP_BROWSER_WS) {
    const { chromium } = await import('playwright-core');
    browser = await chromium.connect(process.env.BP_BROWSER_WS);
  } else browser = await launchChromium();
  own.unshift(() => browser.close());
  const contexts = new Set();
  // Requests the app may make: its own server's files. Matched in the browser, so the app's own
  // requests never make a round trip to this process.
  const escaped = server.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const outside = new RegExp(`^(?!${escaped}|data:)`);
  async function openPage(query = '', options = {}) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
    contexts.add(context);
    context.on('close', () => contexts.delete(context));
    const page = await context.newPage();
    const errors = [];
    // Every URL the page asked for, from the first request on.
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    // The app must never call out at run time: fail any request that leaves the preview server.
    await page.route(outside, (route) => {
      errors.push(`external request: ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(`${server.url}${query}`);
    await settled(page);
    return { page, context, errors, requests };
  }
  /** Close every context this file opened (after each test: the browser is shared). */
  async function closeContexts() {
    await Promise.all([...contexts].map((c) => c.close().catch(() => {})));
  }
  async function close() {
    await closeContexts();
    for (const stop of own) await stop();
  }
  return { server, browser, openPage, closeContexts, close };
}

/**
 * For a test file: the shared browser from its first use, each test's contexts closed after it,
 * everything released after the last test. `openPage` waits for the set-up itself (Node 20 runs a file's
 * top-level `before` hooks side by side, so another hook may open a page before this one is done);
 * `server` is there once a page has been opened.
 */
export function browserSuite() {
  let setup = null;
  let ready = null;
  const start = () => {
    setup ??= setupBrowser().then((env) => {
      ready = env;
      return env;
    });
    return setup;
  };
  before(start);
  afterEach(async () => {
    if (setup) await (await setup).closeContexts();
  });
  after(async () => {
    if (setup) await (await setup).close();
  });
  return {
    openPage: async (query, options) => (await start()).openPage(query, options),
    get server() {
      if (!ready) throw new Error('open a page first');
      return ready.server;
    },
  };
}

/** Run `fn` over `items` with at most `limit` at a time (independent pages of one test, side by side). */
export async function inParallel(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Every panel the app has, in its order, as its own panel menu lists them (from the registry's ids):
 * tests walk these rather than a copy that would silently skip a new panel.
 */
export async function appPanels(page) {
  const ids = await page
    .locator('[data-toggle-panel]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-toggle-panel')));
  if (ids.length === 0) throw new Error('no panel menu on this page (open the dashboard)');
  return ids.filter((id) => id !== 'gauge');
}

/**
 * The build-up meter's reading, once it has one: not its empty reading while history v2 is being
 * computed (busy, `data-value=""`).
 */
export async function meterReading(page) {
  const meter = page.locator(
    '[data-testid="pressure-gauge"]:not([aria-busy])[data-value]:not([data-value=""])',
  );
  return Number(await meter.getAttribute('data-value'));
}

/** Wait until the build-up meter has a reading, other than `before` and (with `below`) under it. */
export function meterMovedFrom(page, before, { below = false } = {}) {
  return page.waitForFunction(
    ([b, under]) => {
      const meter = document.querySelector('[data-testid="pressure-gauge"]');
      const value = meter?.getAttribute('data-value');
      if (!meter || meter.hasAttribute('aria-busy') || !value) return false;
      return under ? Number(value) < b : Number(value) !== b;
    },
    [before, below],
  );
}

/**
 * The gauge and every panel of the app, in order, read from the panel menu of a page that shows only the
 * gauge (a cheap load): for tests that open views of all panels (`panels=…`) before having a page.
 */
export async function allSlideIds(openPage) {
  const { page, context } = await openPage('?panels=gauge');
  const ids = ['gauge', ...(await appPanels(page))];
  await context.close();
  return ids;
}

/**
 * x of the middle of `year`'s slot on a panel's time chart, in page pixels: where that year's annual
 * values are drawn and where hovering reads that year (the year's tick and label are at its 1 January,
 * the slot's left edge). From the plot overlay and the years the chart's slider states.
 */
export async function slotCentre(page, panelId, year) {
  const slider = page.locator(`[data-panel="${panelId}"] [role="slider"]`).first();
  const from = Number(await slider.getAttribute('aria-valuemin'));
  const to = Number(await slider.getAttribute('aria-valuemax'));
  const box = await page.locator(`[data-panel="${panelId}"] [data-plot-overlay]`).first().boundingBox();
  if (!box) throw new Error(`no plot in ${panelId}`);
  return box.x + ((year - from + 0.5) / (to - from + 1)) * box.width;
}

/** Centre of the x-axis tick labelled `year` in a panel (the year's 1 January), in page pixels. */
export async function tickCentre(page, panelId, year) {
  const tick = page
    .locator(`[data-panel="${panelId}"] .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value`, {
      hasText: String(year),
    })
    .first();
  const box = await tick.boundingBox();
  if (!box) throw new Error(`no tick ${year} in ${panelId}`);
  return box.x + box.width / 2;
}
