// Finds Debian's Chromium for the browser tests; installs it with apt-get when running as root.
// Never downloads a browser build.
import { execSync } from 'node:child_process';
import { findChromium } from './harness.mjs';

if (!findChromium()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      'Chromium not found: run `sudo apt-get install -y chromium` (or set CHROMIUM=/path/to/chromium), then re-run the tests.',
    );
    process.exit(1);
  }
  console.log('Chromium not found: installing Debian package `chromium` with apt-get…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (!findChromium()) {
    console.error('apt-get ran but no Chromium binary was found.');
    process.exit(1);
  }
}
console.log(`Chromium: ${findChromium()}`);
