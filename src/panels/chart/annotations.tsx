/**
 * What a panel draws on its time chart besides its series, as plain data: a labelled reference line
 * (a threshold, a mean, a crossover year), a shaded span of years, a revision arrow. Data, not React
 * elements, so the chart compares them by value and redraws only when one changes.
 */
import { ReferenceArea } from 'recharts';
import { type FitPosition, fitLabel } from './fit-label';
import { thresholdLine } from './marks';
import { RevisionArrow } from './revision-arrow';

export type Annotation =
  | {
      kind: 'line';
      /** A vertical line at a year-axis position, or a horizontal one at a value. */
      at: { x: number } | { y: number };
      label: string;
      position: Extract<
        FitPosition,
        'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight' | 'top'
      >;
      dash?: string;
    }
  | {
      kind: 'area';
      /** From and to on the year axis (a whole year runs from year − 0.5 to year + 0.5). */
      x1: number;
      x2: number;
      className: 'window-area' | 'projection-area';
      label: string;
      position: FitPosition;
    }
  | { kind: 'revision'; x: number; from: number; to: number; label: string };

/** The Recharts element of an annotation (a child of the chart). */
export function renderAnnotation(a: Annotation) {
  switch (a.kind) {
    case 'line':
      return thresholdLine(a.at, a.label, a.position, a.dash);
    case 'area':
      return (
        <ReferenceArea
          key={`area-${a.x1}-${a.x2}`}
          x1={a.x1}
          x2={a.x2}
          className={a.className}
          label={fitLabel(a.label, a.position)}
        />
      );
    case 'revision':
      return <RevisionArrow key={`revision-${a.x}`} x={a.x} from={a.from} to={a.to} label={a.label} />;
  }
}

/** Same annotations, field by field (plain values and the line's position). */
export function sameAnnotations(
  a: readonly Annotation[] | undefined,
  b: readonly Annotation[] | undefined,
): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i] as Record<string, unknown> | undefined;
    const xr = x as Record<string, unknown>;
    if (!y) return false;
    const keys = Object.keys(xr);
    return (
      keys.length === Object.keys(y).length &&
      keys.every((k) => {
        const u = xr[k];
        const v = y[k];
        if (typeof u === 'object' && u !== null && typeof v === 'object' && v !== null)
          return JSON.stringify(u) === JSON.stringify(v);
        return Object.is(u, v);
      })
    );
  });
}
