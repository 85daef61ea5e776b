/** Colour-blind-safe palette (Okabe–Ito) and how each kind of figure is drawn. */

export const ENTITY_COLORS: Readonly<Record<string, string>> = {
  alphabet: '#0072B2',
  meta: '#D55E00',
  oracle: '#CC79A7',
  amazon: '#E69F00',
  microsoft: '#009E73',
  xai: '#56B4E9',
  crusoe: '#8C6D31',
  vantage: '#44AA99',
};

export const ACCENT = '#0072B2';
export const ACCENT_2 = '#D55E00';
export const NEUTRAL = '#7a7a7a';

export function entityColor(entity: string | undefined): string {
  return (entity && ENTITY_COLORS[entity]) || NEUTRAL;
}

import type { Kind } from '../../domain/types';

/** Every fixture kind, plus `interpolated` (a straight line between two sourced points). */
export type StyleKind = Kind | 'interpolated';

/** The kind of each plotted point, by series key and year (from the fixture rows, never a constant). */
export type PointKinds = Record<string, Record<number, StyleKind>>;

/** Record the kind of the point `key` in `year` (the weakest wins if two figures share the point). */
export function setPointKind(kinds: PointKinds, key: string, year: number, kind: StyleKind): void {
  const byYear = kinds[key] ?? {};
  kinds[key] = byYear;
  const had = byYear[year];
  byYear[year] = had === undefined ? kind : STYLE_RANK[had] >= STYLE_RANK[kind] ? had : kind;
}

/** The weaker of two kinds (a line segment between them is drawn in it). */
export function weakerStyle(a: StyleKind, b: StyleKind): StyleKind {
  return STYLE_RANK[a] >= STYLE_RANK[b] ? a : b;
}

const STYLE_RANK: Readonly<Record<StyleKind, number>> = {
  reported: 0,
  estimate: 1,
  interpolated: 2,
  projection: 3,
  scenario: 4,
  secondary: 5,
  superseded: 6,
};

/** How a mark of each kind is drawn; the legend, the readout and the tests read the same table. */
export interface MarkStyle {
  /** SVG dash pattern of lines (undefined = solid). */
  dash: string | undefined;
  /** Hollow markers are filled with the background colour. */
  hollow: boolean;
  /** Marker shape: secondary figures get their own (a diamond). */
  shape: 'circle' | 'diamond';
  /** Grey instead of the series colour. */
  grey: boolean;
}

/**
 * Reported: filled marker, solid line. Estimate: hollow marker, solid line. Projection: hollow marker,
 * dashed line. Scenario: dotted line, hollow marker. Interpolated: sparse dots. Superseded: grey, hollow.
 * Secondary: a hollow diamond on a dash-dot line.
 */
export const MARK_STYLES: Readonly<Record<StyleKind, MarkStyle>> = {
  reported: { dash: undefined, hollow: false, shape: 'circle', grey: false },
  estimate: { dash: undefined, hollow: true, shape: 'circle', grey: false },
  projection: { dash: '7 4', hollow: true, shape: 'circle', grey: false },
  scenario: { dash: '1.5 3.5', hollow: true, shape: 'circle', grey: false },
  interpolated: { dash: '1 6', hollow: true, shape: 'circle', grey: false },
  superseded: { dash: '3 3', hollow: true, shape: 'circle', grey: true },
  secondary: { dash: '8 3 2 3', hollow: true, shape: 'diamond', grey: false },
};

/** Dash pattern of a line of this kind. */
export function dashFor(kind: StyleKind): string | undefined {
  return MARK_STYLES[kind].dash;
}

/** Colour of a mark of this kind in a series of colour `color`. */
export function markColor(kind: StyleKind, color: string): string {
  return MARK_STYLES[kind].grey ? NEUTRAL : color;
}

/** Opacity when a selection is active and this mark is not part of it. */
export const DIMMED = 0.18;

/** Axis tick style: Recharts writes tick colours inline, so the theme colour is passed here. */

/** Fill opacity of a hollow bar: pale, so its outline carries the colour. */
export const HOLLOW_BAR_OPACITY = 0.12;

/**
 * SVG paint of a bar (or bar segment) of this kind, as `MARK_STYLES` says: reported filled, the other
 * kinds hollow (a pale fill with the colour's outline, dashed or dotted as their lines), superseded grey.
 * `data-mark-kind` names the kind so tests and automation can check every bar.
 */
export function barPaint(kind: StyleKind, color: string, opacity = 1) {
  const style = MARK_STYLES[kind];
  const c = markColor(kind, color);
  return style.hollow
    ? {
        fill: c,
        fillOpacity: HOLLOW_BAR_OPACITY * opacity,
        stroke: c,
        strokeOpacity: opacity,
        strokeWidth: 2,
        strokeDasharray: style.dash,
        'data-mark-kind': kind,
      }
    : {
        fill: c,
        fillOpacity: 0.9 * opacity,
        stroke: 'var(--bg)',
        strokeOpacity: 1,
        strokeWidth: 1,
        strokeDasharray: undefined,
        'data-mark-kind': kind,
      };
}

/**
 * Which fixture rows a plotted mark draws, for `data-mark-series` / `data-mark-period` (README, "Page
 * contract"): `series` lists `<dataset>/<series>` ids (several for an aggregate; `scenario` when the
 * reader's what-if inputs drive it); `period` is a fixture period, or a year standing for every row of
 * those series in that year; `revision` marks a superseded first estimate of that row.
 */
export interface MarkRef {
  series: string;
  period: string | number;
  revision?: boolean;
}

/** The rows behind each plotted point, by series key and year. */
export type PointRefs = Record<string, Record<number, MarkRef>>;

/** Record the rows behind the point `key` in `year`. */
export function setPointRef(refs: PointRefs, key: string, year: number, ref: MarkRef): void {
  const byYear = refs[key] ?? {};
  refs[key] = byYear;
  byYear[year] = ref;
}

/** The `data-mark-*` attributes naming a mark's rows (none without a ref). */
export function markRefAttrs(ref: MarkRef | undefined) {
  return ref
    ? {
        'data-mark-series': ref.series,
        'data-mark-period': String(ref.period),
        'data-mark-revision': ref.revision ? '' : undefined,
      }
    : {};
}
