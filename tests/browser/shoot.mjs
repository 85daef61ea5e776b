// Dev helper: screenshot the built app. Usage: node tests/browser/shoot.mjs <query> <out.png> [width] [height]
import { launchChromium, settled, startServer } from './harness.mjs';

const [query = '', out = '/tmp/shot.png', w = '1440', h = '900', full = 'full'] = process.argv.slice(2);
const server = await startServer();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(`${server.url}${query}`);
await settled(page);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
await server.close();
