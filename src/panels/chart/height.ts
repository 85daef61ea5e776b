import { createContext, useContext } from 'react';

/** "Fill the space the layout gives": the chart sizes itself from CSS (used by a single embedded panel). */
export const FILL = '100%';

/**
 * The chart height a mode wants: the grid uses each chart's default, present mode fills the
 * projector, embed mode fits its iframe. `null` means "use the chart's own default".
 * (No Recharts here: the app shell imports this, and Recharts loads with the panels.)
 */
export const ChartHeightContext = createContext<number | typeof FILL | null>(null);

export function useChartHeight(fallback: number): number | typeof FILL {
  return useContext(ChartHeightContext) ?? fallback;
}

/** Props a Recharts chart needs to size itself from CSS when the mode asks it to FILL its box. */
export function fillProps(height: number | typeof FILL): {
  responsive?: true;
  style?: { width: string; height: string };
} {
  return height === FILL ? { responsive: true, style: { width: '100%', height: '100%' } } : {};
}
