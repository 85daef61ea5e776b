// The gauge under method v2 in a real browser: two meters (build-up and stress, `role="meter"` with
// `data-index`), their named parts adding up to each reading, what-if and weights one click away, typed
// weights checked, old v1 links migrated, the headline band's height, the gauge picture (no form controls,
// a source line) and the room slide.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSuite, downloadBytes } from './harness.mjs';

const env = browserSuite();

/** Both meters and each index's parts as drawn. */
async function readMeters(page) {
  return page.evaluate(() => {
    const out = {};
    for (const m of document.querySelectorAll('[data-gauge] [role="meter"][data-index]')) {
      const index = m.getAttribute('data-index');
      const parts = [
        ...document.querySelectorAll(`[data-gauge] [data-contrib="${index}"] [data-component]`),
      ].map((e) => ({
        id: e.getAttribute('data-component'),
        group: e.getAttribute('data-group'),
        c: Number(e.getAttribute('data-contribution') || 0),
      }));
      out[index] = {
        now: Number(m.getAttribute('aria-valuenow')),
        text: m.getAttribute('aria-valuetext'),
        band: m.getAttribute('data-band'),
        parts,
        sum: parts.reduce((a, p) => a + p.c, 0),
      };
    }
    return out;
  });
}

const meterNow = (index) =>
  Number(document.querySelector(`[data-gauge] [data-index="${index}"]`)?.getAttribute('aria-valuenow'));

async function openAdjust(page) {
  await page.locator('[data-gauge-adjust] > summary').click();
  await page.locator('[data-weight="valuation"]').waitFor();
}

test('two meters, build-up and stress, whose named parts add up to their readings', async () => {
  const { page, errors } = await env.openPage();
  const meters = page.locator('[data-gauge] [role="meter"]');
  assert.deepEqual(await meters.evaluateAll((els) => els.map((e) => e.getAttribute('data-index'))), [
    'buildup',
    'stress',
  ]);
  for (const m of await meters.all()) {
    assert.equal(await m.getAttribute('aria-valuemin'), '0');
    assert.equal(await m.getAttribute('aria-valuemax'), '100');
    assert.equal(await m.getAttribute('aria-busy'), null);
  }
  const g = await readMeters(page);
  assert.ok(g.buildup.now > 0 && g.buildup.now <= 100);
  for (const index of ['buildup', 'stress']) {
    assert.match(g[index].text, /of 100, (Calm|Elevated|High|Extreme)/);
    assert.ok(
      Math.abs(g[index].sum - g[index].now) < 0.1,
      `${index}: parts ${g[index].sum} vs ${g[index].now}`,
    );
  }
  assert.deepEqual(
    g.buildup.parts.filter((p) => p.group === 'market').map((p) => p.id),
    ['valuation', 'run-up', 'investment', 'credit', 'spread-compression'],
  );
  assert.equal(g.buildup.parts.filter((p) => p.group === 'ai').length, 6);
  assert.deepEqual(
    g.stress.parts.map((p) => p.id),
    ['spread-widening', 'drawdown', 'ai-drawdown', 'capex-cut'],
  );
  // One sentence reads them together; one says what year they read and from what.
  assert.match(
    await page.locator('[data-gauge] .gh-together').textContent(),
    /^Build-up (low|moderate|high), stress (low|moderate|high): .+\.$/,
  );
  assert.match(
    await page.locator('[data-gauge] .gh-reads').textContent(),
    /^2026 \(a projection\): the AI parts read .*(company guidance|reported figures).*history v2 at \d{4}-Q\d/,
  );
  assert.match(await page.locator('[data-gauge] .method-version').textContent(), /method v2/);
  // The header keeps both numbers on screen.
  assert.match(await page.locator('[data-mini-gauge]').textContent(), /Build-up \d+\.\d · Stress \d+\.\d/);
  // Raw metrics, thresholds and method wait behind a disclosure, and the method is in the app.
  assert.equal(await page.locator('[data-gauge-detail]').getAttribute('open'), null);
  await page.locator('[data-gauge-detail] > summary').click();
  await page.locator('#method').waitFor();
  assert.doesNotMatch(await page.locator('#method').textContent(), /README/);
  assert.deepEqual(errors, []);
});

test('a weight and a what-if input move build-up and its parts consistently; an unused input says so', async () => {
  const { page } = await env.openPage();
  const before = await readMeters(page);
  await openAdjust(page);
  await page.locator('[data-weight="credit-concentration"]').fill('4');
  await page.waitForFunction((v) => {
    const n = Number(
      document.querySelector('[data-gauge] [data-index="buildup"]').getAttribute('aria-valuenow'),
    );
    return n !== v;
  }, before.buildup.now);
  const afterWeight = await readMeters(page);
  const part = (g, id) => g.buildup.parts.find((p) => p.id === id).c;
  assert.ok(part(afterWeight, 'credit-concentration') > part(before, 'credit-concentration'));
  assert.ok(Math.abs(afterWeight.buildup.sum - afterWeight.buildup.now) < 0.1);
  // The address follows after the next paint.
  await page.waitForFunction(() => new URL(location.href).searchParams.get('w.credit-concentration') === '4');
  // A 3-year realistic server life raises depreciation's part.
  const slider = page.locator('[data-scenario="life"]');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('s.life') === '3');
  await page.waitForFunction(
    (v) => {
      const el = document.querySelector(
        '[data-gauge] [data-contrib="buildup"] [data-component="depreciation"]',
      );
      return Number(el.getAttribute('data-contribution')) > v;
    },
    part(afterWeight, 'depreciation'),
  );
  const afterLife = await readMeters(page);
  assert.ok(afterLife.buildup.now > afterWeight.buildup.now);
  // 2026 reads the companies' guidance: the capex growth input moves nothing, and says so.
  const growth = page.locator('.scenario-row', { has: page.locator('[data-scenario="growth"]') });
  assert.equal(await growth.getAttribute('data-scenario-used'), 'no');
  assert.match(await growth.textContent(), /not used by 2026’s reading/);
  assert.match(await page.locator('[data-sensitivity="growth"]').textContent(), /does not use it/);
});

