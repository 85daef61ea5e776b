import { DefaultZIndexes, ReferenceLine, ZIndexLayer } from 'recharts';

/**
 * The number of a dated event, drawn at the top of its reference line. Numbers step down over three
 * rows (and sit right of their line), so events a few days apart never print as one number.
 */
export function eventLabel(index: number) {
  return (props: { viewBox?: unknown }) => {
    const box = (props.viewBox ?? {}) as { x?: number; y?: number };
    // Over the data, in Recharts' label layer, with a halo (chart.css): a line crossing it does not hide it.
    return (
      <ZIndexLayer zIndex={DefaultZIndexes.label}>
        <text x={(box.x ?? 0) + 3} y={(box.y ?? 0) + 10 + (index % 3) * 11} className="event-label">
          {index + 1}
        </text>
      </ZIndexLayer>
    );
  };
}

/**
 * A dated event's marker line at `x` (in the chart's own x unit), numbered `index + 1`. It carries the
 * event's date (public contract: `data-event-date="YYYY-MM-DD"`).
 */
export function eventLine(event: { id: string; date: string }, index: number, x: number) {
  return (
    <ReferenceLine
      key={event.id}
      x={x}
      className="event-line"
      data-event-date={event.date.slice(0, 10)}
      strokeDasharray="2 3"
      label={eventLabel(index)}
    />
  );
}
