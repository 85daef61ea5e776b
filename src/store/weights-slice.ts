import { defaultGaugeWeights } from '../domain/gauge-ids';
import { MAX_WEIGHT } from '../domain/pressure';
import type { SliceCreator, WeightsSlice } from './types';

export const createWeightsSlice: SliceCreator<WeightsSlice> = (set) => ({
  weights: defaultGaugeWeights(),
  setWeight: (id, value) =>
    set((s) => {
      if (!Number.isFinite(value)) return {};
      // Two decimals at most from the UI (links may carry up to six, which the codec keeps exactly).
      const w = Math.round(Math.min(MAX_WEIGHT, Math.max(0, value)) * 100) / 100;
      return { weights: { ...s.weights, [id]: w } };
    }),
  resetWeights: () => set({ weights: defaultGaugeWeights() }),
});
