import { createContext, useContext, useEffect, useState } from 'react';

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

/**
 * The chart height of an enlarged panel (_Enlarge_ on the dashboard): the chart takes 72% of the window's
 * height, so its plot (the chart less its axis and margins) is at least 60% of it; never less than `min`.
 */
export function useEnlargedHeight(on: boolean, min = 240): number | null {
  const [windowHeight, setWindowHeight] = useState(() =>
    typeof window === 'undefined' ? 0 : window.innerHeight,
  );
  useEffect(() => {
    if (!on || typeof window === 'undefined') return;
    const update = () => setWindowHeight(window.innerHeight);
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [on]);
  return on ? Math.max(min, Math.round(windowHeight * 0.72)) : null;
}
