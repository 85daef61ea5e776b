// What the talk tests share: adding a slide, reading captions and the gauge, waiting for a slide.

/** "Add to talk" on a panel (or the gauge), then type its caption (the caret is in it). */
export async function addSlide(page, selector, caption) {
  const before = await page.locator('[data-story-slide]').count();
  await page.locator(`${selector} [data-action="story-add"]`).first().click();
  await page.locator('[data-story-slide]').nth(before).waitFor();
  await page.waitForFunction(
    (n) => document.activeElement === document.querySelectorAll('[data-story-caption]')[n],
    before,
  );
  await page.keyboard.type(caption);
}

/** The caption of the slide on screen. */
export const caption = async (page) => page.locator('.slide [data-slide-caption]').textContent();

export const captions = async (page) =>
  page.locator('[data-story-caption]').evaluateAll((els) => els.map((e) => e.value));

/** The gauge's reading as the page shows it. */
export const reading = async (page) =>
  Number(await page.locator('[data-testid="pressure-gauge"]').first().getAttribute('aria-valuenow'));

/** Wait until the slide on screen is `n` and has settled. */
export async function onSlide(page, n) {
  await page.waitForFunction((k) => document.querySelector('.presenter')?.dataset.slide === String(k), n);
  await page.waitForFunction(() => !document.querySelector('.slide .panel-loading'));
  await page.waitForSelector('.slide[data-fitted]');
}

/** Years on the x axis of a time chart on screen. */
export const ticks = async (page, panel) =>
  page
    .locator(`.slide [data-panel="${panel}"] .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value`)
    .allTextContents();
