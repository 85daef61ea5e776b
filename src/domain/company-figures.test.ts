import { describe, expect, it } from 'vitest';
import {
  bigFourHand,
  capex2025,
  handFiledLife,
  hyperscalerSum,
  loaded,
  ownRevision,
} from '../../tests/model-fixtures';
import {
  bigFourCapex,
  capexPath,
  companyRevision,
  filedUsefulLife,
  hyperscalerCapex,
} from './company-figures';
import { defaultScenario } from './scenario';

describe('capexPath', () => {
  it('starts at the 2025 figure and compounds the growth input', () => {
    const path = capexPath(
      loaded.datasets,
      { ...defaultScenario(), growth: 22 },
      [2023, 2024, 2025, 2026, 2027],
    );
    expect(path.map((p) => p.year)).toEqual([2025, 2026, 2027]);
    expect(path[0]).toEqual({ year: 2025, value: capex2025, kind: 'estimate' });
    expect(path[1]?.value).toBeCloseTo(capex2025 * 1.22, 9);
    expect(path[2]?.value).toBeCloseTo(capex2025 * 1.22 ** 2, 9);
    expect(path[2]?.kind).toBe('projection');
  });

  it('is empty without the capex dataset', () => {
    expect(capexPath({}, defaultScenario(), [2025, 2026])).toEqual([]);
  });
});

describe('filedUsefulLife', () => {
  it('averages the life in force in the year across companies', () => {
    const d = loaded.datasets.depreciation;
    expect(filedUsefulLife(d, 2025)).toBeCloseTo(handFiledLife(2025), 12);
    // By hand: Microsoft 6, Alphabet 6, Meta 5.5, Amazon 5 (latest filed, 2023) → 5.625.
    expect(filedUsefulLife(d, 2025)).toBeCloseTo(5.75, 12);
    // 2020: Microsoft 3, Alphabet 3, Amazon 4; Meta has no 2020 row.
    expect(filedUsefulLife(d, 2020)).toBeCloseTo(10 / 3, 12);
  });

  it('is null before any filing and without the dataset', () => {
    expect(filedUsefulLife(loaded.datasets.depreciation, 2010)).toBeNull();
    expect(filedUsefulLife(undefined, 2025)).toBeNull();
  });
});

describe('hyperscalerCapex and bigFourCapex', () => {
  it('sums the four companies on one basis (2025: calendar years, Microsoft including finance leases)', () => {
    expect(hyperscalerCapex(loaded.datasets['hyperscaler-capex'], 2025)).toBeCloseTo(
      hyperscalerSum(2025) ?? 0,
      9,
    );
    // By hand: 92 + 131 + 72.2 + (21.4 + 24.2 + 34.9 + 37.5) = 413.2, near the WSJ's "over $400 billion".
    expect(hyperscalerCapex(loaded.datasets['hyperscaler-capex'], 2025)).toBeCloseTo(413.2, 9);
  });

  it('is null unless every company has a usable figure on the basis', () => {
    // 2024: Microsoft's calendar-year figure is not known; 2026: Microsoft's is secondary.
    expect(hyperscalerCapex(loaded.datasets['hyperscaler-capex'], 2024)).toBeNull();
    expect(hyperscalerCapex(loaded.datasets['hyperscaler-capex'], 2026)).toBeNull();
    expect(hyperscalerCapex(loaded.datasets['hyperscaler-capex'], 2023)).toBeNull();
    expect(hyperscalerCapex(undefined, 2025)).toBeNull();
  });

  it('reads the verified press tally where the companies cannot be summed (2026: Bloomberg ≈ $650B)', () => {
    expect(bigFourCapex(loaded.datasets, 2025)).toMatchObject({
      value: bigFourHand(2025),
      basis: 'companies',
    });
    expect(bigFourCapex(loaded.datasets, 2026)).toMatchObject({
      value: bigFourHand(2026),
      basis: 'press',
      series: ['capex/big-four-press'],
    });
    expect(bigFourHand(2026)).toBe(650);
    expect(bigFourCapex(loaded.datasets, 2024)).toBeNull();
  });
});

describe('companyRevision', () => {
  it('measures each company against its own first figure, never against the Street', () => {
    // 2026: Meta $125B → $135B; Alphabet and Amazon beat the Street but did not revise their own guidance.
    expect(companyRevision(loaded.datasets['hyperscaler-capex'], 2026)).toBeCloseTo(ownRevision(2026), 9);
    expect(companyRevision(loaded.datasets['hyperscaler-capex'], 2026)).toBeCloseTo((515 / 505 - 1) * 100, 9);
  });

  it('is null when no company revised its figure', () => {
    expect(companyRevision(loaded.datasets['hyperscaler-capex'], 2024)).toBeNull();
    expect(companyRevision(undefined, 2026)).toBeNull();
  });
});
