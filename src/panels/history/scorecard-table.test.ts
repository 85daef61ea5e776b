import { describe, expect, it } from 'vitest';
import type { EventId } from '../../domain/backtest/events';
import { INDEX_COMPONENTS, type IndexId, V2_COMPONENTS } from '../../domain/backtest/method';
import type {
  BestInputResult,
  IndexEventScore,
  ScorecardV2,
  SignalScore,
} from '../../domain/backtest/scorecard';
import { findings, inputRows, summaryRows } from './scorecard-table';

const BUSTS = [
  { id: '1929-Q3–1929-Q3', events: ['1929-Q3'], at: '1929-Q3' },
  { id: '2000-Q1–2000-Q3', events: ['2000-Q1', '2000-Q3'], at: '2000-Q1' },
  { id: '2007-Q2–2007-Q2', events: ['2007-Q2'], at: '2007-Q2' },
];
const RECESSIONS = [
  { id: '2001-Q2', events: ['2001-Q2'], at: '2001-Q2' },
  { id: '2008-Q1', events: ['2008-Q1'], at: '2008-Q1' },
];

function sig(auroc: number, over: Partial<SignalScore> = {}): SignalScore {
  return {
    from: '1925-Q1',
    to: '2023-Q3',
    positives: 27,
    negatives: 300,
    auroc,
    loeo: [
      { episode: BUSTS[0]?.id ?? '', auroc: auroc - 0.1 },
      { episode: BUSTS[1]?.id ?? '', auroc: auroc + 0.02 },
      { episode: BUSTS[2]?.id ?? '', auroc: auroc - 0.04 },
    ],
    loeoMin: auroc - 0.1,
    hitRate: 0.5,
    falseAlarmRate: 0.2,
    episodesCovered: 3,
    episodesHit: 2,
    leadTimes: [
      { episode: BUSTS[0]?.id ?? '', at: '1929-Q3', lead: 8, covered: true },
      { episode: BUSTS[1]?.id ?? '', at: '2000-Q1', lead: 3, covered: true },
      { episode: BUSTS[2]?.id ?? '', at: '2007-Q2', lead: null, covered: true },
    ],
    ...over,
  };
}

function best(chosen: string[], oos: number, index: number): BestInputResult {
  return {
    candidates: [...new Set(chosen)],
    folds: chosen.map((c, i) => ({
      episode: String(i),
      chosen: c,
      chosenAurocWithout: oos,
      chosenOos: oos,
      indexOos: index,
    })),
    bestInputOos: oos,
    indexAuroc: index,
    hindsightBest: null,
    passes: index >= oos,
  };
}

function eventScore(index: IndexId, auroc: number, b: BestInputResult, metricAuroc = 0.6): IndexEventScore {
  const components: IndexEventScore['components'] = {};
  const metrics: IndexEventScore['metrics'] = {};
  for (const c of INDEX_COMPONENTS[index]) {
    components[c] = sig(0.6);
    for (const m of V2_COMPONENTS[c].metrics)
      metrics[m] = sig(m === 'it-investment-gap' ? 0.47 : metricAuroc);
  }
  return { ...sig(auroc), components, metrics, bestInput: b };
}

function scorecard(): ScorecardV2 {
  const events = (i: IndexId, a: number, bust: BestInputResult, rec: BestInputResult) =>
    ({ bust: eventScore(i, a, bust), recession: eventScore(i, a - 0.05, rec) }) as Record<
      EventId,
      IndexEventScore
    >;
  return {
    method: 'v2',
    horizon: 8,
    high: 50,
    buildup: {
      auroc: 0.68,
      events: events(
        'buildup',
        0.68,
        best(['cape', 'cape', 'valuation'], 0.79, 0.68),
        best(['run-up'], 0.5, 0.63),
      ),
    },
    stress: {
      auroc: 0.53,
      events: events('stress', 0.53, best(['spread-widening'], 0.61, 0.53), best(['drawdown'], 0.57, 0.48)),
    },
    events: {
      bust: { episodes: BUSTS, knownTo: '2023-Q3' },
      recession: { episodes: RECESSIONS, knownTo: '2023-Q3' },
    },
  };
}

