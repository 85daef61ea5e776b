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

export function launchArgs(userDataDir) {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(userDataDir ? [`--user-data-dir=${userDataDir}`] : []),
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
