import { describe, expect, it } from 'vitest';
import type { HistoryReading } from '../../domain/history';
import { historyDomain, historyRows, monthX, readingForYear, yearTicks } from './prepare';

const reading = (quarter: string, value: number | null): HistoryReading => ({
  quarter,
  value,
  contributions: {
    valuation: value === null ? null : value / 2,
    investment: value === null ? null : value / 2,
    credit: null,
    debt: null,
  },
  scores: { valuation: null, investment: null, credit: null, debt: null },
  raw: {
    'equities-gdp': null,
    'nasdaq-drawdown': null,
    'infotech-gdp': null,
    'bbb-oas': null,
    'hy-oas': null,
    'debt-yoy': null,
  },
  covered: value === null ? [] : ['valuation', 'investment'],
  provisional: [],
});

describe('history panel rows', () => {
  it('stacks the components of scored quarters, leaves unscored ones empty, and closes the last step', () => {
    const rows = historyRows([reading('2000-Q1', 40), reading('2000-Q2', null), reading('2000-Q3', 10)]);
    expect(rows.map((r) => [r.x, r.valuation, r.total])).toEqual([
      [2000, 20, 40],
      [2000.25, undefined, undefined],
      [2000.5, 5, 10],
      [2000.75, 5, 10],
    ]);
  });

  it('shows all its years for the default range, and the shared range otherwise', () => {
    const span: [string, string] = ['1997-Q1', '2026-Q2'];
    expect(historyDomain(span, [2020, 2030], [2020, 2030])).toEqual([1997, 2027]);
    expect(historyDomain(span, [1999, 2009], [2020, 2030])).toEqual([1999, 2010]);
    expect(historyDomain(span, [2024, 2028], [2020, 2030])).toEqual([2024, 2029]);
    // A range with none of its years (or before it) shows the whole history.
    expect(historyDomain(span, [2028, 2030], [2020, 2030])).toEqual([1997, 2027]);
  });

  it('puts year ticks mid-year, sparser on long spans', () => {
    expect(yearTicks([2024, 2029])).toEqual([2024.5, 2025.5, 2026.5, 2027.5, 2028.5]);
    expect(yearTicks([1999, 2010])).toEqual([1999.5, 2001.5, 2003.5, 2005.5, 2007.5, 2009.5]);
    expect(yearTicks([1997, 2027])[1]).toBe(2001.5);
  });

  it('places NBER months on the axis', () => {
    expect(monthX('2001-03')).toBeCloseTo(2001 + 2 / 12, 10);
    expect(monthX('2001-11', true)).toBeCloseTo(2001 + 11 / 12, 10);
    expect(monthX('2009-06', true)).toBe(2009.5);
  });

  it("reads a year hovered elsewhere as that year's last scored quarter", () => {
    const rs = [reading('2000-Q1', 40), reading('2000-Q2', 30), reading('2000-Q3', null)];
    expect(readingForYear(rs, 2000)?.quarter).toBe('2000-Q2');
    expect(readingForYear(rs, 2001)).toBeNull();
  });
});
