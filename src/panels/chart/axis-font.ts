import { createContext, useContext, useMemo } from 'react';

/**
 * The font size (px) of chart axis labels in the current mode, the same number the CSS draws them at
 * (`.recharts-cartesian-axis-tick-value`: 11 px; on a slide `--slide-small`, which present mode reads
 * from its own styles at each fit level). Recharts measures tick text with this size to wrap category
 * labels and space year labels, so what it measures is what the page draws.
 * (No Recharts here: the app shell imports this, and Recharts loads with the panels.)
 */
export const AxisFontContext = createContext(11);

/** Recharts `tick` props: the muted colour and the mode's axis font size. */
export function useAxisTick(): { fill: string; fontSize: number } {
  const fontSize = useContext(AxisFontContext);
  return useMemo(() => ({ fill: 'var(--muted)', fontSize }), [fontSize]);
}
