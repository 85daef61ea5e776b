// An analyst's own FRED download replaces the series the app uses (issue 20, point 9): a BBB file whose
// 2026 values are 3.50 moves the gauge and the credit panel, says so, and marks every reader.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { meterMovedFrom, meterReading, setupBrowser } from './harness.mjs';

let env;
before(async () => {
  env = await setupBrowser();
});
after(async () => {
  await env.close();
});

const INPUT = '[data-testid="import-input"]';

/**
 * FRED's download of BAMLC0A4CBBB for the first half of 2026, every business day at 3.50 (350 bp): it
 * covers 2026-Q2, the quarter whose market-wide parts the gauge reads for 2026.
 */
function bbb2026(header = 'observation_date,BAMLC0A4CBBB') {
  const lines = [header];
  for (let t = Date.UTC(2026, 0, 2); t <= Date.UTC(2026, 5, 30); t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() === 0 || d.getUTCDay() === 6) continue;
    lines.push(`${d.toISOString().slice(0, 10)},3.50`);
  }
  return `${lines.join('\n')}\n`;
}

/** The credit panel's 2026 mean in its data table (bp). */
async function credit2026(page) {
  const panel = page.locator('[data-panel="credit"]');
  if ((await panel.locator('[data-credit-table]').count()) === 0)
    await panel.getByRole('button', { name: 'Data table' }).click();
  const cell = panel.locator('[data-credit-table] tr[data-year="2026"] td').first();
  await cell.waitFor();
  return cell.textContent();
}

for (const header of ['observation_date,BAMLC0A4CBBB', 'observation_date,fred/BAMLC0A4CBBB']) {
  test(`a BBB download (${header}) with 2026 at 3.50 moves the gauge and the credit panel`, async () => {
    const { page, errors } = await env.openPage('?year=2026');
    const gaugeBefore = await meterReading(page);
    const creditBefore = await credit2026(page);
    assert.match(creditBefore, /^10\d/); // ~102 bp built in
    await page.locator('[data-section="data"] > summary').click();
    await page.setInputFiles(INPUT, {
      name: 'fred-BAMLC0A4CBBB.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bbb2026(header)),
    });
    // The success message says what it replaces, where it is shown and that the gauge uses it.
    const where = page.locator('[data-import-where="fred/BAMLC0A4CBBB"]');
    await where.waitFor();
    const text = await where.textContent();
    assert.match(
      text,
      /replaces the built-in ICE BofA BBB US Corporate Index Option-Adjusted Spread \(BAMLC0A4CBBB\)/,
    );
    assert.match(text, /Credit spreads/);
    assert.match(text, /The gauge uses it\./);
    assert.equal(await where.getAttribute('data-gauge-uses'), 'true');
    // The gauge moves and says it uses imported data. Method v2 reads the BBB spread in its market-wide
    // parts: 350 bp is far from tight, so build-up's spread compression falls (stress's widening part
    // waits for a quarter its drawdowns also score).
    // (While history v2 is computed again the meter is busy and reads nothing: wait for its new reading.)
    await meterMovedFrom(page, gaugeBefore, { below: true });
    // Read at the quarter the import covers, and said so.
    assert.match(
      await page.locator('.gauge').textContent(),
      /market-wide parts read history v2 at 2026-Q2 \(build-up\)/,
    );
    // Marked on the gauge, the credit and history panels and the pressure history (the gauge's readings).
    await page.locator('[data-panel="pressure"] [data-imported-marker]').waitFor();
    assert.ok((await page.locator('[data-imported-marker*="fred/BAMLC0A4CBBB"]').count()) >= 4);
    await page.locator('[data-panel="credit"] [data-imported-marker]').waitFor();
    await page.locator('[data-panel="history"] [data-imported-marker]').waitFor();
    // The credit panel reads the imported series: its 2026 mean is now 350 bp.
    await page.waitForFunction(() =>
      /^350/.test(
        document.querySelector('[data-panel="credit"] [data-credit-table] tr[data-year="2026"] td')
          ?.textContent ?? '',
      ),
    );
    assert.deepEqual(errors, []);
  });
}

test('a FRED file that does not fit the series says what and where, and changes nothing', async () => {
  const { page, errors } = await env.openPage('?year=2026');
  const before = await meterReading(page);
  await page.locator('[data-section="data"] > summary').click();
  // GDP is quarterly: a monthly date is refused by the app's own loader.
  await page.setInputFiles(INPUT, {
    name: 'fred-GDP.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('observation_date,GDP\n2026-04-01,33000\n2026-05-01,33100\n'),
  });
  const alert = page.locator('[data-import-errors]');
  await alert.waitFor();
  assert.match(
    await alert.textContent(),
    /fred\/GDP cannot replace the built-in FRED series: observations\[\d+\]\[0\]: .*2026-05-01/,
  );
  assert.equal(await meterReading(page), before);
  assert.equal(await page.locator('[data-imported-marker]').count(), 0);
  assert.deepEqual(errors, []);
});
