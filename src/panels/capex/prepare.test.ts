/**
 * The panel's pure preparation function, run on the real fixtures. Expected numbers are worked out
 * here from the fixture JSON (read separately from disk), not taken from the module under test.
 */
import { describe, expect, it } from 'vitest';
import { CAPEX_2025, D, EMPTY, rawSeries, SCENARIO, sum, with_ } from '../../../tests/panel-fixtures';
import { prepareCapex } from './prepare';

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
      {
        year: 2026,
        value: 650,
        basis: 'press',
        sourceId: 'bloomberg-2026-02-06-650',
        missing: [],
        secondary: ['microsoft'],
      },
    ]);
    // Meta's raise after Bloomberg's tally: $135B − $125B; secondary: the four with Microsoft's secondary
    // calendar-2026 outlook (180 + 200 + 135 + 190) to Zacks' $725B.
    const meta = rawSeries('hyperscaler-capex.json', 'meta').observations.find((o) => o.period === 2026);
    expect(later.raise).toBeCloseTo((meta?.value ?? 0) - (meta?.revisions?.[0]?.value ?? 0), 9);
    expect(later.raise).toBe(10);
    expect(later.secondary).toEqual([705, 725]);
    expect(later.year).toBe(2026);
  });

  it('names the press row and the missing company when an override leaves a year unsummable', () => {
    // An analyst's Alphabet series with only a 2026 figure: 2025 can no longer be summed, so the gauge
    // reads the WSJ press total for 2025, and the note must say so (not Bloomberg's 2026 tally).
    const hs = D['hyperscaler-capex'];
    if (!hs) throw new Error('fixture missing');
    const alphabet = hs.series.find((s) => s.id === 'alphabet');
    const only2026 = alphabet?.observations.filter((o) => o.period === 2026) ?? [];
    const d = {
      ...D,
      'hyperscaler-capex': {
        ...hs,
        series: hs.series.map((s) => (s.id === 'alphabet' ? { ...s, observations: only2026 } : s)),
      },
    };
    const [y2025] = prepareCapex(d, SCENARIO).gauge;
    expect(y2025).toEqual({
      year: 2025,
      value: 400,
      basis: 'press',
      sourceId: 'livemint-wsj-2026-02-12',
      missing: ['alphabet'],
      secondary: [],
    });
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
