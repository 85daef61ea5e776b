import { ReferenceLine } from 'recharts';
import { type FitPosition, fitLabel } from './fit-label';
import { MARK_STYLES, type MarkRef, markColor, markRefAttrs, type StyleKind } from './style';

type LabelPosition = Extract<
  FitPosition,
  'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight' | 'top'
>;

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
      label={fitLabel(label, position)}
    />
  );
}

/**
 * One plotted point, drawn from its kind (`MARK_STYLES`): filled or hollow, circle or diamond, grey when
 * superseded. `data-mark-kind` names the kind so tests and automation can check every mark.
 */
export function PointMarker({
  cx,
  cy,
  r,
  kind,
  color,
  opacity = 1,
  mark,
}: {
  cx: number;
  cy: number;
  r: number;
  kind: StyleKind;
  color: string;
  opacity?: number;
  /** The fixture rows the point plots (`data-mark-series`, `data-mark-period`); none in a legend. */
  mark?: MarkRef | undefined;
}) {
  const style = MARK_STYLES[kind];
  const stroke = markColor(kind, color);
  const common = {
    fill: style.hollow ? 'var(--bg)' : stroke,
    stroke,
    strokeWidth: 2,
    fillOpacity: opacity,
    strokeOpacity: opacity,
    'data-mark-kind': kind,
    ...markRefAttrs(mark),
  };
  if (style.shape === 'diamond') {
    const d = r * 1.35;
    return <polygon points={`${cx},${cy - d} ${cx + d},${cy} ${cx},${cy + d} ${cx - d},${cy}`} {...common} />;
  }
  return <circle cx={cx} cy={cy} r={r} {...common} />;
}

/** A run of consecutive points of a line drawn in one kind (a segment takes the weaker of its ends). */
export interface LineRun {
  kind: StyleKind;
  from: number;
  to: number;
}

/**
 * Split a line into runs of one kind: the segment between two consecutive years with values is drawn in
 * the weaker kind of its two ends, so a reported point followed by a projection is joined by a dashed line.
 */
export function lineRuns(
  years: readonly number[],
  kindAt: (year: number) => StyleKind,
  weaker: (a: StyleKind, b: StyleKind) => StyleKind,
): LineRun[] {
  const runs: LineRun[] = [];
  for (let i = 1; i < years.length; i++) {
    const a = years[i - 1] as number;
    const b = years[i] as number;
    const kind = weaker(kindAt(a), kindAt(b));
    const last = runs[runs.length - 1];
    if (last && last.kind === kind && last.to === a) last.to = b;
    else runs.push({ kind, from: a, to: b });
  }
  return runs;
}
