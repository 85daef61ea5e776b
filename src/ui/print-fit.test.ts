import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRINT_GAP, PRINT_PAGE, printFit, printZoom } from './print-fit';

const page = PRINT_PAGE.portrait;

describe('printFit', () => {
  it('a block as wide as a desktop panel takes the page width, never enlarged', () => {
    expect(printFit(700, 500, page)).toEqual({ zoom: 1, half: false });
    const wide = printFit(1400, 600, page);
    expect(wide.half).toBe(false);
    expect(wide.zoom).toBeCloseTo(page.width / 1400, 6);
  });

  it('a block laid out narrow (a phone) prints two abreast, each within half the page', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: Math.floor(page.width * 0.6) }),
        fc.integer({ min: 1, max: 5000 }),
        (w, h) => {
          const fit = printFit(w, h, page);
          expect(fit.half).toBe(true);
          expect(w * fit.zoom).toBeLessThanOrEqual((page.width - PRINT_GAP) / 2 + 1e-9);
          expect(h * fit.zoom).toBeLessThanOrEqual(page.height);
          expect(fit.zoom).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('a block with a part that runs on is fitted by the rest, across the whole page width', () => {
    // The history panel at 1280 px: 614 × 3254, of which the scorecard (2207 px) may run on.
    const fit = printFit(614, 3254, page, true, 2207);
    expect(fit).toEqual({ zoom: printZoom(614, 3254 - 2207, page), half: false });
    expect(fit.zoom).toBeGreaterThan(0.9);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        (w, keep, flow) => {
          const fit = printFit(w, keep + flow, page, true, flow);
          expect(fit.half).toBe(false);
          expect(w * fit.zoom).toBeLessThanOrEqual(page.width + 1e-9);
          expect(keep * fit.zoom).toBeLessThanOrEqual(page.height);
          // Never smaller than fitting the kept part alone needs.
          expect(fit.zoom).toBeCloseTo(printZoom(w, keep, page), 12);
        },
      ),
    );
  });

  it('a wider block is fitted as printZoom fits it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Math.floor(page.width * 0.6) + 1, max: 4000 }),
        fc.integer({ min: 1, max: 5000 }),
        (w, h) => {
          expect(printFit(w, h, page)).toEqual({ zoom: printZoom(w, h, page), half: false });
          expect(printFit(w / 2, h, page, false)).toEqual({ zoom: printZoom(w / 2, h, page), half: false });
        },
      ),
    );
  });
});
