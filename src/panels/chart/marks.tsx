import { ReferenceLine } from 'recharts';

type LabelPosition = 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight' | 'top';

/**
 * A labelled reference line for a threshold or a quoted total (drawn dashed, in the muted colour).
 * A function, not a component, so Recharts sees a plain ReferenceLine among the chart's children.
 */
export function thresholdLine(
  at: { x: number } | { y: number },
  label: string,
  position: LabelPosition,
  dash = '4 4',
) {
  return (
    <ReferenceLine
      key={`threshold-${'x' in at ? `x${at.x}` : `y${at.y}`}`}
      {...at}
      className="threshold-line"
      strokeDasharray={dash}
      label={{ value: label, position, className: 'annotation' }}
    />
  );
}
