/**
 * The linked crosshair and drag-to-zoom layer, drawn inside a Recharts chart.
 * It publishes the hovered *year* (never an array index), so series of different lengths stay aligned,
 * and it is the only part of a chart that re-renders on hover.
 */
import { type PointerEvent, useState } from 'react';
import { usePlotArea, useXAxisInverseScale, useXAxisScale } from 'recharts';
import type { YearRange } from '../../domain/ids';
import { useApp } from '../../store/react';

export function PlotInteraction({ range }: { range: YearRange }) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  const inverse = useXAxisInverseScale();
  const hoverYear = useApp((s) => s.hoverYear);
  const setHoverYear = useApp((s) => s.setHoverYear);
  const setRange = useApp((s) => s.setRange);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  if (!plot || !scale || !inverse) return null;

  const yearAt = (e: PointerEvent<SVGRectElement>): number => {
    const svg = e.currentTarget.ownerSVGElement;
    const left = svg ? svg.getBoundingClientRect().left : 0;
    const y = Math.round(Number(inverse(e.clientX - left)));
    return Math.min(range[1], Math.max(range[0], Number.isFinite(y) ? y : range[0]));
  };
  const xOf = (year: number) => scale(year) ?? 0;
  const top = plot.y;
  const bottom = plot.y + plot.height;

  const onPointerDown = (e: PointerEvent<SVGRectElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const y = yearAt(e);
    setDrag({ from: y, to: y });
  };
  const onPointerMove = (e: PointerEvent<SVGRectElement>) => {
    const y = yearAt(e);
    setHoverYear(y);
    if (drag && drag.to !== y) setDrag({ from: drag.from, to: y });
  };
  const onPointerUp = () => {
    if (drag && drag.from !== drag.to) setRange([drag.from, drag.to]);
    setDrag(null);
  };
  const showHover = hoverYear !== null && hoverYear >= range[0] && hoverYear <= range[1];
  const halfStep = Math.abs(xOf(range[0] + 1) - xOf(range[0])) / 2 || 10;

  return (
    <g className="plot-interaction">
      {drag && drag.from !== drag.to ? (
        <rect
          className="drag-area"
          x={Math.min(xOf(drag.from), xOf(drag.to)) - halfStep}
          y={top}
          width={Math.abs(xOf(drag.to) - xOf(drag.from)) + 2 * halfStep}
          height={plot.height}
        />
      ) : null}
      {showHover ? (
        <g className="crosshair">
          <line x1={xOf(hoverYear)} x2={xOf(hoverYear)} y1={top} y2={bottom} />
          <text x={xOf(hoverYear)} y={top - 4} textAnchor="middle">
            {hoverYear}
          </text>
        </g>
      ) : null}
      <rect
        data-plot-overlay=""
        x={plot.x}
        y={top}
        width={Math.max(0, plot.width)}
        height={Math.max(0, plot.height)}
        fill="transparent"
        style={{ cursor: 'crosshair', touchAction: 'none' }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
        onPointerLeave={() => {
          if (!drag) setHoverYear(null);
        }}
      />
    </g>
  );
}