describe('summaryRows', () => {
  const rows = summaryRows(scorecard());
  it('has one row per index and event, with the figures of the scorecard', () => {
    expect(rows.map((r) => `${r.index}/${r.event}`)).toEqual([
      'buildup/bust',
      'buildup/recession',
      'stress/bust',
      'stress/recession',
    ]);
    const b = rows[0];
    expect(b?.auroc).toBe(0.68);
    expect(b?.loeoMin).toBeCloseTo(0.58);
    expect(b?.loeoWithout).toBe('1929');
    expect(b?.leads).toEqual([
      { year: '1929', lead: 8 },
      { year: '2000', lead: 3 },
      { year: '2007', lead: null },
    ]);
  });
  it('names the inputs the out-of-sample rule picked, most often first, and whether the index beats them', () => {
    const b = rows[0];
    expect(b?.best).toBe(0.79);
    expect(b?.bestInputs).toEqual([
      { kind: 'metric', id: 'cape' },
      { kind: 'component', id: 'valuation' },
    ]);
    expect(b?.beats).toBe(false);
    expect(rows[1]?.beats).toBe(true);
  });
});

describe('inputRows', () => {
  it('lists each index, then each component followed by its own metrics', () => {
    const rows = inputRows(scorecard(), 'bust');
    const ids = rows.map((r) => r.input.id);
    expect(ids.slice(0, 4)).toEqual(['buildup', 'valuation', 'cape', 'equities-gdp']);
    expect(rows.find((r) => r.input.id === 'stress')?.auroc).toBe(0.53);
    expect(ids).toContain('drawdown');
    expect(rows.filter((r) => r.input.kind === 'component')).toHaveLength(7);
    expect(rows.find((r) => r.input.id === 'it-investment-gap')?.auroc).toBe(0.47);
  });
});

describe('findings', () => {
  const f = findings(scorecard());
  it('says plainly where the index does not beat its best single input, naming it', () => {
    const nb = f.fails.find((x) => x.key === 'f.notBeats' && x.index === 'buildup' && x.event === 'bust');
    expect(nb?.best).toBe(0.79);
    expect(nb?.auroc).toBe(0.68);
    expect(nb?.inputs?.[0]).toEqual({ kind: 'metric', id: 'cape' });
    expect(f.works.some((x) => x.key === 'f.beats' && x.index === 'buildup' && x.event === 'recession')).toBe(
      true,
    );
  });
  it('calls an index near chance uninformative, and lists the missed episodes and inputs worse than chance', () => {
    expect(f.fails.filter((x) => x.key === 'f.noInfo').map((x) => `${x.index}/${x.event}`)).toEqual([
      'stress/bust',
      'stress/recession',
    ]);
    const missed = f.fails.find((x) => x.key === 'f.missed' && x.index === 'buildup');
    expect(missed?.episodes).toEqual([{ year: '2007', lead: null }]);
    expect(missed?.counts).toEqual({ missed: 1, covered: 3 });
    const worse = f.fails.find((x) => x.key === 'f.worse' && x.event === 'bust');
    expect(worse?.inputs).toEqual([{ kind: 'metric', id: 'it-investment-gap' }]);
    // An index that is uninformative is never also called robust.
    expect(f.works.some((x) => x.key === 'f.robust' && x.index === 'stress')).toBe(false);
  });
  it('gives the small-sample caveat the sample’s own counts and the largest leave-one-out swing', () => {
    const sc = scorecard();
    sc.buildup.events.recession.episodesCovered = 15;
    sc.buildup.events.bust.episodesCovered = 4;
    // The episodes in the index's sample, not every episode the event lists hold (USREC reaches 1854).
    expect(findings(sc).small.counts).toEqual({ episodes: 4, positives: 27, recessions: 15 });
    expect(f.small.loeo).toBeCloseTo(0.1);
  });
});
