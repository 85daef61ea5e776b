import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from './file-name';

describe('exportFileName', () => {
  it('says what and when', () => {
    expect(exportFileName('capex', '2026-06-30', 'png')).toBe('bubble-pressure-capex-2026-06-30.png');
    expect(exportFileName('dc-investment', '2025-12-02', 'csv')).toBe(
      'bubble-pressure-dc-investment-2025-12-02.csv',
    );
    expect(exportFileName('all-data', '2026-06-30T10:00:00Z', 'zip')).toBe(
      'bubble-pressure-all-data-2026-06-30.zip',
    );
  });

  it('keeps a month or a year, and leaves out a missing or malformed date', () => {
    expect(exportFileName('gauge', '2026-06', 'svg')).toBe('bubble-pressure-gauge-2026-06.svg');
    expect(exportFileName('gauge', null, 'svg')).toBe('bubble-pressure-gauge.svg');
    expect(exportFileName('gauge', 'yesterday', 'svg')).toBe('bubble-pressure-gauge.svg');
  });

  it('turns any name into lower-case ASCII with single hyphens', () => {
    expect(slug('Capex / Revenue (2025)')).toBe('capex-revenue-2025');
    expect(slug('Café ÉTÉ')).toBe('cafe-ete');
    expect(exportFileName('資本支出', '2026-06-30', 'csv')).toBe('bubble-pressure-2026-06-30.csv');
  });

  it('is always a safe file name (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.option(fc.string()),
        fc.constantFrom('csv', 'svg', 'png', 'zip'),
        (what, date, ext) => {
          const name = exportFileName(what, date, ext);
          expect(name).toMatch(/^bubble-pressure(-[a-z0-9]+)*\.(csv|svg|png|zip)$/);
        },
      ),
    );
  });
});
