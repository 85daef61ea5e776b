/** Test helper: fast-check arbitraries of valid gauge weights and scenarios, shared by the property tests. */
import fc from 'fast-check';
import { GAUGE_COMPONENT_IDS as COMPONENT_IDS, type GaugeWeights as Weights } from '../src/domain/gauge-ids';
import { MAX_WEIGHT } from '../src/domain/pressure';
import { normaliseScenarioValue, SCENARIO_KEYS, SCENARIO_SPECS, type Scenario } from '../src/domain/scenario';

/** Weights in quarter steps from 0 to MAX_WEIGHT. */
export const weightsArb: fc.Arbitrary<Weights> = fc.record(
  Object.fromEntries(
    COMPONENT_IDS.map((id) => [id, fc.integer({ min: 0, max: MAX_WEIGHT * 4 }).map((k) => k / 4)]),
  ) as Record<keyof Weights, fc.Arbitrary<number>>,
);

/** Every scenario input on one of its slider's steps. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc.record(
  Object.fromEntries(
    SCENARIO_KEYS.map((k) => {
      const { min, max, step } = SCENARIO_SPECS[k];
      const steps = Math.round((max - min) / step);
      return [
        k,
        fc.integer({ min: 0, max: steps }).map((i) => {
          const v = normaliseScenarioValue(k, min + i * step);
          if (v === null) throw new Error('unreachable');
          return v;
        }),
      ];
    }),
  ) as Record<keyof Scenario, fc.Arbitrary<number>>,
);