test('a typed weight outside 0–100 is refused with a message, not clamped; the default is not the minimum', async () => {
  const { page } = await env.openPage();
  await openAdjust(page);
  const box = page.locator('[data-weight="valuation"]');
  await box.fill('150');
  const msg = page.locator('[data-weight-refused="valuation"]');
  await msg.waitFor();
  assert.match(await msg.textContent(), /from 0 to 100: “150” was not applied/);
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  assert.doesNotMatch(new URL(page.url()).search, /w\.valuation=/);
  const slider = page.locator('[data-weight-row="valuation"] input[type="range"]');
  const [value, min, max] = await slider.evaluate((e) => [Number(e.value), Number(e.min), Number(e.max)]);
  assert.ok(
    value > min + (max - min) / 4 && value < max - (max - min) / 4,
    `default at ${value} of ${min}–${max}`,
  );
});

test('every weight of stress at zero gives a clear message, never NaN', async () => {
  const { page } = await env.openPage(
    `?${['spread-widening', 'drawdown', 'ai-drawdown', 'capex-cut'].map((c) => `w.${c}=0`).join('&')}`,
  );
  await page.getByText('All weights of Stress are zero').first().waitFor();
  assert.doesNotMatch(await page.locator('[data-gauge]').textContent(), /NaN/);
  assert.ok((await page.evaluate(meterNow, 'buildup')) > 0);
});

test('a v1 link still opens: its valuation weight also weighs the NVIDIA drawdown (URL migration)', async () => {
  const { page, errors } = await env.openPage('?v=1&w.valuation=2&w.capex-growth=0');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('v') === '2');
  const q = new URL(page.url()).searchParams;
  assert.equal(q.get('w.valuation'), '2');
  assert.equal(q.get('w.ai-drawdown'), '2');
  assert.equal(q.get('w.capex-growth'), '0');
  assert.equal(q.get('w.capex-cut'), '0');
  assert.equal(await page.locator('[role="status"]').filter({ hasText: 'w.' }).count(), 0);
  assert.deepEqual(errors, []);
});

test('the headline band is compact at 1440×900 and 1280×800; a time chart’s plot starts above the fold', async () => {
  for (const [width, height] of [
    [1440, 900],
    [1280, 800],
  ]) {
    const { page } = await env.openPage('', { viewport: { width, height } });
    const gauge = await page.locator('[data-gauge]').boundingBox();
    assert.ok(gauge.y + gauge.height < height * 0.5, `${width}: gauge ends at ${gauge.y + gauge.height}`);
    // The plot area of the first time chart (its grid) starts on the first screen.
    const plotTop = await page.evaluate(() => {
      const grid = document.querySelector(
        '[data-timeseries] [data-plot-overlay], [data-timeseries] .recharts-cartesian-grid',
      );
      return grid ? grid.getBoundingClientRect().top : Number.POSITIVE_INFINITY;
    });
    assert.ok(plotTop < height - 20, `${width}×${height}: the first plot starts at ${plotTop}`);
  }
});

test('the gauge picture is the room layout: readings, bands, year, parts, method and source, no form controls', async () => {
  const { page } = await env.openPage('', { acceptDownloads: true });
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-gauge] [data-action="download-svg"]').click(),
  ]);
  const svg = (await downloadBytes(dl)).toString();
  assert.doesNotMatch(svg, /<(select|input|button|option)\b/i);
  for (const text of [
    'Build-up',
    'Stress',
    'method v2',
    '2026 (a projection)',
    'Valuation',
    'NVIDIA drawdown',
    'Sources:',
  ])
    assert.ok(svg.includes(text), `picture says ${text}`);
  assert.doesNotMatch(svg, /What-if and weights|Reading for/);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-gauge] [data-action="download-csv"]').click(),
  ]);
  const lines = (await downloadBytes(csv))
    .toString()
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  assert.match(lines[0], /^year,index,index_value,index_band,part,/);
  assert.ok(lines.some((l) => l.startsWith('2026,stress,')));
  // Readings and points to one decimal: no float noise.
  for (const l of lines.slice(1)) assert.doesNotMatch(l, /\d\.\d{3,}/, l);
});

test('the room slide shows both meters with the same markup; zh-TW names them', async () => {
  const { page } = await env.openPage('?mode=present&panels=gauge,capex&lang=zh-TW');
  const room = page.locator('[data-room-gauge]');
  await room.waitFor();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-room-gauge] [role="meter"]')].every(
      (m) => !m.hasAttribute('aria-busy'),
    ),
  );
  assert.deepEqual(
    await room.locator('[role="meter"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-index'))),
    ['buildup', 'stress'],
  );
  assert.match(await room.textContent(), /累積.*壓力/);
  assert.equal(await room.locator('input, select').count(), 0);
});
