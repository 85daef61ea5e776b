import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findSeries,
  hasEntity,
  lerp,
  matchesSelection,
  observationInYear,
  periodTime,
  periodYear,
  sumInYear,
  valueInYear,
} from './series';
import type { Dataset, Observation, Series } from './types';

function obs(period: Observation['period'], value: number): Observation {
  return { period, value, unit: 'usd-bn', kind: 'reported', sourceId: 'test-source' };
}

const dataset: Dataset = {
  id: 'bonds',
  title: 'Test',
  description: '',
  asOf: '2025-12-31',
  series: [
    { id: 'meta', label: 'Meta', entity: 'meta', observations: [obs('2025-10-30', 30), obs(2024, 4)] },
    {
      id: 'alphabet',
      label: 'Alphabet',
      entity: 'alphabet',
      observations: [obs('2025-05-01', 5), obs('2025-05-06', 7.75), obs('2026-01', 9)],
    },
    { id: 'total', label: 'Total', observations: [obs('2025-12-02', 100)] },
  ],
};

describe('periodYear', () => {
  it('reads the calendar year of a year, month or date', () => {
    expect(periodYear(2025)).toBe(2025);
    expect(periodYear('2025-10')).toBe(2025);
    expect(periodYear('2025-10-29')).toBe(2025);
    expect(periodYear('1999-12-31')).toBe(1999);
  });
});

describe('periodTime', () => {
  it('maps a year to 1 July, a month to its 15th and a date to itself (UTC)', () => {
    expect(periodTime(2025)).toBe(Date.UTC(2025, 6, 1));
    expect(periodTime('2025-10')).toBe(Date.UTC(2025, 9, 15));
    expect(periodTime('2025-10-29')).toBe(Date.UTC(2025, 9, 29));
  });

  it('orders periods in time', () => {
    const ordered = ['2025-01-01', '2025-06', 2025, '2025-07-02', '2025-10', '2025-10-29', 2026] as const;
    const times = ordered.map((p) => periodTime(p));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] ?? Number.NaN);
  });

  it('is monotone in the date for any two ISO dates', () => {
    const dateArb = fc.date({
      min: new Date(Date.UTC(1990, 0, 1)),
      max: new Date(Date.UTC(2100, 11, 31)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        const iso = (d: Date) => d.toISOString().slice(0, 10);
        const ta = periodTime(iso(a));
        const tb = periodTime(iso(b));
        if (iso(a) < iso(b)) expect(ta).toBeLessThan(tb);
        else if (iso(a) === iso(b)) expect(ta).toBe(tb);
        else expect(ta).toBeGreaterThan(tb);
      }),
    );
  });
});

describe('findSeries', () => {
  it('finds a series by id, or undefined', () => {
    expect(findSeries(dataset, 'alphabet')?.label).toBe('Alphabet');
    expect(findSeries(dataset, 'nope')).toBeUndefined();
    expect(findSeries(undefined, 'meta')).toBeUndefined();
  });
});

describe('observationInYear', () => {
  it('returns the first observation whose period falls in the year', () => {
    const alphabet = findSeries(dataset, 'alphabet');
    expect(observationInYear(alphabet, 2025)?.value).toBe(5);
    expect(observationInYear(alphabet, 2026)?.value).toBe(9);
    expect(observationInYear(alphabet, 2024)).toBeUndefined();
    expect(observationInYear(undefined, 2025)).toBeUndefined();
  });
});

describe('valueInYear', () => {
  it('returns the value or null', () => {
    expect(valueInYear(dataset, 'meta', 2024)).toBe(4);
    expect(valueInYear(dataset, 'meta', 2023)).toBeNull();
    expect(valueInYear(dataset, 'nope', 2025)).toBeNull();
    expect(valueInYear(undefined, 'meta', 2025)).toBeNull();
  });
});

describe('sumInYear', () => {
  it('sums every observation in the year across series', () => {
    expect(sumInYear(dataset, 2025)).toBeCloseTo(30 + 5 + 7.75 + 100, 12);
  });

  it('applies the series filter', () => {
    expect(sumInYear(dataset, 2025, hasEntity)).toBeCloseTo(30 + 5 + 7.75, 12);
    expect(sumInYear(dataset, 2025, (s) => s.id === 'alphabet')).toBeCloseTo(12.75, 12);
  });

  it('is null when nothing falls in the year or there is no dataset', () => {
    expect(sumInYear(dataset, 2020)).toBeNull();
    expect(sumInYear(dataset, 2026, (s) => s.id === 'meta')).toBeNull();
    expect(sumInYear(undefined, 2025)).toBeNull();
  });

  it('is zero (not null) when matching values sum to zero', () => {
    const zero: Dataset = { ...dataset, series: [{ id: 'z', label: 'Z', observations: [obs(2025, 0)] }] };
    expect(sumInYear(zero, 2025)).toBe(0);
  });
});

describe('hasEntity', () => {
  it('is true only for series with an entity', () => {
    const [meta, , total] = dataset.series as [Series, Series, Series];
    expect(hasEntity(meta)).toBe(true);
    expect(hasEntity(total)).toBe(false);
  });
});

describe('lerp', () => {
  it('hits both endpoints and the midpoint', () => {
    expect(lerp(2025, 70, 2029, 50, 2025)).toBe(70);
    expect(lerp(2025, 70, 2029, 50, 2029)).toBe(50);
    expect(lerp(2025, 70, 2029, 50, 2027)).toBe(60);
    expect(lerp(0, 0, 10, 100, 2.5)).toBe(25);
  });

  it('extrapolates linearly outside the interval', () => {
    expect(lerp(0, 0, 10, 100, 20)).toBe(200);
    expect(lerp(0, 0, 10, 100, -5)).toBe(-50);
  });

  it('returns y0 when x0 equals x1', () => {
    expect(lerp(3, 7, 3, 9, 100)).toBe(7);
  });
});

describe('matchesSelection', () => {
  it('matches by series id or entity', () => {
    expect(matchesSelection({ id: 'hyperion', entity: 'meta' }, 'hyperion')).toBe(true);
    expect(matchesSelection({ id: 'hyperion', entity: 'meta' }, 'meta')).toBe(true);
    expect(matchesSelection({ id: 'hyperion', entity: 'meta' }, 'oracle')).toBe(false);
    expect(matchesSelection({ id: 'total', entity: undefined }, 'meta')).toBe(false);
  });

  it('never matches a null selection', () => {
    expect(matchesSelection({ id: 'meta', entity: 'meta' }, null)).toBe(false);
  });
});
