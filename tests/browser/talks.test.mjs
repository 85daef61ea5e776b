// Talks (issue 22): add panels to a talk from the dashboard, reorder them, share the talk as one link,
// open it in a fresh browser, present it (keys, presenter view, slide order, QR; present mode without a
// talk and swipes: talks-present.test.mjs),
// print it, take its data out, and open broken, tampered and hostile links.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { browserSuite, downloadBytes } from './harness.mjs';
import { addSlide, caption, captions, onSlide, reading, ticks } from './talk-helpers.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const env = browserSuite();

test('a presenter adds three differently configured panels with captions, reorders them by keyboard and shares one link; a fresh browser opens it on slide 1 with each slide’s own view and caption', async () => {
  const { page, errors } = await env.openPage('');
  // Slide A: depreciation, 2022–2027, Meta selected.
  await page.locator('.range-control select').first().selectOption('2022');
  await page.locator('.range-control select').nth(1).selectOption('2027');
  await page.locator('[data-panel="depreciation"] [data-issuer="meta"]').first().click();
  await addSlide(page, '[data-panel="depreciation"]', 'Server lives 2022–2027: Meta stretches them');
  // Slide B: the credit spread since 1997, nothing selected.
  await page.locator('[data-panel="depreciation"] [data-issuer="meta"]').first().click();
  await page.locator('.range-control select').first().selectOption('1997');
  await page.locator('.range-control select').nth(1).selectOption('2026');
  await addSlide(page, '[data-panel="credit"]', 'The BBB spread since 1997');
  // Slide C: the gauge with a 3-year server life.
  // What-if and weights are one click away (a disclosure under the gauge's headline).
  await page.locator('[data-gauge-adjust] > summary').click();
  const slider = page.locator('[data-scenario="life"]');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('s.life') === '3');
  const lifeThree = await reading(page);
  await addSlide(page, '.gauge', 'The gauge if servers last 3 years');
  assert.deepEqual(await captions(page), [
    'Server lives 2022–2027: Meta stretches them',
    'The BBB spread since 1997',
    'The gauge if servers last 3 years',
  ]);
  // Reorder by keyboard: the gauge's handle, ↑ twice: it opens the talk.
  await page.locator('[data-story-slide] [data-reorder-handle]').nth(2).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.deepEqual(
    await page.locator('[data-story-slide]').evaluateAll((els) => els.map((e) => e.dataset.storySlide)),
    ['gauge', 'depreciation', 'credit'],
  );
  // The handle keeps the focus and the move is announced.
  assert.equal(
    await page.evaluate(() => document.activeElement?.closest('[data-story-slide]')?.dataset.storySlide),
    'gauge',
  );
  assert.match(await page.locator('.talk-drawer [role="status"]').last().textContent(), /1 of 3/);
  await page.locator('[data-story-title]').fill('Is it a bubble?');
  await page.locator('[data-action="story-share"]').click();
  const link = await page.locator('[data-story-link]').inputValue();
  assert.match(link, /^[A-Za-z0-9:/?=&._-]+$/, 'only URL-safe characters');
  assert.ok(link.length < 400, `short (${link.length})`);
  assert.deepEqual(errors, []);

  // A fresh browser (a new context: no storage) opens the link on slide 1.
  const fresh = await env.openPage(link.slice(link.indexOf('?')));
  const p = fresh.page;
  await onSlide(p, 1);
  assert.match(await p.locator('[data-slide-counter]').textContent(), /1 of 3/);
  assert.equal(await caption(p), 'The gauge if servers last 3 years');
  assert.equal(await p.locator('.slide [data-room-gauge]').count(), 1);
  assert.equal(await reading(p), lifeThree, 'the gauge slide reads with a 3-year life');
  assert.equal(await p.locator('.slide-talk-title').textContent(), 'Is it a bubble?');
  await p.keyboard.press('ArrowRight');
  await onSlide(p, 2);
  assert.equal(await caption(p), 'Server lives 2022–2027: Meta stretches them');
  assert.deepEqual(await ticks(p, 'depreciation'), ['2022', '2023', '2024', '2025', '2026', '2027']);
  assert.ok(
    await p.locator('.slide [data-panel="depreciation"] [data-issuer="meta"][aria-pressed="true"]').count(),
  );
  // The default server life on this slide (the gauge slide's 3 years stay on the gauge slide).
  assert.match(
    await p.locator('.slide [data-panel="depreciation"]').textContent(),
    /Your realistic life: 4 yrs/,
  );
  await p.keyboard.press('ArrowRight');
  await onSlide(p, 3);
  assert.equal(await caption(p), 'The BBB spread since 1997');
  const credit = await ticks(p, 'credit');
  assert.equal(credit[0], '1997');
  assert.equal(
    await p.locator('.slide [data-issuer][aria-pressed="true"]').count(),
    0,
    'no selection on this slide',
  );
  assert.equal(await p.locator('[data-notice="url"]').count(), 0);
  assert.deepEqual(fresh.errors, []);
});

