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

  it('points of the components add up to the composite', () => {
    const perComponent = new Map(rows.map((r) => [r[col('component')], Number(r[col('points')])]));
    const sum = [...perComponent.values()].reduce((a, b) => a + b, 0);
    const composite = Number(rows[0]?.[col('composite')]);
    expect(composite).toBeGreaterThan(0);
    expect(sum).toBeCloseTo(composite, 6);
  });
});
