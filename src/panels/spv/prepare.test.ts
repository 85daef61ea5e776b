/**
 * The panel's pure preparation function, run on the real fixtures. Expected numbers are worked out
 * here from the fixture JSON (read separately from disk), not taken from the module under test.
 */
import { describe, expect, it } from 'vitest';
import { D, EMPTY, type RawSeries, raw, sum } from '../../../tests/panel-fixtures';
import { prepareSpv } from './prepare';

describe('prepareSpv', () => {
  const data = prepareSpv(D);

  it('stacks the bonds by issuer and sums them', () => {
    const bonds = raw('bonds.json').filter((s) => s.entity);
    expect(data.bonds.map((b) => b.id)).toEqual(bonds.map((s) => s.id));
    // 2025 only, the year the gauge's off-balance-sheet ratio reads.
    const alphabet = data.bonds.find((b) => b.id === 'alphabet');
    expect(alphabet?.value).toBeCloseTo(5 + 7.75 + 25, 9);
    const in2025 = bonds.flatMap((s) => s.observations.filter((o) => String(o.period).startsWith('2025')));
    expect(data.bondsTotal).toBeCloseTo(sum(in2025.map((o) => o.value)), 9);
    expect(data.bondsTotal).toBeCloseTo(100.75, 9);
  });

  it('stacks the vehicles financing the five hyperscalers, with their sponsors, and sums them', () => {
    const FIVE = ['alphabet', 'amazon', 'meta', 'microsoft', 'oracle'];
    const vehicles = (raw('spv.json') as Array<RawSeries & { tenant?: string }>).filter(
      (s) =>
        s.entity &&
        FIVE.includes(s.tenant ?? s.entity) &&
        s.observations.some((o) => String(o.period).startsWith('2025') && o.kind !== 'secondary'),
    );
    expect(data.vehicles.map((v) => [v.id, v.entity])).toEqual(vehicles.map((s) => [s.id, s.entity]));
    // Meta's 2026 El Paso package is not a 2025 vehicle.
    expect(data.vehicles.find((v) => v.id === 'el-paso')).toBeUndefined();
    expect(data.vehicles.find((v) => v.id === 'hyperion')).toMatchObject({ entity: 'meta', value: 27.3 });
    // Vantage is the developer's debt (its own entity), for Oracle's sites.
    expect(data.vehicles.find((v) => v.id === 'vantage')).toMatchObject({ entity: 'vantage', value: 38 });
    // Debt only (brief §5): Hyperion bonds, Vantage loans, Abilene's two construction loans.
    expect(data.vehiclesTotal).toBeCloseTo(27.3 + 38 + (2.3 + 7.1), 9);
    expect(data.vehiclesTotal).toBeCloseTo(
      sum(vehicles.flatMap((s) => s.observations.map((o) => o.value))),
      9,
    );
    // xAI's vehicle finances a company outside the five (and is a secondary report): named, not stacked.
    expect(data.excluded).toEqual([
      expect.objectContaining({ id: 'xai-gpu-spv', value: 12.5, kind: 'secondary', reason: 'outside' }),
    ]);
    // The gauge's ratio: the same stack over BofA's $121B for the five.
    expect(data.gauge?.spv).toBeCloseTo(data.vehiclesTotal, 9);
    expect(data.gauge?.bonds).toBe(121);
  });

  it('reads the article total and the FT count', () => {
    expect(data.articleTotal).toBe(100);
    expect(data.ftCount).toBe(120);
  });

  it('copes with an empty dataset map', () => {
    expect(prepareSpv(EMPTY)).toEqual({
      bonds: [],
      vehicles: [],
      bondsTotal: 0,
      vehiclesTotal: 0,
      articleTotal: null,
      ftCount: null,
      later: [],
      excluded: [],
      gauge: null,
    });
  });

  it('gives a sum the weakest kind of its figures and a single figure its own', () => {
    // Alphabet's 2025 bonds: $5B reported and two converted legs (estimates): the stack part is an estimate.
    const alphabet = raw('bonds.json')
      .find((s) => s.id === 'alphabet')
      ?.observations.filter((o) => String(o.period).startsWith('2025'));
    expect(alphabet?.map((o) => o.kind)).toContain('estimate');
    expect(data.bonds.find((b) => b.id === 'alphabet')).toMatchObject({ kind: 'estimate', period: 2025 });
    expect(data.bonds.find((b) => b.id === 'meta')).toMatchObject({ kind: 'reported', dataset: 'bonds' });
    // Abilene: two reported loans (January and May 2025) make one part of their year.
    expect(data.vehicles.find((v) => v.id === 'abilene')).toMatchObject({
      kind: 'reported',
      dataset: 'spv',
      count: 2,
      period: 2025,
    });
    expect(data.vehicles.find((v) => v.id === 'vantage')).toMatchObject({
      kind: 'estimate',
      period: '2025-10-23',
    });
  });

  it('names the vehicles that only have later figures instead of stacking them', () => {
    expect(data.later).toEqual([expect.objectContaining({ id: 'el-paso', period: '2026-05-04', value: 13 })]);
  });
});