test('the talk stays in the browser across reloads and other links; a slide opens in the dashboard, is adjusted and updated; duplicate, drag, delete', async () => {
  const { page, errors } = await env.openPage('?issuer=oracle');
  await addSlide(page, '[data-panel="bonds"]', 'Bonds');
  await addSlide(page, '[data-panel="spv"]', 'SPVs');
  // Another link in the same browser: the draft is there. The page settles once the last keystroke's
  // draft is written to IndexedDB (leaving before that lost the caption's last letter under load).
  await page.waitForSelector('html[data-settled]', { state: 'attached' });
  await page.goto(`${env.server.url}?range=2022-2030`);
  await page.locator('[data-action="story-editor"]').click();
  await page.locator('[data-story-slide]').nth(1).waitFor();
  assert.deepEqual(await captions(page), ['Bonds', 'SPVs']);
  assert.match(await page.locator('[data-action="story-editor"]').textContent(), /2/);
  // Open slide 1's view: its selection comes back; change it and update the slide.
  await page.locator('[data-story-slide]').first().locator('[data-action="story-open"]').click();
  await page.waitForFunction(
    () => document.querySelector('[data-selection]')?.dataset.selection === 'oracle',
  );
  await page.locator('[data-panel="bonds"] [data-issuer="meta"]').first().click();
  await page.locator('[data-action="story-update"]').first().click();
  await page.locator('[data-story-slide]').first().getByText('Meta').waitFor();
  // Duplicate slide 2, then drag the copy to the top with the mouse.
  await page.locator('[data-story-slide]').nth(1).locator('[data-action="story-duplicate"]').click();
  await page.locator('[data-story-slide]').nth(2).waitFor();
  const handle = await page.locator('[data-story-slide] [data-reorder-handle]').nth(2).boundingBox();
  const top = await page.locator('[data-story-slide]').first().boundingBox();
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2, top.y + 5, { steps: 8 });
  await page.mouse.up();
  assert.deepEqual(await captions(page), ['SPVs', 'Bonds', 'SPVs']);
  await page.locator('[data-story-slide]').first().locator('[data-action="story-delete"]').click();
  assert.deepEqual(await captions(page), ['Bonds', 'SPVs']);
  // A reload keeps all of it.
  // The page settles once the talk is written to IndexedDB.
  await page.waitForSelector('html[data-settled]', { state: 'attached' });
  await page.reload();
  await page.locator('[data-action="story-editor"]').click();
  await page.locator('[data-story-slide]').nth(1).waitFor();
  assert.deepEqual(await captions(page), ['Bonds', 'SPVs']);
  // Several named talks.
  await page.locator('[data-action="story-new"]').click();
  await page.locator('[data-story-title]').fill('Second');
  assert.equal(await page.locator('[data-story-pick] option').count(), 2);
  assert.deepEqual(errors, []);
});

