import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyV2FixtureInputs } from '../../../tests/history-v2-inputs';
import { eventsV2, findBusts, findRecessions, groupEpisodes } from './events';
import { monthIndexOfDate, qIndex, qLabel } from './quarterly';

const series = (xs: readonly number[], start = 0) =>
  new Map(xs.map((x, i) => [start + i, x] as [number, number]));

describe('findBusts', () => {
  it('finds the all-time high before a fall of 40% or more, and the trough before the high is regained', () => {
    //            0    1    2   3   4   5    6    7    8   9
    const xs = [100, 120, 110, 80, 70, 90, 130, 125, 70, 60];
    expect(findBusts(series(xs), 'spx')).toEqual([
      { market: 'spx', peak: 1, trough: 4, fallPct: expect.closeTo(100 * (1 - 70 / 120), 9), confirmed: 4 },
      { market: 'spx', peak: 6, trough: 9, fallPct: expect.closeTo(100 * (1 - 60 / 130), 9), confirmed: 8 },
    ]);
  });
  it('ignores falls under 40% and a fall from a lower, local peak', () => {
    // 61 is a 39% fall; the high is met again at quarter 2, the last quarter at the high before the bust.
    expect(findBusts(series([100, 61, 100, 70, 40]), 'spx')).toEqual([
      { market: 'spx', peak: 2, trough: 4, fallPct: 60, confirmed: 4 },
    ]);
    expect(findBusts(series([100, 70, 90, 80]), 'spx')).toEqual([]);
  });
  it('every bust falls at least 40% from a running all-time high and the trough is the low of its bust', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { maxLength: 80 }), (xs) => {
        for (const b of findBusts(series(xs), 'spx')) {
          const peak = xs[b.peak] ?? 0;
          expect(Math.max(...xs.slice(0, b.peak + 1))).toBe(peak);
          expect(xs[b.confirmed] ?? 0).toBeLessThanOrEqual(0.6 * peak);
          expect(b.fallPct).toBeGreaterThanOrEqual(40 - 1e-9);
          const bustPart = xs.slice(b.peak + 1, b.trough + 1);
          expect(Math.min(...bustPart)).toBe(xs[b.trough]);
          expect(bustPart.every((x) => x < peak)).toBe(true);
        }
      }),
    );
  });
});

describe('findRecessions and episodes', () => {
  it('reads each run of recession months as start and end quarters', () => {
    const usrec = new Map([
      [monthIndexOfDate('2007-11'), 0],
      [monthIndexOfDate('2007-12'), 0],
      [monthIndexOfDate('2008-01'), 1],
      [monthIndexOfDate('2008-02'), 1],
      [monthIndexOfDate('2008-03'), 1],
      [monthIndexOfDate('2008-04'), 1],
      [monthIndexOfDate('2008-05'), 0],
      [monthIndexOfDate('2008-06'), 1],
    ]);
    expect(findRecessions(usrec).map((r) => [qLabel(r.start), qLabel(r.end)])).toEqual([
      ['2008-Q1', '2008-Q2'],
      ['2008-Q2', '2008-Q2'],
    ]);
  });
  it('groups events within 8 quarters into one episode', () => {
    const eps = groupEpisodes([qIndex('2000-Q1'), qIndex('2000-Q3'), qIndex('2007-Q2'), qIndex('2007-Q4')]);
    expect(eps.map((e) => e.id)).toEqual(['2000-Q1–2000-Q3', '2007-Q2–2007-Q4']);
    expect(eps.map((e) => qLabel(e.at))).toEqual(['2000-Q1', '2007-Q2']);
  });
});

describe('eventsV2 on the committed fixtures', () => {
  const ev = eventsV2(historyV2FixtureInputs());

  it("finds the issue's S&P peaks (1929-Q3, 2000-Q3, 2007-Q2) and the NASDAQ's all-time-high peaks", () => {
    const spx = ev.busts.filter((b) => b.market === 'spx').map((b) => qLabel(b.peak));
    expect(spx.filter((q) => q >= '1891')).toEqual(['1929-Q3', '2000-Q3', '2007-Q2']);
    const nasdaq = ev.busts.filter((b) => b.market === 'nasdaq').map((b) => qLabel(b.peak));
    // The audit's 2007-Q4 NASDAQ top (−56%) was below its 2000 high, so under METHOD.md's running-high
    // definition it is not a peak; the S&P's 2007-Q2 peak carries that episode.
    expect(nasdaq).toContain('2000-Q1');
    expect(nasdaq).not.toContain('2007-Q4');
    expect(ev.bust.episodes.map((e) => qLabel(e.at))).toContain('2007-Q2');
    const dotcom = ev.busts.find((b) => b.market === 'nasdaq' && qLabel(b.peak) === '2000-Q1');
    expect(dotcom?.fallPct).toBeGreaterThan(70); // the audit: −78%
  });

  it("derives the recessions from USREC: those since 1969 match shared/data's list, 2020 included", () => {
    const since1969 = ev.recessions
      .filter((r) => r.start >= qIndex('1969-Q1'))
      .map((r) => [qLabel(r.start), qLabel(r.end)]);
    // shared/data/README.md: 1970-01…1970-11, 1973-12…1975-03, 1980-02…1980-07, 1981-08…1982-11,
    // 1990-08…1991-03, 2001-04…2001-11, 2008-01…2009-06, 2020-03…2020-04 (first and last month coded 1).
    expect(since1969).toEqual([
      ['1970-Q1', '1970-Q4'],
      ['1973-Q4', '1975-Q1'],
      ['1980-Q1', '1980-Q3'],
      ['1981-Q3', '1982-Q4'],
      ['1990-Q3', '1991-Q1'],
      ['2001-Q2', '2001-Q4'],
      ['2008-Q1', '2009-Q2'],
      ['2020-Q1', '2020-Q2'],
    ]);
    expect(ev.recession.episodes.map((e) => e.id)).toContain('1980-Q1–1981-Q3');
  });

  it('labels quarters: the peak and the 8 before it positive, the bust excluded, the end unknown', () => {
    const l = (q: string) => ev.bust.label(qIndex(q));
    expect(l('2005-Q2')).toBe('positive'); // 8 quarters before the S&P's 2007-Q2 peak
    expect(l('2007-Q2')).toBe('positive');
    expect(l('2005-Q1')).toBe('negative');
    expect(l('2008-Q3')).toBe('excluded'); // inside the bust
    expect(l('2001-Q1')).toBe('excluded');
    expect(l('1997-Q4')).toBe('negative'); // 9 quarters before the NASDAQ's 2000-Q1 peak
    expect(l('1998-Q1')).toBe('positive');
    expect(ev.bust.knownTo).toBe(qIndex('2025-Q3') - 8); // Shiller's data end at 2025-Q3 (preliminary September)
    expect(l('2024-Q1')).toBe('unknown');
    const r = (q: string) => ev.recession.label(qIndex(q));
    expect(r('2018-Q1')).toBe('positive');
    expect(r('2020-Q1')).toBe('positive');
    expect(r('2020-Q2')).toBe('excluded');
    expect(r('2017-Q4')).toBe('negative');
  });
});
