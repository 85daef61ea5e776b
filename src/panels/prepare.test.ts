/**
 * Each panel's pure preparation function, run on the real fixtures. Expected numbers are worked out
 * here from the fixture JSON (read separately from disk), not taken from the module under test.
 */
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../tests/fixture-files';
import { loadFixtures } from '../data/load';
import type { Scenario } from '../domain/scenario';
import type { DatasetMap } from '../domain/series';
import { prepareBonds } from './bonds/prepare';
import { prepareCapex } from './capex/prepare';
import { prepareComputeMix } from './compute-mix/prepare';
import { prepareDcInvestment } from './dc-investment/prepare';
import { prepareDepreciation, SENSITIVITY_LIVES } from './depreciation/prepare';
import { prepareIgShare } from './ig-share/prepare';
import { preparePressure, withBaseline } from './pressure/prepare';
import { prepareSpv } from './spv/prepare';
import { prepareValuation } from './valuation/prepare';

interface RawObs {
  period: number | string;
  value: number;
  kind: string;
  low?: number;
  high?: number;
  revisions?: Array<{ value: number }>;
  sourceId?: string;
}
interface RawSeries {
  id: string;
  entity?: string;
  label: string;
  observations: RawObs[];
}
/** A fixture's series, straight from its JSON (independent of the loader). */
const raw = (file: string): RawSeries[] => JSON.parse(realFiles()[file] ?? 'null').series as RawSeries[];
const rawSeries = (file: string, id: string): RawSeries => {
  const s = raw(file).find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id} in ${file}`);
  return s;
};

const loaded = loadFixtures(realFiles());
const D: DatasetMap = loaded.datasets;
const EMPTY: DatasetMap = {};

const SCENARIO: Scenario = { life: 4, growth: 22, debt: 25, drawdown: 0, inference: 2029, gdp: 5 };
const with_ = (patch: Partial<Scenario>): Scenario => ({ ...SCENARIO, ...patch });

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The 2025 capex estimate, from the JSON. */
const CAPEX_2025 = rawSeries('capex.json', 'article-path').observations.find((o) => o.period === 2025)
  ?.value as number;

describe('prepareCapex', () => {
  const { rows, revision } = prepareCapex(D, SCENARIO);
  const row = (y: number) => rows.find((r) => r.year === y);

  it('has one row per year 2020–2030', () => {
    expect(rows.map((r) => r.year)).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
  });

  it('grows the path from the 2025 estimate at the scenario rate', () => {
    expect(CAPEX_2025).toBe(405);
    expect(row(2025)?.path).toBeCloseTo(405, 9);
    expect(row(2026)?.path).toBeCloseTo(405 * 1.22, 9);
    expect(row(2027)?.path).toBeCloseTo(405 * 1.22 ** 2, 9);
    expect(row(2030)?.path).toBeCloseTo(405 * 1.22 ** 5, 6);
    for (const y of [2020, 2021, 2022, 2023, 2024]) expect(row(y)?.path).toBeUndefined();
  });

  it('follows the growth input', () => {
    const flat = prepareCapex(D, with_({ growth: 0 }));
    for (const r of flat.rows.filter((x) => x.year >= 2025)) expect(r.path).toBeCloseTo(405, 9);
    const falling = prepareCapex(D, with_({ growth: -50 }));
    expect(falling.rows.find((r) => r.year === 2027)?.path).toBeCloseTo(405 * 0.25, 9);
  });

  it('places the article estimate, its projection and the other houses', () => {
    const article = rawSeries('capex.json', 'article-path').observations;
    const projection = article.find((o) => o.kind === 'projection');
    expect(row(2025)?.estimate).toBe(405);
    expect(row(Number(projection?.period))?.article).toBe(600);
    expect(row(2027)?.article).toBe(600);
    expect(row(2025)?.consensus).toBe(rawSeries('capex.json', 'consensus').observations[0]?.value);
    expect(row(2026)?.goldman).toBe(527);
    // Bloomberg's ≈ $650B for 2026 beside the article's path; WSJ's "over $400B" for 2025.
    expect(row(2026)?.press).toBe(650);
    expect(row(2025)?.press).toBe(400);
    expect(row(2027)?.ms).toBe(1116);
  });

  it("takes every point's kind from its fixture row; the four-company sum takes the weakest", () => {
    const { kinds } = prepareCapex(D, SCENARIO);
    const fromFixture: Array<[string, string]> = [
      ['consensus', 'consensus'],
      ['goldman', 'goldman'],
      ['press', 'big-four-press'],
      ['ms', 'morgan-stanley-five'],
    ];
    for (const [key, id] of fromFixture)
      for (const o of rawSeries('capex.json', id).observations)
        expect(kinds[key]?.[Number(o.period)]).toBe(o.kind);
    expect(kinds.ms?.[2027]).toBe('secondary');
    expect(kinds.estimate?.[2025]).toBe('estimate');
    expect(kinds.article?.[2027]).toBe('projection');
    expect(kinds.first?.[2025]).toBe('superseded');
    for (const r of rows) if (typeof r.path === 'number') expect(kinds.path?.[r.year]).toBe('scenario');
    // Big four, the figure the gauge reads: 2025 the four companies' calendar-year figures (Alphabet's
    // guidance and Microsoft's sum of quarters are estimates); 2026 Bloomberg's tally (a projection).
    const RANK = ['reported', 'estimate', 'projection', 'scenario', 'secondary'];
    const parts2025 = ['alphabet', 'amazon', 'meta', 'microsoft'].map(
      (id) =>
        rawSeries('hyperscaler-capex.json', id).observations.find((o) => o.period === 2025)?.kind ??
        'missing',
    );
    expect(kinds.hyperscalers?.[2025]).toBe(
      parts2025.reduce((a, b) => (RANK.indexOf(b) > RANK.indexOf(a) ? b : a)),
    );
    expect(kinds.hyperscalers?.[2025]).toBe('estimate');
    expect(kinds.hyperscalers?.[2026]).toBe(
      rawSeries('capex.json', 'big-four-press').observations.find((o) => o.period === 2026)?.kind,
    );
    expect(kinds.hyperscalers?.[2024]).toBeUndefined();
  });

  it('draws the big-four figure the gauge reads: the companies’ sum, else the press tally', () => {
    const hs = ['alphabet', 'amazon', 'meta', 'microsoft'].map((id) =>
      rawSeries('hyperscaler-capex.json', id),
    );
    const in2025 = sum(hs.map((s) => s.observations.find((o) => o.period === 2025)?.value ?? Number.NaN));
    expect(row(2025)?.hyperscalers).toBeCloseTo(in2025, 9);
    expect(row(2025)?.hyperscalers).toBeCloseTo(92 + 131 + 72.2 + (21.4 + 24.2 + 34.9 + 37.5), 9);
    // 2026: Microsoft's calendar-year figure is secondary, so the gauge reads Bloomberg's verified tally.
    expect(row(2026)?.hyperscalers).toBe(
      rawSeries('capex.json', 'big-four-press').observations.find((o) => o.period === 2026)?.value,
    );
    // 2024: Microsoft's calendar-year figure is not known; no sum on a mixed basis.
    expect(row(2024)?.hyperscalers).toBeUndefined();
    expect(row(2023)?.hyperscalers).toBeUndefined();
  });

  it('says which figure the gauge reads and lists the later ones beside it', () => {
    const { gauge, later } = prepareCapex(D, SCENARIO);
    expect(gauge).toEqual([
      { year: 2025, value: expect.closeTo(413.2, 9), basis: 'companies' },
      { year: 2026, value: 650, basis: 'press' },
    ]);
    // Meta's raise after Bloomberg's tally: $135B − $125B; secondary: the four with Microsoft's secondary
    // calendar-2026 outlook (180 + 200 + 135 + 190) to Zacks' $725B.
    const meta = rawSeries('hyperscaler-capex.json', 'meta').observations.find((o) => o.period === 2026);
    expect(later.raise).toBeCloseTo((meta?.value ?? 0) - (meta?.revisions?.[0]?.value ?? 0), 9);
    expect(later.raise).toBe(10);
    expect(later.secondary).toEqual([705, 725]);
  });

  it('reports the 2025 revision from 250 to 405, +62%', () => {
    expect(revision).toEqual({ year: 2025, from: 250, to: 405, pct: expect.any(Number) });
    expect(revision?.pct).toBeCloseTo(62, 9);
    expect(row(2025)?.first).toBe(250);
  });

  it('copes with an empty dataset map', () => {
    const empty = prepareCapex(EMPTY, SCENARIO);
    expect(empty.revision).toBeNull();
    expect(empty.rows).toHaveLength(11);
    for (const r of empty.rows) expect(Object.keys(r)).toEqual(['year']);
  });
});

describe('prepareDcInvestment', () => {
  const { rows, range, runRate } = prepareDcInvestment(D, SCENARIO);
  const row = (y: number) => rows.find((r) => r.year === y);
  const quoted = rawSeries('dc-investment.json', 'article-range').observations[0] as RawObs;
  const pathValues = [0, 1, 2, 3, 4, 5].map((k) => 405 * 1.22 ** k);

  it('draws the other houses’ figures in their rows’ kinds and the cumulative path as the scenario', () => {
    const { kinds, refs } = prepareDcInvestment(D, SCENARIO);
    for (const [id, key] of [
      ['mckinsey', 'mckinsey'],
      ['morgan-stanley', 'ms'],
    ] as const)
      for (const o of rawSeries('dc-investment.json', id).observations) {
        expect(kinds[key]?.[Number(o.period)]).toBe(o.kind);
        expect(refs[key]?.[Number(o.period)]).toEqual({ series: `dc-investment/${id}`, period: o.period });
      }
    for (const r of rows) expect(kinds.cumulative?.[r.year]).toBe('scenario');
  });

  it('spans 2025 to the end year of the quoted range', () => {
    expect(rows.map((r) => r.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(range).toEqual({ low: quoted.low, high: quoted.high, from: 2025, to: 2030 });
    expect(range).toEqual({ low: 3000, high: 5200, from: 2025, to: 2030 });
  });

  it('accumulates the capex path year by year', () => {
    expect(row(2025)?.cumulative).toBeCloseTo(405, 9);
    expect(row(2027)?.cumulative).toBeCloseTo(sum(pathValues.slice(0, 3)), 9);
    expect(row(2030)?.cumulative).toBeCloseTo(sum(pathValues), 6);
  });

  it('draws the band straight to the quoted range by 2030', () => {
    const band = (y: number) => row(y)?.band as readonly [number, number];
    expect(band(2030)[0]).toBeCloseTo(3000, 9);
    expect(band(2030)[1]).toBeCloseTo(5200, 9);
    expect(band(2025)[0]).toBeCloseTo(3000 / 6, 9);
    expect(band(2025)[1]).toBeCloseTo(5200 / 6, 9);
    expect(band(2027)[0]).toBeCloseTo(1500, 9);
  });

  it('marks McKinsey and Morgan Stanley at their years', () => {
    expect(row(2030)?.mckinsey).toBe(rawSeries('dc-investment.json', 'mckinsey').observations[0]?.value);
    expect(row(2028)?.ms).toBe(2900);
  });

  it('gives the implied yearly run-rates', () => {
    expect(runRate?.low).toBeCloseTo(3000 / 6, 9);
    expect(runRate?.high).toBeCloseTo(5200 / 6, 9);
    expect(runRate?.path).toBeCloseTo(sum(pathValues) / 6, 6);
  });

  it('copes with an empty dataset map', () => {
    const empty = prepareDcInvestment(EMPTY, SCENARIO);
    expect(empty.range).toBeNull();
    expect(empty.runRate).toBeNull();
    for (const r of empty.rows) {
      expect(r.cumulative).toBeUndefined();
      expect(r.band).toBeUndefined();
    }
  });
});

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

describe('prepareComputeMix', () => {
  const { rows } = prepareComputeMix(D, SCENARIO);

  it('draws the fixture’s 2025 figure in its kind and the path after it as the scenario', () => {
    const { kinds, refs } = prepareComputeMix(D, SCENARIO);
    const now = rawSeries('compute-mix.json', 'training-share').observations[0];
    expect(kinds.now?.[2025]).toBe(now?.kind);
    expect(kinds.training?.[2025]).toBe(now?.kind);
    expect(refs.now?.[2025]).toEqual({ series: 'compute-mix/training-share', period: 2025 });
    expect(kinds.training?.[2027]).toBe('scenario');
    expect(kinds.inference?.[2027]).toBe('scenario');
    expect(refs.training?.[2027]?.series.split(' ')).toContain('scenario');
  });
  const row = (y: number) => rows.find((r) => r.year === y);

  it('runs from 2025 to 2030', () => {
    expect(rows.map((r) => r.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('has training and inference adding up to 100', () => {
    for (const r of rows) expect((r.training as number) + (r.inference as number)).toBeCloseTo(100, 9);
  });

  it('starts at the 70% estimate and reaches 50% in the inference year', () => {
    expect(row(2025)?.training).toBe(70);
    expect(row(2025)?.now).toBe(70);
    expect(row(2029)?.training).toBeCloseTo(50, 9);
    expect(row(2027)?.training).toBeCloseTo(70 - (20 * 2) / 4, 9);
    for (const y of [2026, 2027, 2028, 2029, 2030]) expect(row(y)?.now).toBeUndefined();
  });

  it('moves the crossover with the inference input', () => {
    const early = prepareComputeMix(D, with_({ inference: 2027 })).rows;
    expect(early.find((r) => r.year === 2027)?.training).toBeCloseTo(50, 9);
    expect(early.find((r) => r.year === 2026)?.training).toBeCloseTo(60, 9);
    const late = prepareComputeMix(D, with_({ inference: 2035 })).rows;
    expect(late.find((r) => r.year === 2030)?.training).toBeCloseTo(70 - (20 * 5) / 10, 9);
  });

  it('copes with an empty dataset map', () => {
    expect(prepareComputeMix(EMPTY, SCENARIO).rows).toEqual([]);
  });
});

describe('prepareDepreciation', () => {
  const data = prepareDepreciation(D, SCENARIO);
  const lifeSeries = raw('depreciation.json').filter((s) => s.id.startsWith('life-'));
  /** The life in force in 2025 for each company: its latest observation up to 2025. */
  const livesIn2025 = lifeSeries.map((s) => {
    const upTo = s.observations.filter((o) => Number(o.period) <= 2025);
    const latest = upTo.reduce((a, b) => (Number(b.period) > Number(a.period) ? b : a));
    return latest.value;
  });
  const filed = sum(livesIn2025) / livesIn2025.length;

  it('averages the lives in force in 2025', () => {
    // Amazon 2025: a subset back from 6 to 5 years, so the midpoint 5.5 (an estimate).
    expect(livesIn2025).toEqual([6, 6, 5.5, 5.5]);
    expect(filed).toBeCloseTo(5.75, 9);
    expect(data.filedLife).toBeCloseTo(filed, 9);
  });

  it('computes the understatement for each assumed life', () => {
    expect(data.sensitivity.map((p) => p.life)).toEqual([...SENSITIVITY_LIVES]);
    const three = data.sensitivity.find((p) => p.life === 3);
    expect(three?.understatementPct).toBeCloseTo((filed / 3 - 1) * 100, 9);
    expect(three?.understatementPct).toBeCloseTo((5.75 / 3 - 1) * 100, 9);
    for (const p of data.sensitivity) expect(p.understatementPct).toBeCloseTo((filed / p.life - 1) * 100, 9);
  });

  it("prices the missing charge on the scenario's 2026 capex", () => {
    const capex2026 = 405 * 1.22;
    for (const p of data.sensitivity)
      expect(p.missingCharge).toBeCloseTo(capex2026 * (1 / p.life - 1 / filed), 9);
    expect(data.sensitivity.find((p) => p.life === 6)?.missingCharge).toBeLessThan(0);
  });

  it('has one row per year with each company life', () => {
    expect(data.rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(data.lives.map((l) => l.key)).toEqual(lifeSeries.map((s) => s.id));
    expect(data.lives.map((l) => l.entity)).toEqual(['microsoft', 'alphabet', 'meta', 'amazon']);
    const r2020 = data.rows.find((r) => r.year === 2020);
    expect(r2020?.['life-microsoft']).toBe(3);
    expect(r2020?.['life-meta']).toBeUndefined();
    expect(data.rows.find((r) => r.year === 2025)?.['life-meta']).toBe(5.5);
  });

  it("takes the impairment window and each life point's kind from the fixture rows", () => {
    const rows = rawSeries('depreciation.json', 'impairment-window').observations.map((o) => o.value);
    const src = rawSeries('depreciation.json', 'impairment-window').observations[0]?.sourceId ?? null;
    expect(data.window).toMatchObject({ from: Math.min(...rows), to: Math.max(...rows), sourceId: src });
    expect(data.window).toMatchObject({ from: 2026, to: 2028, sourceId: 'ctimes-2025-12-02' });
    // The label that names the source comes from the fixture series, in both languages.
    expect(data.window?.label).toBe(rawSeries('depreciation.json', 'impairment-window').label);
    expect(data.window?.labels?.['zh-TW']).toContain('CTIMES');
    for (const s of lifeSeries)
      for (const o of s.observations) expect(data.kinds[s.id]?.[Number(o.period)]).toBe(o.kind);
    expect(data.kinds['life-amazon']?.[2025]).toBe('estimate');
    expect(prepareDepreciation(EMPTY, SCENARIO).window).toBeNull();
  });

  it("reads Burry's figures", () => {
    expect(data.burry).toEqual({ understatement: 176, oracle: 26.9, meta: 20.8 });
  });

  it('copes with an empty dataset map', () => {
    const empty = prepareDepreciation(EMPTY, SCENARIO);
    expect(empty.rows).toEqual([]);
    expect(empty.lives).toEqual([]);
    expect(empty.filedLife).toBeNull();
    expect(empty.burry).toEqual({ understatement: null, oracle: null, meta: null });
    for (const p of empty.sensitivity) {
      expect(p.understatementPct).toBe(0);
      expect(p.missingCharge).toBeNull();
    }
  });
});

describe('prepareValuation', () => {
  it("keeps NVIDIA's 2026 value with its own kind from the fixture", () => {
    const obs = rawSeries('valuation.json', 'nvidia-market-cap').observations;
    const last = obs[obs.length - 1];
    expect(prepareValuation(D, SCENARIO).nvidia.latest).toEqual({
      value: last?.value,
      date: last?.period,
      kind: last?.kind,
    });
    expect(last).toMatchObject({ period: '2026-02-26', value: 4800, kind: 'estimate' });
  });

  it('reads the Buffett indicator against the dot-com peak of the cited series', () => {
    const v = prepareValuation(D, SCENARIO);
    const dotcom = rawSeries('valuation.json', 'buffett-dotcom-peak').observations[0] as RawObs;
    expect(v.buffett).toMatchObject({
      now: 217,
      nowPeriod: '2025-09',
      dotcomLow: dotcom.low ?? dotcom.value,
      dotcomHigh: dotcom.high ?? dotcom.value,
      dotcomKind: dotcom.kind,
      dotcomPeriod: dotcom.period,
    });
    // Fortune (Kailash Capital): "a record level of 175%" in March 2000.
    expect(v.buffett).toMatchObject({ dotcomLow: 175, dotcomHigh: 175, dotcomPeriod: '2000-03' });
  });

  it.each([0, 25, 50, 95])('applies a %d%% drawdown to the 5030 peak', (d) => {
    const v = prepareValuation(D, with_({ drawdown: d }));
    expect(v.nvidia.peak).toBe(5030);
    expect(v.nvidia.peakDate).toBe('2025-10-29');
    expect(v.nvidia.afterDrawdown).toBeCloseTo(5030 * (1 - d / 100), 9);
  });

  it('copes with an empty dataset map', () => {
    expect(prepareValuation(EMPTY, SCENARIO)).toEqual({
      buffett: {
        now: null,
        nowPeriod: null,
        dotcomLow: null,
        dotcomHigh: null,
        nowKind: 'reported',
        dotcomKind: 'reported',
        dotcomPeriod: null,
      },
      nvidia: { peak: null, peakDate: null, peakKind: 'reported', afterDrawdown: null, latest: null },
    });
  });
});

describe('preparePressure', () => {
  const thresholds = loaded.thresholds?.thresholds ?? [];
  const ones = {
    'capex-growth': 1,
    'debt-financing': 1,
    'off-balance-sheet': 1,
    valuation: 1,
    'monetization-gap': 1,
    depreciation: 1,
    'credit-concentration': 1,
  };
  const COMPONENTS = Object.keys(ones);

  it('has one row per history year, 2023–2030', () => {
    const { rows, readings } = preparePressure({
      datasets: D,
      thresholds,
      scenario: SCENARIO,
      weights: ones,
    });
    expect(rows.map((r) => r.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(readings.map((r) => r.year)).toEqual(rows.map((r) => r.year));
  });

  it('draws a baseline (B) beside the view: its total per scored year, gaps kept', () => {
    const a = preparePressure({ datasets: D, thresholds, scenario: { ...SCENARIO, life: 3 }, weights: ones });
    const b = preparePressure({ datasets: D, thresholds, scenario: SCENARIO, weights: ones });
    const rows = withBaseline(a.rows, b.rows);
    for (const [i, r] of rows.entries()) {
      expect(r.total).toBe(a.rows[i]?.total);
      expect(r.baseline).toBe(b.rows[i]?.total);
    }
    expect(rows.find((r) => r.year === 2023)?.baseline).toBeUndefined();
    expect(Number(rows.find((r) => r.year === 2027)?.total)).toBeGreaterThan(
      Number(rows.find((r) => r.year === 2027)?.baseline),
    );
  });

  it("has component contributions that add up to each row's total", () => {
    const { rows } = preparePressure({ datasets: D, thresholds, scenario: SCENARIO, weights: ones });
    const withTotal = rows.filter((r) => r.total !== undefined);
    expect(withTotal.map((r) => r.year)).toEqual(
      expect.arrayContaining([2025, 2026, 2027, 2028, 2029, 2030]),
    );
    for (const r of withTotal) {
      const parts = COMPONENTS.map((id) => r[id] as number);
      for (const p of parts) expect(p).toBeGreaterThanOrEqual(0);
      expect(sum(parts)).toBeCloseTo(r.total as number, 9);
      expect(r.total as number).toBeGreaterThanOrEqual(0);
      expect(r.total as number).toBeLessThanOrEqual(100);
    }
  });

  it('reads the valuation component alone when only it has weight', () => {
    // 2025: Buffett 217 against calm 100 / extreme 200 scores 1; a 0% drawdown scores 0: mean 0.5.
    const weights = { ...Object.fromEntries(COMPONENTS.map((id) => [id, 0])), valuation: 1 } as typeof ones;
    const { rows } = preparePressure({ datasets: D, thresholds, scenario: SCENARIO, weights });
    const r2025 = rows.find((r) => r.year === 2025);
    expect(r2025?.total).toBeCloseTo(50, 9);
    expect(r2025?.valuation).toBeCloseTo(50, 9);
    const atHalf = preparePressure({ datasets: D, thresholds, scenario: with_({ drawdown: 50 }), weights });
    expect(atHalf.rows.find((r) => r.year === 2025)?.total).toBeCloseTo(100, 9);
  });

  it('leaves every row empty when all weights are zero', () => {
    const zero = Object.fromEntries(COMPONENTS.map((id) => [id, 0])) as typeof ones;
    const { rows, readings } = preparePressure({
      datasets: D,
      thresholds,
      scenario: SCENARIO,
      weights: zero,
    });
    for (const r of rows) expect(Object.keys(r)).toEqual(['year']);
    for (const r of readings) expect(r.result.ok).toBe(false);
  });

  it('copes with an empty dataset map', () => {
    const { rows, readings } = preparePressure({
      datasets: EMPTY,
      thresholds,
      scenario: SCENARIO,
      weights: ones,
    });
    expect(rows).toHaveLength(8);
    for (const r of rows) expect(r.total).toBeUndefined();
    for (const r of readings) expect(r.insufficient).toBe(true);
  });
});
