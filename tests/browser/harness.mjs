// Shared browser-test harness: serves dist/ with `vite preview` on a free port and finds Chromium.
import { existsSync } from 'node:fs';
import { preview } from 'vite';

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

/** Serve the production build from a sub-path, as a static host would. */
export async function startServer() {
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.httpServer.close(resolve)),
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
    return { page, context, errors };
  }
  async function close() {
    for (const c of contexts) await c.close().catch(() => {});
    await browser.close();
    await server.close();
  }
  return { server, browser, openPage, close };
}
