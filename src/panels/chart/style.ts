/** Colour-blind-safe palette (Okabe–Ito) and how each kind of figure is drawn. */

export const ENTITY_COLORS: Readonly<Record<string, string>> = {
  alphabet: '#0072B2',
  meta: '#D55E00',
  oracle: '#CC79A7',
  amazon: '#E69F00',
  microsoft: '#009E73',
  xai: '#56B4E9',
  crusoe: '#8C6D31',
};

export const ACCENT = '#0072B2';
export const ACCENT_2 = '#D55E00';
export const NEUTRAL = '#7a7a7a';

export function entityColor(entity: string | undefined): string {
  return (entity && ENTITY_COLORS[entity]) || NEUTRAL;
}

export type StyleKind = 'reported' | 'estimate' | 'projection' | 'superseded' | 'interpolated' | 'scenario';

/** Dash patterns: solid for reported and estimates, dashed for projections, dotted for interpolation. */
export function dashFor(kind: StyleKind): string | undefined {
  switch (kind) {
    case 'projection':
    case 'scenario':
      return '7 4';
    case 'interpolated':
      return '2 4';
    case 'superseded':
      return '1 3';
    default:
      return undefined;
  }
}

/** Opacity when a selection is active and this mark is not part of it. */
export const DIMMED = 0.18;

/** Axis tick style: Recharts writes tick colours inline, so the theme colour is passed here. */
export const AXIS_TICK = { fill: 'var(--muted)', fontSize: 11 } as const;
