import { createContext, useContext } from 'react';

/**
 * The chart height a mode wants: the grid uses each chart's default, present mode fills the
 * projector, embed mode fits its iframe. `null` means "use the chart's own default".
 */
export const ChartHeightContext = createContext<number | '100%' | null>(null);

export function useChartHeight(fallback: number): number | '100%' {
  return useContext(ChartHeightContext) ?? fallback;
}
