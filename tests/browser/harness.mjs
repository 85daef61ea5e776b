// Shared browser-test harness: serves dist/ from a sub-path on a free port and finds Chromium.
import { existsSync } from 'node:fs';

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
  const { extname, join, normalize } = await import('node:path');
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

/**
 * Start the preview server and Chromium once per test file. `openPage(query)` opens a fresh context
 * (a "new browser" for share-link tests) and records console errors and page errors.
 */
export async function setupBrowser() {
  const { chromium } = await import('playwright-core');
  const server = await startServer();
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found (run tests/browser/ensure-chromium.mjs)');
  // Playwright gives every launch a fresh, empty profile directory of its own (it refuses --user-data-dir).
  const browser = await chromium.launch({ executablePath, args: launchArgs() });
  const contexts = [];
  async function openPage(query = '', options = {}) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
    contexts.push(context);
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    // The app must never call out at run time: fail any request that leaves the preview server.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
      errors.push(`external request: ${url}`);
      return route.abort();
    });
    await page.goto(`${server.url}${query}`);
    await page.waitForSelector('[data-testid="pressure-gauge"], [data-panel]');
    // Chart bodies load lazily: wait until every panel has drawn.
    await page.waitForFunction(() => !document.querySelector('.panel-loading'));
    return { page, context, errors };
  }
  async function close() {
    for (const c of contexts) await c.close().catch(() => {});
    await browser.close();
    await server.close();
  }
  return { server, browser, openPage, close };
}

/** Centre of the x-axis tick labelled `year` in a panel, in page pixels. */
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