test('presenting: keys, notes only in the presenter view (which follows), slide order, short QR link, Esc back to the editor', async () => {
  const { page, context, errors } = await env.openPage('?range=2024-2030');
  await addSlide(page, '[data-panel="capex"]', 'One');
  await page
    .locator('[data-story-notes]')
    .first()
    .evaluate((el) => {
      el.closest('details').open = true;
    });
  await page.locator('[data-story-notes]').first().fill('Secret note: pause here');
  await addSlide(page, '[data-panel="bonds"]', 'Two');
  await addSlide(page, '.gauge', 'Three');
  await page.locator('[data-action="story-present"]').click();
  await onSlide(page, 1);
  assert.equal(await page.getByText('Secret note').count(), 0, 'no notes on the projected slide');
  // The presenter view: a second window with the notes, the next slide and a clock; it follows the slides.
  const [speaker] = await Promise.all([
    context.waitForEvent('page'),
    page.locator('[data-action="presenter-view"]').click(),
  ]);
  await speaker.locator('[data-speaker-view]').waitFor();
  await speaker.locator('[data-speaker-notes]').getByText('Secret note: pause here').waitFor();
  await speaker.locator('[data-speaker-clock] time').waitFor();
  assert.match(await speaker.locator('.speaker-next').textContent(), /Two/);
  await page.keyboard.press('ArrowRight');
  await onSlide(page, 2);
  await speaker
    .locator('[data-slide-counter]')
    .getByText(/2 of 3/)
    .waitFor();
  await speaker.keyboard.press('ArrowRight');
  await onSlide(page, 3);
  assert.equal(await page.getByText('Secret note').count(), 0);
  await speaker.close();
  // The QR code: a short link that opens this slide on screen.
  await page.locator('[data-share-qr]').waitFor();
  const qr = new URL(await page.locator('[data-share-qr]').getAttribute('data-share-qr'));
  assert.ok(qr.href.length < 120, `short (${qr.href.length})`);
  assert.deepEqual([...qr.searchParams.keys()], ['talk']);
  // Slide order: move the gauge (on screen) to the top by keyboard; it stays on screen.
  await page.locator('[data-action="slide-order"]').click();
  await page.locator('[data-slide-order] [data-reorder-handle]').nth(2).focus();
  await page.keyboard.press('Home');
  await onSlide(page, 1);
  assert.equal(await caption(page), 'Three');
  await page.keyboard.press('Escape'); // closes the slide order
  await page.keyboard.press('Escape'); // leaves the talk
  await page.locator('[data-story]').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('talk'), null);
  assert.deepEqual(await captions(page), ['Three', 'One', 'Two'], 'the saved talk took the new order');
  assert.deepEqual(errors, []);
});

test('hostile captions and titles show as text; a tampered link opens what it can and says which slide was refused and why; a newer link says so', async () => {
  const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> & &amp; %3Cb%3E';
  const { page, errors } = await env.openPage('');
  await addSlide(page, '[data-panel="capex"]', hostile);
  await addSlide(page, '[data-panel="bonds"]', 'Second');
  await addSlide(page, '[data-panel="spv"]', 'Third');
  await page.locator('[data-story-title]').fill('<b>bold?</b>');
  await page.locator('[data-action="story-share"]').click();
  const link = await page.locator('[data-story-link]').inputValue();
  assert.match(link, /^[A-Za-z0-9:/?=&._-]+$/);
  const query = link.slice(link.indexOf('?'));
  const opened = await env.openPage(query);
  await onSlide(opened.page, 1);
  assert.equal(await caption(opened.page), hostile);
  assert.equal(await opened.page.locator('.slide-talk-title').textContent(), '<b>bold?</b>');
  assert.equal(await opened.page.locator('.slide img, .slide-caption *, .slide-talk-title *').count(), 0);
  assert.equal(await opened.page.evaluate(() => window.pwned), undefined);
  // A talk opened from a link can be kept among this browser's talks, markup still as text.
  await opened.page.locator('[data-action="story-keep"]').click();
  await opened.page.keyboard.press('Escape');
  await opened.page.locator('[data-action="story-editor"]').click();
  await opened.page.locator('[data-story-slide]').nth(2).waitFor();
  assert.deepEqual(await captions(opened.page), [hostile, 'Second', 'Third']);
  assert.equal(await opened.page.locator('[data-story-title]').inputValue(), '<b>bold?</b>');
  assert.equal(await opened.page.locator('.talk-drawer img, .talk-drawer script').count(), 0);
  assert.deepEqual(opened.errors, []);

  // Change one character of slide 2: slides 1 and 3 open, the notice names slide 2 and why.
  const value = new URL(link).searchParams.get('talk');
  const parts = value.split('.');
  parts[2] = parts[2].replace('Second', 'Secand');
  const tampered = await env.openPage(`?talk=${parts.join('.')}`);
  await onSlide(tampered.page, 1);
  assert.match(await tampered.page.locator('[data-slide-counter]').textContent(), /1 of 2/);
  const item = tampered.page.locator('[data-notice="url"] [data-param="talk.2"]');
  await item.waitFor();
  assert.equal(await item.getAttribute('data-reason'), 'talk-slide-damaged');
  assert.match(await item.textContent(), /slide 2 left out/);
  await tampered.page.keyboard.press('ArrowRight');
  await onSlide(tampered.page, 2);
  assert.equal(await caption(tampered.page), 'Third');
  assert.deepEqual(tampered.errors, []);

  // A link cut short, and a link from a newer version.
  const cut = await env.openPage(`?talk=${value.slice(0, value.lastIndexOf('.') + 6)}`);
  await onSlide(cut.page, 1);
  assert.equal(
    await cut.page.locator('[data-notice="url"] [data-param="talk.3"]').getAttribute('data-reason'),
    'talk-slide-damaged',
  );
  const newer = await env.openPage(`?talk=3${value.slice(1)}`);
  await newer.page.locator('[data-notice="url"] [data-reason="talk-version-newer"]').waitFor();
  // Garbage: the dashboard, with the notice.
  const garbage = await env.openPage('?talk=%3Cscript%3E');
  await garbage.page.locator('.toolbar').waitFor();
  await garbage.page.locator('[data-notice="url"] [data-param="talk"]').first().waitFor();
  assert.deepEqual(errors, []);
});

