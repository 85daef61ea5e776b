import { defaultScenario, normaliseScenarioValue } from '../domain/scenario';
import type { ScenarioSlice, SliceCreator } from './types';

export const createScenarioSlice: SliceCreator<ScenarioSlice> = (set) => ({
  scenario: defaultScenario(),
  setScenarioInput: (key, value) =>
    set((s) => {
      const v = normaliseScenarioValue(key, value);
      return v === null ? {} : { scenario: { ...s.scenario, [key]: v } };
    }),
  resetScenario: () => set({ scenario: defaultScenario() }),
});
