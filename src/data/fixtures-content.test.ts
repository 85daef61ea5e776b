/**
 * The real fixtures hold the data brief's key figures (see /work/shared/data-brief.md).
 * Read straight from disk, the way the app bundles them, and validated by the loader.
 */
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../tests/fixture-files';
import { PANEL_IDS } from '../domain/ids';
import type { Observation, Series } from '../domain/types';
import { type LoadedData, loadFixtures, NON_DATASET_FILES } from './load';

const files = realFiles();
const data: LoadedData = loadFixtures(files);

function series(datasetId: string, seriesId: string): Series {
  const s = data.datasets[datasetId]?.series.find((x) => x.id === seriesId);
  if (!s) throw new Error(`no series ${datasetId}/${seriesId}`);
  return s;
}

function obs(datasetId: string, seriesId: string, period: string | number): Observation {
  const o = series(datasetId, seriesId).observations.find((x) => x.period === period);
  if (!o) throw new Error(`no observation ${datasetId}/${seriesId} at ${period}`);
  return o;
}

/** The deal of an issuer on a date, found by entity rather than by series id. */
function bondDeal(entity: string, date: string): Observation | undefined {
  for (const s of data.datasets.bonds?.series ?? []) {
    if (s.entity !== entity) continue;
    const o = s.observations.find((x) => x.period === date);
    if (o) return o;
  }
  return undefined;
}

describe('fixture files', () => {
  it('load with zero errors', () => {
    expect(data.errors).toEqual([]);
  });

  it('include the sources, events and thresholds files', () => {
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['sources.json', 'events.json', 'thresholds.json']),
    );
    expect(data.sources.length).toBeGreaterThan(0);
    expect(data.events.length).toBeGreaterThan(0);
    expect(data.thresholds).not.toBeNull();
  });

  it('give every dataset an ISO asOf date', () => {
    const ids = Object.keys(data.datasets);
    expect(ids.length).toBeGreaterThanOrEqual(9);
    for (const id of ids) expect(data.datasets[id]?.asOf, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Also in the raw JSON of every dataset file.
    for (const [name, text] of Object.entries(files)) {
      if (NON_DATASET_FILES.includes(name)) continue;
      expect(JSON.parse(text).asOf, name).toEqual(expect.any(String));
    }
  });

  it('name an existing source in every observation and revision', () => {
    const known = new Set(data.sources.map((s) => s.id));
    let count = 0;
    for (const ds of Object.values(data.datasets))
      for (const s of ds.series)
        for (const o of s.observations) {
          count++;
          expect(known.has(o.sourceId), `${ds.id}/${s.id}/${String(o.period)}: ${o.sourceId}`).toBe(true);
          for (const r of o.revisions ?? []) expect(known.has(r.sourceId), r.sourceId).toBe(true);
        }
    expect(count).toBeGreaterThan(20);
    for (const e of data.events) expect(known.has(e.sourceId), e.id).toBe(true);
    for (const t of data.thresholds?.thresholds ?? [])
      for (const id of t.sourceIds) expect(known.has(id), `${t.metric}: ${id}`).toBe(true);
  });

  it('annotate only known panels with events', () => {
    const known = new Set<string>(PANEL_IDS);
    for (const e of data.events) {
      expect(e.panels.length, e.id).toBeGreaterThan(0);
      for (const p of e.panels) expect(known.has(p), `${e.id}: ${p}`).toBe(true);
    }
  });
});

describe('capex fixture', () => {
  it('holds 2025 = 405 as a revision from 250', () => {
    const o = obs('capex', 'article-path', 2025);
    expect(o.value).toBe(405);
    expect(o.unit).toBe('usd-bn');
    expect(o.revisions?.map((r) => r.value)).toEqual([250]);
  });

  it('holds 2027 = 600 as a projection', () => {
    const o = obs('capex', 'article-path', 2027);
    expect(o.value).toBe(600);
    expect(o.kind).toBe('projection');
  });
});

describe('dc-investment fixture', () => {
  it('holds the 3000–5200 range by 2030', () => {
    const o = obs('dc-investment', 'article-range', 2030);
    expect(o.low).toBe(3000);
    expect(o.high).toBe(5200);
    expect(o.unit).toBe('usd-bn');
  });
});

describe('bonds fixture', () => {
  it.each([
    ['oracle', '2025-09-24', 18],
    ['meta', '2025-10-30', 30],
    ['amazon', '2025-11-17', 15],
    ['alphabet', '2025-11-03', 25],
  ])('holds %s on %s = %d', (entity, date, value) => {
    const o = bondDeal(entity, date);
    expect(o?.value).toBe(value);
    expect(o?.unit).toBe('usd-bn');
  });
});

describe('spv fixture', () => {
  it('holds Hyperion 27.3 with entity meta', () => {
    const s = series('spv', 'hyperion');
    expect(s.entity).toBe('meta');
    expect(s.observations[0]?.value).toBe(27.3);
  });

  it('holds Vantage 38', () => {
    expect(series('spv', 'vantage').observations[0]?.value).toBe(38);
  });
});

describe('ig-share fixture', () => {
  it('holds 14 in Oct 2025 and a 20 projection for 2030', () => {
    expect(obs('ig-share', 'ai-share', '2025-10').value).toBe(14);
    const p = obs('ig-share', 'ai-share', 2030);
    expect(p.value).toBe(20);
    expect(p.kind).toBe('projection');
    expect(p.unit).toBe('pct');
  });
});

describe('valuation fixture', () => {
  it('holds NVIDIA 5030 on 2025-10-29', () => {
    expect(obs('valuation', 'nvidia-market-cap', '2025-10-29').value).toBe(5030);
  });

  it('holds the Buffett indicator at 217', () => {
    const s = series('valuation', 'buffett-indicator');
    expect(s.observations.map((o) => o.value)).toContain(217);
  });
});

describe('compute-mix fixture', () => {
  it('holds a training share of 70 in 2025', () => {
    const o = obs('compute-mix', 'training-share', 2025);
    expect(o.value).toBe(70);
    expect(o.unit).toBe('pct');
  });
});

describe('depreciation fixture', () => {
  it("holds Burry's 176", () => {
    expect(series('depreciation', 'burry-understatement').observations[0]?.value).toBe(176);
  });
});
