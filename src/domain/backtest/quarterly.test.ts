import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatedValue } from '../types';
import {
  dailyQuarterMeans,
  monthIndexOfDate,
  monthLabel,
  monthlyQuarterMeans,
  qIndex,
  qLabel,
  quarterEndExclusive,
  quarterIndexOfDate,
  quarterly,
  ratio,
  shift,
} from './quarterly';

describe('quarter and month indices', () => {
  it('round-trip and agree with dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800 * 4, max: 2200 * 4 }), (k) => {
        expect(qIndex(qLabel(k))).toBe(k);
        expect(quarterIndexOfDate(quarterEndExclusive(k))).toBe(k + 1);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1800 * 12, max: 2200 * 12 }), (m) => {
        expect(monthIndexOfDate(monthLabel(m))).toBe(m);
      }),
    );
    expect(qLabel(qIndex('2000-Q4') + 1)).toBe('2001-Q1');
    expect(quarterIndexOfDate('2000-03-31')).toBe(qIndex('2000-Q1'));
    expect(quarterEndExclusive(qIndex('2000-Q4'))).toBe('2001-01-01');
    expect(() => qIndex('2000Q1')).toThrow();
  });
});

describe('dailyQuarterMeans', () => {
  it('averages observed days only, and drops quarters with fewer than minDays', () => {
    const obs: DatedValue[] = [
      ['2000-01-03', 1],
      ['2000-01-04', null],
      ['2000-02-01', 3],
      ['2000-04-03', 10],
    ];
    expect([...dailyQuarterMeans(obs, 2)]).toEqual([[qIndex('2000-Q1'), 2]]);
    expect([...dailyQuarterMeans(obs, 1)]).toEqual([
      [qIndex('2000-Q1'), 2],
      [qIndex('2000-Q2'), 10],
    ]);
  });
});

describe('monthlyQuarterMeans', () => {
  it('needs all three months of a quarter', () => {
    const m = new Map([
      [monthIndexOfDate('2000-01'), 1],
      [monthIndexOfDate('2000-02'), 2],
      [monthIndexOfDate('2000-03'), 6],
      [monthIndexOfDate('2000-04'), 5],
      [monthIndexOfDate('2000-06'), 5],
    ]);
    expect([...monthlyQuarterMeans(m)]).toEqual([[qIndex('2000-Q1'), 3]]);
  });
});

describe('quarterly, shift and ratio', () => {
  it('reads a quarterly series from a quarter on, lags it, and divides where both exist', () => {
    const obs: DatedValue[] = [
      ['1951-10-01', 5],
      ['1952-01-01', 10],
      ['1952-04-01', null],
      ['1952-07-01', 30],
    ];
    const q = quarterly(obs, qIndex('1952-Q1'));
    expect([...q]).toEqual([
      [qIndex('1952-Q1'), 10],
      [qIndex('1952-Q3'), 30],
    ]);
    expect([...shift(q, 1)]).toEqual([
      [qIndex('1952-Q2'), 10],
      [qIndex('1952-Q4'), 30],
    ]);
    const gdp = new Map([
      [qIndex('1952-Q1'), 2],
      [qIndex('1952-Q3'), 0],
    ]);
    expect([...ratio(q, gdp, 100)]).toEqual([[qIndex('1952-Q1'), 500]]);
  });
});
