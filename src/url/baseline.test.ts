import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArb, weightsArb } from '../../tests/arbitraries';
import { GAUGE_COMPONENT_IDS as COMPONENT_IDS } from '../domain/gauge-ids';
import { SCENARIO_KEYS } from '../domain/scenario';
import { decode, defaultUrlState, encode } from './codec';

describe('baseline in the URL (base, base.w.*, base.s.*)', () => {
  it('writes base=1 and only the baseline values that differ from the view', () => {
    const s = defaultUrlState();
    s.scenario = { ...s.scenario, life: 3 };
    s.baseline = { weights: { ...s.weights, valuation: 2 }, scenario: { ...s.scenario, life: 4 } };
    const q = new URLSearchParams(encode(s));
    expect(q.get('base')).toBe('1');
    expect(q.get('base.w.valuation')).toBe('2');
    expect(q.get('base.s.life')).toBe('4');
    expect([...q.keys()].filter((k) => k.startsWith('base.'))).toEqual(['base.w.valuation', 'base.s.life']);
    expect(decode(q.toString()).state.baseline).toEqual(s.baseline);
  });

  it('no baseline, no base parameters', () => {
    expect(encode(defaultUrlState())).not.toMatch(/base/);
    expect(decode('w.valuation=2').state.baseline).toBeUndefined();
  });

  it('a bad base value is reported as base.… and left equal to the view', () => {
    const { state, issues } = decode('s.life=3&base.s.life=99&base.w.valuation=2');
    expect(state.baseline?.scenario.life).toBe(3);
    expect(state.baseline?.weights.valuation).toBe(2);
    expect(issues.map((i) => [i.param, i.reason])).toEqual([['base.s.life', 'scenario-range']]);
  });

  it('round-trips any pair of scenarios, and carries only what differs', () => {
    fc.assert(
      fc.property(weightsArb, scenarioArb, weightsArb, scenarioArb, (wa, sa, wb, sb) => {
        const s = {
          ...defaultUrlState(),
          weights: wa,
          scenario: sa,
          baseline: { weights: wb, scenario: sb },
        };
        for (const full of [false, true]) {
          const query = encode(s, { full });
          const d = decode(query);
          expect(d.issues).toEqual([]);
          expect(d.state.baseline).toEqual(s.baseline);
          const base = [...new URLSearchParams(query).keys()].filter((k) => k.startsWith('base.'));
          const differing =
            COMPONENT_IDS.filter((id) => wa[id] !== wb[id]).length +
            SCENARIO_KEYS.filter((k) => sa[k] !== sb[k]).length;
          expect(base).toHaveLength(differing);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('imported series names in the URL', () => {
  it('carries names only, and reads them back', () => {
    const s = { ...defaultUrlState(), imported: ['ig-share/ai-share', 'my-capex'] };
    const q = encode(s);
    expect(q).toContain('imported=ig-share%2Fai-share,my-capex');
    expect(decode(q).state.imported).toEqual(['ig-share/ai-share', 'my-capex']);
    expect(decode('').state.imported).toBeUndefined();
  });
});
