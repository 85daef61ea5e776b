/**
 * The scenario as a chart panel should read it: `usePanelScenario('growth', 'life')` re-renders the panel
 * only when one of the named inputs changes (a what-if step on another input leaves the chart alone),
 * and in a transition, so the gauge number is painted first and the chart follows (see useAppTransition).
 * Name every input the panel's prepare function reads: the other fields are as of the last change of a named one.
 */
import { useCallback, useRef } from 'react';
import type { Scenario, ScenarioKey } from '../domain/scenario';
import { useAppTransition } from '../store/react';
import type { AppState } from '../store/types';

export function usePanelScenario(...keys: ScenarioKey[]): Scenario {
  const last = useRef<Scenario | null>(null);
  const id = keys.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `id` stands for `keys` (a new array each render)
  const select = useCallback(
    (s: AppState) => {
      const prev = last.current;
      if (prev && keys.every((k) => prev[k] === s.scenario[k])) return prev;
      last.current = s.scenario;
      return s.scenario;
    },
    [id],
  );
  return useAppTransition(select);
}
