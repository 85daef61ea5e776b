/**
 * The panel's pure preparation function, run on the real fixtures. Expected numbers are worked out
 * here from the fixture JSON (read separately from disk), not taken from the module under test.
 */
import { describe, expect, it } from 'vitest';
import { D, EMPTY, raw, sum } from '../../../tests/panel-fixtures';
import { prepareBonds } from './prepare';

describe('prepareBonds', () => {
  const data = prepareBonds(D);
  const withEntity = raw('bonds.json').filter((s) => s.entity);
  const allDeals = withEntity.flatMap((s) => s.observations.map((o) => ({ entity: s.entity, ...o })));

  it('lists every deal of a series with an entity', () => {
    expect(data.deals).toHaveLength(allDeals.length);
    expect(data.deals.map((d) => `${d.issuer}@${d.date}`).sort()).toEqual(
      allDeals.map((d) => `${d.entity}@${d.period}`).sort(),
    );
  });

  it('sorts the deals by date', () => {
    const dates = data.deals.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2025-05-01');
    expect(dates.filter((d) => d < '2026').at(-1)).toBe('2025-11-17');
    expect(data.deals[data.deals.length - 1]).toMatchObject({ issuer: 'alphabet', date: '2026-02-10' });
  });

  it('keeps a running total ending at the sum of all deals', () => {
    const total = sum(allDeals.map((d) => d.value));
    // 2025: Oracle, Meta, Alphabet (May ×2, Nov), Amazon; 2026: Oracle $25B, Alphabet $20B + ≈ $7.5B.
    expect(total).toBeCloseTo(18 + 30 + 5 + 7.75 + 25 + 15 + 25 + 20 + 7.5, 9);
    expect(data.running).toHaveLength(data.deals.length);
    expect(data.running[data.running.length - 1]?.total).toBeCloseTo(total, 9);
    let acc = 0;
    data.deals.forEach((d, i) => {
      acc += d.amount;
      expect(data.running[i]?.total).toBeCloseTo(acc, 9);
      expect(data.running[i]?.time).toBe(d.time);
    });
  });

  it('lists each issuer once', () => {
    expect([...data.issuers].sort()).toEqual([...new Set(withEntity.map((s) => s.entity))].sort());
  });

  it('reads the reference totals from their own series', () => {
    expect(data.articleTotal).toBe(100);
    expect(data.bofaTotal).toBe(121);
  });

  it('copes with an empty dataset map', () => {
    expect(prepareBonds(EMPTY)).toEqual({
      deals: [],
      running: [],
      issuers: [],
      articleTotal: null,
      bofaTotal: null,
      forecast2026: null,
    });
  });
});
