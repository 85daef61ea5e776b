import { createContext, type ReactNode, useContext } from 'react';
import { ResponsiveContainer } from 'recharts';

/** "Fill the space the layout gives": the chart sizes itself from CSS (used by a single embedded panel). */
export const FILL = '100%';

/**
 * The chart height a mode wants: the grid uses each chart's default, present mode fills the
 * projector, embed mode fits its iframe. `null` means "use the chart's own default".
 */
export const ChartHeightContext = createContext<number | typeof FILL | null>(null);

export function useChartHeight(fallback: number): number | typeof FILL {
  return useContext(ChartHeightContext) ?? fallback;
}

/**
 * A fixed height goes through Recharts' ResponsiveContainer (width follows the panel). FILL renders the
 * chart (given `responsive` and 100% sizes) in a box the CSS layout sizes, so it follows flex changes.
 */
export function ChartSizer({ height, children }: { height: number | typeof FILL; children: ReactNode }) {
  if (height === FILL) return <div className="chart-fill">{children}</div>;
  return (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  );
}