test('a talk prints one slide a landscape page with caption, sources and its own link; its ZIP holds each slide’s figures; a talk file round-trips', async () => {
  const { page, errors } = await env.openPage('?range=2024-2027');
  await addSlide(page, '[data-panel="capex"]', 'Capex, four years');
  await addSlide(page, '.gauge', 'The gauge');
  await page
    .locator('[data-story-notes]')
    .nth(1)
    .evaluate((el) => {
      el.closest('details').open = true;
    });
  await page.locator('[data-story-notes]').nth(1).fill('A note');
  // The talk file.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="story-file"]').click(),
  ]);
  const fileBytes = await downloadBytes(file);
  const json = JSON.parse(fileBytes.toString('utf8'));
  assert.equal(json.format, 'bubble-pressure-talk');
  assert.equal(json.version, 1);
  assert.deepEqual(
    json.slides.map((s) => [s.panel, s.caption, s.notes]),
    [
      ['capex', 'Capex, four years', ''],
      ['gauge', 'The gauge', 'A note'],
    ],
  );
  const other = await env.openPage('');
  await other.page.locator('[data-action="story-editor"]').click();
  await other.page.locator('[data-testid="story-file-input"]').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: fileBytes,
  });
  await other.page.locator('[data-story-message="ok"]').waitFor();
  assert.deepEqual(await captions(other.page), ['Capex, four years', 'The gauge']);
  await other.page.locator('[data-testid="story-file-input"]').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...json, slides: [{ panel: 'nope', view: '', caption: '' }] })),
  });
  assert.match(
    await other.page.locator('[data-story-message="error"]').textContent(),
    /bad\.json.*slides\.0\.panel/,
  );
  // A talk file dropped anywhere on the page opens in the editor too.
  await other.page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, JSON.stringify(json));
  await other.page
    .locator('[data-story-message="ok"]')
    .getByText(/dropped\.json/)
    .waitFor();
  assert.equal(await other.page.locator('[data-story-pick] option').count(), 2);
  assert.deepEqual(other.errors, []);

  // Present, then print: every slide on paper with its caption, sources and own link.
  await page.locator('[data-action="story-present"]').click();
  await onSlide(page, 1);
  // The slide not on screen waits laid out out of sight, each measured for its page.
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.print-slide').length === 1 &&
      [...document.querySelectorAll('.print-slide-inner, main .slide-content')].every((e) =>
        e.style.getPropertyValue('--print-zoom'),
      ),
  );
  await page.waitForFunction(() => !document.querySelector('.panel-loading'));
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() =>
    [...document.querySelectorAll('.slide-content, .print-slide-inner')].map((s) => ({
      caption: s.querySelector('[data-slide-caption]')?.textContent,
      link: s.querySelector('.slide-print-link')?.checkVisibility()
        ? s.querySelector('.slide-print-link').textContent
        : null,
      sources: [...s.querySelectorAll('.panel-sources')].some((x) => x.checkVisibility()),
    })),
  );
  assert.equal(printed.length, 2);
  for (const p of printed) {
    assert.ok(p.caption, 'caption');
    assert.match(p.link ?? '', /\?talk=[A-Za-z0-9._-]+$/);
    assert.ok(p.sources, `sources for ${p.caption}`);
  }
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  assert.equal(boxes.length, 2, 'one page a slide');
  assert.ok(
    boxes.every(([w, h]) => w > h),
    `landscape: ${JSON.stringify(boxes)}`,
  );

  // The ZIP: each slide's figures, in that slide's view.
  const [zip] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="story-zip"]').click(),
  ]);
  const files = unzipSync(new Uint8Array(await downloadBytes(zip)));
  assert.deepEqual(Object.keys(files).sort(), [
    'README.txt',
    'slides/01-capex.csv',
    'slides/02-gauge.csv',
    'sources.csv',
    'talk.json',
  ]);
  const years = new Set(
    strFromU8(files['slides/01-capex.csv'])
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[0])
      .filter(Boolean),
  );
  // The slide's years are 2024–2027; the capex figures on one basis start in 2025.
  assert.deepEqual([...years].sort(), ['2025', '2026', '2027']);
  assert.match(strFromU8(files['slides/02-gauge.csv']), /capex-growth/);
  assert.match(strFromU8(files['README.txt']), /Capex, four years/);
  assert.doesNotMatch(strFromU8(files['talk.json']), /A note/, 'no speaker notes in the take-out');
  assert.deepEqual(errors, []);
});

