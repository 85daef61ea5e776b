/**
 * The dashboard's panel grid without holes (issue 23): each panel's cell spans as many thin grid rows as
 * the panel is tall (plus the gap), so a short panel no longer leaves white space beside a tall one and
 * the next panel moves up into it. The order stays the page's order (left to right, then down). The
 * grid turns to thin rows (`.masonry`) only once every cell has its span; a panel that changes height
 * (a table opened, a chart loaded) gets its span again. Print lays the panels out as blocks, as before.
 * Loaded after the first paint (the dashboard imports it lazily): the grid is whole without it.
 */
/** Height of one thin row of the grid, in px (`grid-auto-rows` of `.panel-grid.masonry`). */
export const MASONRY_ROW = 2;

/** Rows a cell of `height` px spans, the vertical `gap` below it included. */
export function rowSpan(height: number, gap: number, row = MASONRY_ROW): number {
  return Math.max(1, Math.ceil((height + gap) / row));
}

/** Lays out `grid`'s cells as they change size, until the returned function stops it. */
export function startMasonry(grid: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  let frame = 0;
  const lay = () => {
    frame = 0;
    const gap = Number.parseFloat(getComputedStyle(grid).columnGap) || 0;
    for (const cell of grid.children) {
      const panel = cell.firstElementChild;
      if (!(cell instanceof HTMLElement) || !panel) continue;
      const span = `span ${rowSpan(panel.getBoundingClientRect().height, gap)}`;
      if (cell.style.gridRowEnd !== span) cell.style.gridRowEnd = span;
    }
    grid.classList.add('masonry');
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(lay);
  };
  const ro = new ResizeObserver(schedule);
  const watch = () => {
    ro.disconnect();
    for (const cell of grid.children) if (cell.firstElementChild) ro.observe(cell.firstElementChild);
    schedule();
  };
  const mo = new MutationObserver(watch);
  mo.observe(grid, { childList: true });
  watch();
  return () => {
    ro.disconnect();
    mo.disconnect();
    if (frame !== 0) cancelAnimationFrame(frame);
  };
}
