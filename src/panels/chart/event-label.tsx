/**
 * The number of a dated event, drawn at the top of its reference line. Numbers step down over three
 * rows (and sit right of their line), so events a few days apart never print as one number.
 */
export function eventLabel(index: number) {
  return (props: { viewBox?: unknown }) => {
    const box = (props.viewBox ?? {}) as { x?: number; y?: number };
    return (
      <text x={(box.x ?? 0) + 3} y={(box.y ?? 0) + 10 + (index % 3) * 11} className="event-label">
        {index + 1}
      </text>
    );
  };
}
