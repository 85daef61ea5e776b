import { type ReactNode, useRef } from 'react';
import { ResponsiveContainer } from 'recharts';
import { useDeclutter } from './declutter';
import { FILL } from './height';

/**
 * A fixed height goes through Recharts' ResponsiveContainer (width follows the panel). FILL renders the
 * chart (given `responsive` and 100% sizes) in a box the CSS layout sizes, so it follows flex changes.
 * Every chart's annotation labels are kept clear of each other (`useDeclutter`), from a wrapper that
 * takes no box of its own (`display: contents`).
 */
export function ChartSizer({ height, children }: { height: number | typeof FILL; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useDeclutter(ref);
  return (
    <div className="chart-labels" ref={ref}>
      {height === FILL ? (
        <div className="chart-fill">{children}</div>
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          {children}
        </ResponsiveContainer>
      )}
    </div>
  );
}
