import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { droppedPeriods } from './imports';
import type { Dataset, ImportedPoint, Observation, Period } from './types';

const obs = (period: Period, value = 1): Observation => ({
  period,
  value,
  unit: 'usd-bn',
  kind: 'reported',
  sourceId: 'doc',
});
const pt = (period: Period, value = 1): ImportedPoint => ({
  period,
  value,
  kind: 'estimate',
  source: 'desk',
});
const builtin = (periods: Period[]): Record<string, Dataset> => ({
  capex: {
    id: 'capex',
    title: 'Capex',
    asOf: '2026-01-01',
    series: [
      { id: 'alphabet', label: 'Alphabet', observations: periods.map((p) => obs(p)) },
      { id: 'other', label: 'Other', observations: [obs(1999)] },
    ],
  } as Dataset,
});

describe('droppedPeriods', () => {
  it('lists the built-in years an override has no figure for, in the built-in order', () => {
    const d = builtin([2024, 2025, 2026]);
    expect(droppedPeriods({ name: 'capex/alphabet', points: [pt(2026)] }, d)).toEqual([2024, 2025]);
    expect(droppedPeriods({ name: 'capex/alphabet', points: [pt(2024), pt(2025), pt(2026)] }, d)).toEqual([]);
  });

  it('counts a year in the file as covering built-in dates in that year, and a date only that date', () => {
    const d = builtin(['2025-10-02', '2025-12-01', '2026-03-01']);
    expect(droppedPeriods({ name: 'capex/alphabet', points: [pt(2025)] }, d)).toEqual(['2026-03-01']);
    expect(droppedPeriods({ name: 'capex/alphabet', points: [pt('2025-12-01')] }, d)).toEqual([
      '2025-10-02',
      '2026-03-01',
    ]);
  });

  it('counts a built-in month or year as covered by any figure of the file inside it', () => {
    const months = builtin(['2025-10', '2025-11']);
    expect(droppedPeriods({ name: 'capex/alphabet', points: [pt('2025-10-15')] }, months)).toEqual([
      '2025-11',
    ]);
    const years = builtin([2024, 2025]);
    expect(
      droppedPeriods({ name: 'capex/alphabet', points: [pt('2025-03-31'), pt('2025-06-30')] }, years),
    ).toEqual([2024]);
    const dates = builtin(['2025-12-01']);
    expect(droppedPeriods({ name: 'capex/alphabet', points: [pt('2025-12-01T10:00:00Z')] }, dates)).toEqual(
      [],
    );
  });

  it('is empty for a custom series or an unknown target', () => {
    const d = builtin([2024]);
    expect(droppedPeriods({ name: 'my-series', points: [] }, d)).toEqual([]);
    expect(droppedPeriods({ name: 'capex/nope', points: [] }, d)).toEqual([]);
    expect(droppedPeriods({ name: 'nope/alphabet', points: [] }, d)).toEqual([]);
  });

  it('drops exactly the built-in years the file does not give (any subset)', () => {
    const years = fc.uniqueArray(fc.integer({ min: 1990, max: 2035 }), { maxLength: 12 });
    fc.assert(
      fc.property(years, years, (built, given) => {
        const dropped = droppedPeriods(
          { name: 'capex/alphabet', points: given.map((y) => pt(y)) },
          builtin(built),
        );
        expect(dropped).toEqual(built.filter((y) => !given.includes(y)));
      }),
    );
  });
});
