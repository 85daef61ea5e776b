import type { ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { FILL } from './height';

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
