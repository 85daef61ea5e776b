import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { browserSuite } from './harness.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const env = browserSuite();

for (const [name, query] of [
  ['dashboard', ''],
  ['dark theme', '?theme=dark'],
  ['Traditional Chinese', '?lang=zh-TW'],
  ['present mode (gauge slide)', '?mode=present&panels=gauge,capex'],
  ['present mode (chart slide)', '?mode=present&panels=gauge,capex&slide=2'],
  ['embed', '?mode=embed&panels=capex'],
]) {
  test(`no accessibility violations (axe-core): ${name}`, async () => {
    // axe is injected as an inline script, which the app's CSP rightly forbids: bypass it for this check only.
    const { page, context } = await env.openPage(query, { bypassCSP: true });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const found = result.violations.map(
      (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    assert.deepEqual(found, []);
    await context.close();
  });
}
