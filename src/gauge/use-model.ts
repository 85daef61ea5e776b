import { useMemo } from 'react';
import type { ModelInput } from '../domain/model';
import { useApp } from '../store/react';
import { selectDatasets } from '../store/selectors';

/** Everything the pressure model reads, memoised on the store values it depends on. */
export function useModelInput(): ModelInput {
  const datasets = useApp(selectDatasets);
  const thresholds = useApp((s) => s.builtin.thresholds);
  const scenario = useApp((s) => s.scenario);
  const weights = useApp((s) => s.weights);
  return useMemo(
    () => ({ datasets, thresholds: thresholds?.thresholds ?? [], scenario, weights }),
    [datasets, thresholds, scenario, weights],
  );
}
