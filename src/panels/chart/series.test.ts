import { describe, expect, it } from 'vitest';
import type { ImportedSeries } from '../../domain/types';
import { customReadout, customSpecs, KIND_KEYS, kindAt, kindsOf } from './series';

/** The example file's house model (fixtures/examples/long-format.csv): an estimate, then two projections. */
const house: ImportedSeries = {
  name: 'my-ai-capex',
  unit: 'usd-bn',
  unitText: '$bn',
  format: 'long',
  file: 'long-format.csv',
  sources: ['House model'],
  points: [
    { period: 2025, value: 420, kind: 'estimate', source: 'House model' },
    { period: 2026, value: 540, kind: 'projection', source: 'House model' },
    { period: 2027, value: 660, kind: 'projection', source: 'House model' },
  ],
  panel: 'capex',
};

describe('imported series keep the kinds their rows give', () => {
  const [spec] = customSpecs([house], (name) => `${name} (imported)`);

  it('each year is drawn and read in its own kind; the legend lists every kind', () => {
    expect(spec).toBeDefined();
    if (!spec) return;
    expect(kindAt(spec, 2025)).toBe('estimate');
    expect(kindAt(spec, 2026)).toBe('projection');
    expect(kindsOf(spec).sort()).toEqual(['estimate', 'projection']);
    // The series' own kind (for a year it has no row) is the weakest of its rows, never "reported".
    expect(spec.kind).toBe('projection');
  });

  it('a year with two rows of different kinds takes the weaker', () => {
    const two: ImportedSeries = {
      ...house,
      points: [
        { period: '2025-03-31', value: 1, kind: 'reported', source: 'a' },
        { period: '2025-09-30', value: 2, kind: 'estimate', source: 'a' },
      ],
    };
    const [s] = customSpecs([two], (n) => n);
    expect(s && kindAt(s, 2025)).toBe('estimate');
  });

  it("the hover readout names the hovered row's kind", () => {
    const read = customReadout([house], [spec as NonNullable<typeof spec>], 'usd-bn', 'en', 'yrs');
    expect(read(2025).map((l) => l.kind)).toEqual([KIND_KEYS.estimate]);
    expect(read(2027).map((l) => l.kind)).toEqual([KIND_KEYS.projection]);
    expect(read(2030)).toEqual([]);
  });
});
