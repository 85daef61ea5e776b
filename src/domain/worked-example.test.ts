/**
 * The README's worked example, recomputed from the fixtures (and the FRED series) by the model, so the
 * README cannot drift from what the gauge shows: every component's score and points, the composite and
 * the `s.life=3` sentence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realDatedFiles, realFiles } from '../../tests/fixture-files';
import { loadDatedSeries } from '../data/dated';
import { loadFixtures } from '../data/load';
import { isFredSeriesId } from './ids';
import { type DatedMap, type ModelInput, readYear } from './model';
import { COMPONENT_IDS, defaultWeights } from './pressure';
import { defaultScenario, type Scenario } from './scenario';
import type { DatedSeries } from './types';

const loaded = loadFixtures(realFiles());
const dated: Partial<Record<string, DatedSeries>> = {};
for (const [id, text] of Object.entries(realDatedFiles())) {
  if (!isFredSeriesId(id)) continue;
  const r = loadDatedSeries(`fred/${id}.json`, text, null);
  if (r.series) dated[id] = r.series;
}
const input = (scenario: Partial<Scenario> = {}): ModelInput => ({
  datasets: loaded.datasets,
  dated: dated as DatedMap,
  thresholds: loaded.thresholds?.thresholds ?? [],
  scenario: { ...defaultScenario(), ...scenario },
  weights: defaultWeights(),
});

const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('**Worked example**'), readme.indexOf('## Back-tested history'));
const cells = (line: string) => line.split('|').map((c) => c.replace(/\*/g, '').trim());
const rows = section
  .split('\n')
  .filter((l) => l.startsWith('| '))
  .map(cells)
  .filter((c) => (COMPONENT_IDS as readonly string[]).includes(c[1] ?? ''));
const compositeLine = section.split('\n').find((l) => l.includes('**composite**')) ?? '';

describe("README's worked example (2026, default scenario and weights)", () => {
  const reading = readYear(input(), 2026);
  const result = reading.result;
  if (!result.ok) throw new Error('no 2026 composite');

  it('lists every component once', () => {
    expect(rows.map((r) => r[1])).toEqual([...COMPONENT_IDS]);
  });

  it("states each component's score and points as the model computes them", () => {
    for (const r of rows) {
      const id = r[1] as (typeof COMPONENT_IDS)[number];
      expect(r[3], `${id} score`).toBe(reading.components[id].score?.toFixed(3));
      expect(r[4], `${id} points`).toBe(result.contributions[id]?.toFixed(2));
    }
  });

  it('states the composite and its band', () => {
    expect(cells(compositeLine)[4]).toBe(`${result.value.toFixed(1)} — high`);
    expect(result.value).toBeGreaterThanOrEqual(50);
    expect(result.value).toBeLessThan(75);
  });

  it('reads 2026 capex growth from guidance and the new metrics from the FRED series', () => {
    const capex = reading.components['capex-growth'].metrics;
    expect(capex.find((m) => m.metric === 'capex-yoy')?.raw?.basis).toBe('guidance');
    expect(capex.find((m) => m.metric === 'capex-gdp')?.raw?.basis).toBe('scenario');
    expect(
      reading.components['debt-financing'].metrics.find((m) => m.metric === 'bbb-spread')?.raw,
    ).not.toBeNull();
  });

  it('states what s.life=3 does', () => {
    const three = readYear(input({ life: 3 }), 2026);
    if (!three.result.ok) throw new Error('no composite');
    const dep = three.components.depreciation.score ?? Number.NaN;
    const delta = (three.result.contributions.depreciation ?? 0) - (result.contributions.depreciation ?? 0);
    const text = section.replace(/\s+/g, ' ');
    expect(text).toContain(
      `depreciation rises to ${dep.toFixed(3)} (+${delta.toFixed(2)} points, composite ${three.result.value.toFixed(1)})`,
    );
  });
});
