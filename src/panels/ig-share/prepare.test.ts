/**
 * The panel's pure preparation function, run on the real fixtures. Expected numbers are worked out
 * here from the fixture JSON (read separately from disk), not taken from the module under test.
 */
import { describe, expect, it } from 'vitest';
import { D, EMPTY, rawSeries } from '../../../tests/panel-fixtures';
import { prepareIgShare } from './prepare';

describe('prepareIgShare', () => {
  const { rows, issuance } = prepareIgShare(D);
  const row = (y: number) => rows.find((r) => r.year === y);

  it('has rows from the reported year to the projection year', () => {
    expect(rows.map((r) => r.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(row(2025)?.reported).toBe(14);
    expect(row(2030)?.projected).toBe(20);
    expect(row(2025)?.projected).toBeUndefined();
    expect(row(2030)?.reported).toBeUndefined();
  });

  it('interpolates the path linearly from 14 to 20', () => {
    for (const r of rows) expect(r.path).toBeCloseTo(14 + ((20 - 14) * (r.year - 2025)) / 5, 9);
    expect(row(2027)?.path).toBeCloseTo(16.4, 9);
  });

  it('reads the issuance estimate', () => {
    expect(issuance?.value).toBe(rawSeries('ig-share.json', 'ai-ig-issuance').observations[0]?.value);
    expect(issuance).toEqual({ year: 2026, value: 300 });
  });

  it('copes with an empty dataset map', () => {
    expect(prepareIgShare(EMPTY)).toEqual({ rows: [], kinds: {}, refs: {}, issuance: null });
  });

  it('draws each figure in its row’s kind and a point between two rows in the weaker of them', () => {
    const { kinds, refs } = prepareIgShare(D);
    const obs = rawSeries('ig-share.json', 'ai-share').observations;
    const first = obs[0];
    const last = obs[obs.length - 1];
    expect(kinds.reported?.[2025]).toBe(first?.kind);
    expect(kinds.projected?.[2030]).toBe(last?.kind);
    expect(refs.reported?.[2025]).toEqual({ series: 'ig-share/ai-share', period: first?.period });
    // 2025 is the row itself (J.P. Morgan's estimate); 2026–2029 lie between it and a projected row.
    expect(kinds.path?.[2025]).toBe('estimate');
    for (const y of [2026, 2027, 2028, 2029]) expect(kinds.path?.[y]).toBe('projection');
    expect(refs.path?.[2027]).toEqual({ series: 'ig-share/ai-share', period: 2027 });
  });
});
