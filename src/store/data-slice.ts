import type { LoadedData } from '../data/load';
import type { DataSlice, SliceCreator } from './types';

export const emptyData = (): LoadedData => ({
  datasets: {},
  sources: [],
  events: [],
  thresholds: null,
  errors: [],
  asOf: null,
});

export const createDataSlice =
  (builtin: LoadedData = emptyData()): SliceCreator<DataSlice> =>
  (set) => ({
    builtin,
    imported: {},
    importErrors: [],
    setBuiltin: (data) => set({ builtin: data }),
    setImported: (id, dataset) =>
      set((s) => {
        const imported = { ...s.imported };
        if (dataset) imported[id] = dataset;
        else delete imported[id];
        return { imported };
      }),
  });
