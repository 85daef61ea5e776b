import type { CompareSlice, SliceCreator } from './types';

export const createCompareSlice: SliceCreator<CompareSlice> = (set) => ({
  baseline: null,
  pinBaseline: () => set((s) => ({ baseline: { weights: s.weights, scenario: s.scenario } })),
  clearBaseline: () => set({ baseline: null }),
});
