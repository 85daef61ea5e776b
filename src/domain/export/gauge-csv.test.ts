import { describe, expect, it } from 'vitest';
import { realFiles } from '../../../tests/fixture-files';
import { loadFixtures } from '../../data/load';
import { readYear } from '../model';
import { COMPONENT_IDS, defaultWeights } from '../pressure';
import { defaultScenario } from '../scenario';
import { BOM } from './csv';
import { type GAUGE_HEADER, gaugeCsv } from './gauge-csv';

const loaded = loadFixtures(realFiles());
const weights = { ...defaultWeights(), valuation: 2 };
const reading = readYear(
  {
    datasets: loaded.datasets,
    thresholds: loaded.thresholds?.thresholds ?? [],
    scenario: defaultScenario(),
    weights,
  },
  2026,
);

describe('gaugeCsv', () => {
  const lines = gaugeCsv(reading, weights, 'v1', {
    component: (id) => `C:${id}`,
    metric: (id) => `M:${id}`,
  })
    .replace(BOM, '')
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));
  const header = lines[0] ?? [];
  const rows = lines.slice(1);
  const col = (name: (typeof GAUGE_HEADER)[number]) => header.indexOf(name);

  it('has one row per metric of every component, with its label, weight and method version', () => {
    const metricCount = COMPONENT_IDS.reduce(
      (n, id) => n + Math.max(1, reading.components[id].metrics.length),
      0,
    );
    expect(rows).toHaveLength(metricCount);
    expect(new Set(rows.map((r) => r[col('component')]))).toEqual(new Set(COMPONENT_IDS));
    const valuation = rows.find((r) => r[col('component')] === 'valuation');
    expect(valuation?.[col('weight')]).toBe('2');
    expect(valuation?.[col('component_label')]).toBe('C:valuation');
    expect(rows.every((r) => r[col('method_version')] === 'v1' && r[col('year')] === '2026')).toBe(true);
  });

  it('points of the components add up to the composite (each written to one decimal)', () => {
    const perComponent = new Map(rows.map((r) => [r[col('component')], Number(r[col('points')])]));
    const sum = [...perComponent.values()].reduce((a, b) => a + b, 0);
    const composite = Number(rows[0]?.[col('composite')]);
    expect(composite).toBeGreaterThan(0);
    // Each of the seven points and the composite is within half a unit of the last place.
    expect(Math.abs(sum - composite)).toBeLessThanOrEqual(8 * 0.05 + 1e-9);
    expect(reading.result.ok && Math.abs(composite - reading.result.value)).toBeLessThanOrEqual(0.05);
  });

  it('carries no float noise: the precision the gauge shows, thresholds as their fixture has them', () => {
    const decimals = (cell: string | undefined) => cell?.split('.')[1]?.length ?? 0;
    const most: Partial<Record<(typeof GAUGE_HEADER)[number], number>> = {
      raw_value: 1,
      metric_score: 2,
      component_score: 2,
      points: 1,
      composite: 1,
    };
    for (const r of rows)
      for (const [name, d] of Object.entries(most))
        expect(
          decimals(r[col(name as (typeof GAUGE_HEADER)[number])]),
          `${name} in ${r.join(',')}`,
        ).toBeLessThanOrEqual(d);
    // Some value really is cut (the model's ratios have many decimals), so the rule is exercised.
    const raws = COMPONENT_IDS.flatMap((id) => reading.components[id].metrics.map((m) => m.raw?.value ?? 0));
    expect(raws.some((v) => !Number.isInteger(v * 10))).toBe(true);
    // Thresholds: every calm/extreme written is a threshold of the fixture, digit for digit.
    const fixtureThresholds = new Set(
      (loaded.thresholds?.thresholds ?? []).flatMap((t) => [String(t.calm), String(t.extreme)]),
    );
    for (const r of rows)
      for (const c of [r[col('calm')], r[col('extreme')]]) if (c) expect(fixtureThresholds).toContain(c);
  });
});
