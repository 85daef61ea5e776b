import { describe, expect, it } from 'vitest';
import { historyV2FixtureInputs } from '../../../tests/history-v2-inputs';
import { latestPercentile, runBacktest } from '../../domain/backtest';
import { backtestView, recessionMonths } from './backtest-view';

describe('recessionMonths', () => {
  it('turns runs of 1s into month spans; a 0 or a missing month ends a run', () => {
    expect(
      recessionMonths([
        ['2001-02-01', 0],
        ['2001-03-01', 1],
        ['2001-04-01', 1],
        ['2001-05-01', 0],
        ['2001-06-01', 1],
        // 2001-07 missing: the run ends at 2001-06
        ['2001-08-01', 1],
        ['2001-09-01', 1],
      ]),
    ).toEqual([
      { from: '2001-03', to: '2001-04' },
      { from: '2001-06', to: '2001-06' },
      { from: '2001-08', to: '2001-09' },
    ]);
  });
  it('reads rows in date order and ignores nulls as "not coded 1"', () => {
    expect(
      recessionMonths([
        ['2020-04-01', 1],
        ['2020-03-01', 1],
        ['2020-05-01', null],
      ]),
    ).toEqual([{ from: '2020-03', to: '2020-04' }]);
    expect(recessionMonths([])).toEqual([]);
  });
});

describe('backtestView (committed fixtures)', () => {
  const inputs = historyV2FixtureInputs();
  const view = backtestView(inputs);
  const engine = runBacktest(inputs);

  it('crosses a worker boundary intact (structured clone keeps every field)', () => {
    expect(structuredClone(view)).toEqual(view);
  });

  it('holds every NBER recession of USREC, 2020 included (March–April 2020 as FRED codes it)', () => {
    expect(view.recessions).toContainEqual({
      from: '2020-03',
      to: '2020-04',
      startQuarter: '2020-Q1',
      endQuarter: '2020-Q2',
    });
    expect(view.recessions.find((r) => r.from.startsWith('2008'))).toMatchObject({
      from: '2008-01',
      to: '2009-06',
    });
    // One span per recession the events read, in the same quarters.
    expect(view.recessions.length).toBe(engine.events.recessions.length);
  });

  it('marks the large drawdowns: 1929, the NASDAQ’s 1972, 2000 (both markets) and 2007', () => {
    const since1923 = view.busts.filter((b) => b.from >= '1923');
    expect(since1923.map((b) => b.from)).toEqual(['1929-Q3', '1972-Q4', '2000-Q1', '2007-Q2']);
    const b2000 = since1923[2];
    expect(b2000?.peaks.map((p) => [p.market, p.peak])).toEqual([
      ['nasdaq', '2000-Q1'],
      ['spx', '2000-Q3'],
    ]);
    for (const b of view.busts) for (const p of b.peaks) expect(p.fallPct).toBeGreaterThanOrEqual(40);
    // The 1929 crash: the S&P fell about four fifths to its 1932 low.
    expect(since1923[0]?.to.slice(0, 4)).toBe('1932');
    expect(since1923[0]?.peaks[0]?.fallPct).toBeGreaterThan(75);
  });

  it('carries the engine’s quarters, latest percentiles and scorecard unchanged', () => {
    expect(view.quarters.map((q) => [q.quarter, q.buildup, q.stress])).toEqual(
      engine.history.quarters.map((q) => [q.quarter, q.buildup, q.stress]),
    );
    expect(view.latest.buildup).toEqual(latestPercentile(engine.history, 'buildup'));
    expect(view.latest.stress).toEqual(latestPercentile(engine.history, 'stress'));
    expect(view.scorecard).toEqual(engine.scorecard);
    expect(view.quarters[0]?.quarter).toBe('1923-Q4');
  });
});