test('no accessibility violations (axe-core): the talk editor, a talk slide with its slide order, the presenter view', async () => {
  // axe is injected as an inline script, which the app's CSP rightly forbids: bypass it for this check only.
  // (No selection: the dimmed rows of a selection are another matter, outside talks.)
  const { page, context } = await env.openPage('', { bypassCSP: true });
  const axe = async (p) => {
    await p.addScriptTag({ content: axeSource });
    const result = await p.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    return result.violations.map(
      (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  };
  await addSlide(page, '[data-panel="capex"]', 'One');
  await addSlide(page, '.gauge', 'Two');
  assert.deepEqual(await axe(page), []);
  await page.locator('[data-action="story-present"]').click();
  await onSlide(page, 1);
  await page.locator('[data-action="slide-order"]').click();
  assert.deepEqual(await axe(page), []);
  const speaker = await context.newPage();
  await speaker.goto(`${page.url()}#notes`);
  await speaker.locator('[data-speaker-view]').waitFor();
  await speaker.waitForFunction(() => !document.querySelector('.panel-loading'));
  assert.deepEqual(await axe(speaker), []);
});

test('a talk captioned in Chinese, opened by an English reader, draws its caption in the bundled Chinese font', async () => {
  const { page, errors } = await env.openPage('?lang=zh-TW&panels=gauge', {
    viewport: { width: 1280, height: 720 },
  });
  await addSlide(page, '.gauge', '泡沫壓力本月');
  await page.locator('[data-action="story-share"]').click();
  const link = new URL(await page.locator('[data-story-link]').inputValue());
  link.searchParams.set('lang', 'en');
  // A fresh browser in English (this machine has no Chinese system font: only the bundled one can draw it).
  const fresh = await env.openPage(link.search, { viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  const p = fresh.page;
  await onSlide(p, 1);
  assert.equal(await p.locator('html').getAttribute('lang'), 'en');
  assert.equal(await caption(p), '泡沫壓力本月');
  // The bundled font's slices that hold the caption's characters have loaded.
  await p.waitForFunction(() => {
    const el = document.querySelector('.slide [data-slide-caption]');
    const weight = el ? getComputedStyle(el).fontWeight : '400';
    const shown = [...document.fonts].some((f) => f.family.includes('Noto Sans TC') && f.status === 'loaded');
    return shown && document.fonts.check(`${weight} 48px "Noto Sans TC"`, '泡沫壓力');
  });
  // Tofu boxes all look alike; real glyphs differ. Draw the caption's characters in its own font stack.
  const distinct = await p.locator('.slide [data-slide-caption]').evaluate((el) => {
    const { fontFamily, fontWeight } = getComputedStyle(el);
    const draw = (ch) => {
      const c = document.createElement('canvas');
      c.width = 64;
      c.height = 64;
      const ctx = c.getContext('2d');
      ctx.font = `${fontWeight} 48px ${fontFamily}`;
      ctx.fillText(ch, 4, 52);
      return c.toDataURL();
    };
    const chars = [...'泡沫壓力'];
    return new Set(chars.map(draw)).size === chars.length;
  });
  assert.ok(distinct, 'the caption draws real, distinct glyphs');
  assert.deepEqual(errors, []);
  assert.deepEqual(fresh.errors, []);
});

test('at 1024×768 the talk editor opens beside the dashboard: the other panels stay in reach', async () => {
  const { page, errors } = await env.openPage('?panels=capex,credit', {
    viewport: { width: 1024, height: 768 },
  });
  await addSlide(page, '[data-panel="capex"]', 'One');
  // A click that lands on the editor instead of the button fails (Playwright checks what receives it).
  await addSlide(page, '[data-panel="credit"]', 'Two');
  assert.deepEqual(await captions(page), ['One', 'Two']);
  const drawer = await page.locator('.talk-drawer').boundingBox();
  for (const id of ['capex', 'credit']) {
    const panel = await page.locator(`[data-panel="${id}"]`).boundingBox();
    assert.ok(panel.x + panel.width <= drawer.x + 1, `${id} ends left of the editor`);
  }
  assert.ok(await page.locator('[data-action="share"]').isVisible(), 'the Share link stays on screen');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 1024);
  assert.deepEqual(errors, []);
});
