/**
 * The panel's pure preparation function, run on the real fixtures. Expected numbers are worked out
 * here from the fixture JSON (read separately from disk), not taken from the module under test.
 */
import { describe, expect, it } from 'vitest';
import { D, EMPTY, type RawObs, rawSeries, SCENARIO, with_ } from '../../../tests/panel-fixtures';
import { prepareValuation } from './prepare';

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
