import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';

/** An arrow from a superseded figure to the figure that replaced it, drawn inside a chart. */
export function RevisionArrow({
  x,
  from,
  to,
  label,
}: {
  x: number;
  from: number;
  to: number;
  label: string;
}) {
  const xs = useXAxisScale();
  const ys = useYAxisScale();
  const px = xs?.(x);
  const y0 = ys?.(from);
  const y1 = ys?.(to);
  if (px === undefined || y0 === undefined || y1 === undefined) return null;
  const dir = y1 < y0 ? 1 : -1; // screen y grows downwards
  const tip = y1 + dir * 7; // stop short of the new point's marker
  const start = y0 - dir * 6;
  return (
    <g className="revision-arrow" pointerEvents="none">
      <line x1={px} x2={px} y1={start} y2={tip} strokeWidth={1.5} />
      <polygon points={`${px},${tip} ${px - 4},${tip + dir * 7} ${px + 4},${tip + dir * 7}`} />
      {/* Over the data (the label layer), with the annotations' halo. */}
      <ZIndexLayer zIndex={DefaultZIndexes.label}>
        <text x={px + 8} y={(y0 + y1) / 2} dominantBaseline="middle" className="annotation">
          {label}
        </text>
      </ZIndexLayer>
    </g>
  );
}
