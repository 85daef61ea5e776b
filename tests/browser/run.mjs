// Runs the browser tests against dist/ with ONE static server and ONE Chromium shared by every test file
// (each file in its own Node process, BP_JOBS files at a time, each test in browser contexts of its own).
//
//   node tests/browser/run.mjs [file …]     (default: every tests/browser/*.test.mjs)
//   BP_JOBS=3            files side by side (default 2: one per core on the 2-core CI machine)
//   BP_FONTS=dejavu      Chromium sees only the DejaVu system fonts (or `liberation`: only Liberation)
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, fontEnv, launchArgs, startServer } from './harness.mjs';

const dir = join(process.cwd(), 'tests', 'browser');
// The longest files first, so the last one to start is a short one.
const FIRST = ['present', 'import', 'deeplinks', 'export', 'interaction', 'reader', 'layout'];
const rank = (f) => {
  const i = FIRST.findIndex((name) => f.endsWith(`/${name}.test.mjs`));
  return i === -1 ? FIRST.length : i;
};
const files = (
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(dir)
        .filter((f) => f.endsWith('.test.mjs'))
        .map((f) => join(dir, f))
).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
const jobs = Math.max(1, Number(process.env.BP_JOBS ?? 2) || 2);

const executablePath = findChromium();
if (!executablePath) {
  console.error('Chromium not found (run tests/browser/ensure-chromium.mjs)');
  process.exit(1);
}
const { chromium } = await import('playwright-core');
const server = await startServer();
const browserServer = await chromium.launchServer({ executablePath, args: launchArgs(), env: fontEnv() });
const started = Date.now();
console.log(
  `browser tests: ${files.length} files, ${jobs} at a time, one Chromium${process.env.BP_FONTS ? ` (only ${process.env.BP_FONTS} fonts)` : ''}`,
);

const code = await new Promise((resolve) => {
  const child = spawn(
    process.execPath,
    // A test that hangs fails after 5 minutes (the slowest takes about 80 s here) instead of holding CI.
    ['--test', '--test-reporter=spec', `--test-concurrency=${jobs}`, '--test-timeout=300000', ...files],
    {
      stdio: 'inherit',
      env: { ...process.env, BP_APP_URL: server.url, BP_BROWSER_WS: browserServer.wsEndpoint() },
    },
  );
  child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
});

await browserServer.close();
await server.close();
console.log(`browser tests: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
