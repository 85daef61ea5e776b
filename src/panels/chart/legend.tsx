import type { Ref } from 'react';
import { isIssuerId } from '../../domain/ids';
import { useApp, useT } from '../../store/react';
import { PointMarker } from './marks';
import { KIND_KEYS, kindsOf, type SeriesSpec } from './series';
import { dashFor } from './style';

/** The chart's key. `ref` is its list: a time chart's hover readout lies over it (`readout.tsx`). */
export function Legend({
  series,
  note,
  ref,
}: {
  series: readonly SeriesSpec[];
  note?: string;
  ref?: Ref<HTMLUListElement>;
}) {
  const t = useT();
  const selection = useApp((s) => s.selection);
  const toggle = useApp((s) => s.toggleSelection);
  return (
    <ul className="legend" ref={ref}>
      {series
        .filter((s) => s.legend !== false)
        .map((s) => {
          const dash = dashFor(s.kind);
          const swatch = (
            <svg width="22" height="10" aria-hidden="true">
              {s.shape === 'points' ? (
                <PointMarker cx={11} cy={5} r={3.5} kind={s.kind} color={s.color} />
              ) : s.shape === 'bar' || s.shape === 'area' || s.shape === 'band' ? (
                <rect
                  x="1"
                  y="1"
                  width="20"
                  height="8"
                  fill={s.color}
                  fillOpacity={s.shape === 'bar' ? 0.85 : 0.3}
                  stroke={s.color}
                  strokeDasharray={dash}
                />
              ) : (
                <line
                  x1="1"
                  x2="21"
                  y1="5"
                  y2="5"
                  stroke={s.color}
                  strokeWidth="2.5"
                  strokeDasharray={dash}
                />
              )}
            </svg>
          );
          const text = (
            <>
              {swatch} {s.label}
              {s.showKind === false ? null : (
                <span className="muted">
                  {' '}
                  ·{' '}
                  {kindsOf(s)
                    .map((k) => t(KIND_KEYS[k]))
                    .join(' / ')}
                </span>
              )}
            </>
          );
          return (
            <li key={s.key}>
              {s.entity && isIssuerId(s.entity) ? (
                <button
                  type="button"
                  className="chip"
                  data-issuer={s.entity}
                  aria-pressed={selection === s.entity}
                  onClick={() => {
                    if (s.entity && isIssuerId(s.entity)) toggle(s.entity);
                  }}
                >
                  {text}
                </button>
              ) : (
                text
              )}
            </li>
          );
        })}
      {note ? <li className="legend-note muted">{note}</li> : null}
    </ul>
  );
}
