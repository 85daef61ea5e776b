// What the layout tests measure, shared by overflow.test.mjs (dashboard and embeds) and present.test.mjs
// (every slide): waiting until a page is at rest, the bundled font in use, the longest readout hovered, and
// what sticks out of its box.

/**
 * Wait until the page is at rest: no panel still loading, fonts loaded, and the layout unchanged over three
 * animation frames (charts re-measure their width in a ResizeObserver after a resize). With `widthsOnly`,
 * only the widths must hold still: a slide may still be stepping its fit (shorter chart, smaller type),
 * which never makes anything wider. Without it, a slide is at rest when its fit has stopped stepping.
 */
export async function settle(page, { widthsOnly = false } = {}) {
  await page.waitForFunction(() => !document.querySelector('.panel-loading'));
  await page.evaluate(async (widths) => {
    await document.fonts.ready;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const signature = () => {
      const se = document.scrollingElement;
      const content = document.querySelector('.slide-content');
      const charts = [...document.querySelectorAll('svg.recharts-surface')].map((s) => s.clientWidth);
      const sizes = [se.scrollWidth, se.clientWidth, content?.scrollWidth, ...charts];
      if (widths) return sizes.join('|');
      return [
        ...sizes,
        se.scrollHeight,
        document.querySelector('.presenter')?.dataset.fit,
        document.querySelector('.slide')?.hasAttribute('data-fitted'),
        content?.scrollHeight,
      ].join('|');
    };
    let last = '';
    let same = 0;
    const seen = [];
    const start = performance.now();
    while (same < 3) {
      // Bounded: a layout that never settles (or frames that never come) fails with what kept changing.
      const tick = await Promise.race([
        frame().then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
      ]);
      if (!tick)
        throw new Error(`settle: no animation frame for 5 s (visibility ${document.visibilityState})`);
      const now = signature();
      same = now === last ? same + 1 : 0;
      if (same === 0) seen.push(now);
      last = now;
      if (performance.now() - start > 20000)
        throw new Error(`settle: still changing after 20 s: ${seen.slice(-4).join(' → ')}`);
    }
    await document.fonts.ready;
  }, widthsOnly);
}

/** True when the page's Latin text is drawn with the bundled Inter (loaded from the app's own files). */
export function uiFontLoaded(page) {
  return page.evaluate(() =>
    [...document.fonts].some(
      (f) => f.family.replace(/["']/g, '') === 'Inter Variable' && f.status === 'loaded',
    ),
  );
}

/**
 * Hover the year whose readout is the longest on the first time chart on screen, so every linked readout
 * is filled. The x of a year comes from the chart's own year ticks (a straight line through them).
 */
export async function hoverLongestYear(page, scope = '') {
  const overlay = page.locator(`${scope} [data-plot-overlay]`).first();
  if ((await overlay.count()) === 0) return null;
  // Centred, not at the top edge, where the sticky header (taller at tablet widths) would cover it.
  await overlay.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const target = await overlay.evaluate((ov) => {
    const chart = ov.closest('.time-chart') ?? ov.closest('[data-panel]');
    let best = null;
    for (const p of chart?.querySelectorAll('.readout-values[data-readout-year]') ?? []) {
      const len = p.textContent.length;
      if (!best || len > best.len) best = { year: Number(p.dataset.readoutYear), len };
    }
    const ticks = [...(chart?.querySelectorAll('.recharts-xAxis-tick-labels text') ?? [])]
      .map((t) => ({ year: Number(t.textContent), r: t.getBoundingClientRect() }))
      .filter((t) => Number.isInteger(t.year) && t.r.width > 0);
    const o = ov.getBoundingClientRect();
    const y = o.top + o.height / 2;
    if (!best || ticks.length < 2) return { x: o.left + o.width * 0.8, y, year: null };
    const a = ticks[0];
    const b = ticks[ticks.length - 1];
    const cx = (t) => t.r.left + t.r.width / 2;
    // A year's tick is at its 1 January: its values are read half a year's width to the right.
    const step = (cx(b) - cx(a)) / (b.year - a.year);
    const x = cx(a) + (best.year - a.year) * step + step / 2;
    return { x: Math.min(o.right - 1, Math.max(o.left + 1, x)), y, year: best.year };
  });
  await page.mouse.move(target.x, target.y);
  // A visible panel shows the year (hidden copies, such as the print deck's, may come first in the page).
  const shown = await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-hover-year]')]
      .find((el) => el.checkVisibility())
      ?.getAttribute('data-hover-year'),
  );
  return shown.jsonValue();
}

/**
 * What sticks out: the page scrolling sideways (and the elements past its right edge), a panel or slide
 * whose content is wider than its box, and chart text drawn outside its panel.
 */
export function misfits(page, boxes) {
  return page.evaluate((selector) => {
    const out = [];
    const se = document.scrollingElement;
    const vw = se.clientWidth;
    const name = (el) => {
      const cls = typeof el.className === 'string' ? el.className : (el.className?.baseVal ?? '');
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      return `${el.tagName.toLowerCase()}${cls ? `.${cls.split(' ').join('.')}` : ''} "${text}"`;
    };
    // The deepest elements past `right` (hidden ones too: they take room), not clipped by a scroll box.
    const past = (root, right) => {
      const found = [];
      for (const el of root.querySelectorAll('*')) {
        if (el.closest('.print-deck') || !el.checkVisibility()) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.right <= right + 0.5) continue;
        if ([...el.children].some((c) => c.getBoundingClientRect().right > right + 0.5)) continue;
        let clip = el.parentElement;
        while (clip && clip !== root && getComputedStyle(clip).overflowX === 'visible')
          clip = clip.parentElement;
        if (clip && clip !== root && clip.getBoundingClientRect().right <= right + 0.5) continue;
        found.push(`${name(el)} to ${Math.round(r.right)}`);
      }
      return found.slice(0, 4).join('; ');
    };
    if (se.scrollWidth > vw)
      out.push(`page scrolls sideways: ${se.scrollWidth} > ${vw}: ${past(document.body, vw)}`);
    for (const box of document.querySelectorAll(selector)) {
      if (box.closest('.print-deck') || box.getClientRects().length === 0) continue;
      const id = box.dataset.panel ?? box.className;
      const b = box.getBoundingClientRect();
      if (box.scrollWidth > box.clientWidth + 1)
        out.push(
          `${id}: content ${box.scrollWidth} px wide in a ${box.clientWidth} px box: ${past(box, b.left + box.clientLeft + box.clientWidth)}`,
        );
      for (const t of box.querySelectorAll('svg text')) {
        const r = t.getBoundingClientRect();
        if (r.width === 0 || getComputedStyle(t).visibility === 'hidden') continue;
        if (r.right > b.right + 1 || r.left < b.left - 1)
          out.push(
            `${id}: chart text ${name(t)} outside the panel (${Math.round(r.left)}–${Math.round(r.right)})`,
          );
      }
    }
    return out;
  }, boxes);
}
