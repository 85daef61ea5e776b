/**
 * A time chart's data, plain (no React): its rows and series, the year axis (a year's slot runs from
 * year − 0.5 to year + 0.5, its tick at 1 January, annual values mid-slot), and the hover readout's lines
 * for each year. The chart's state; `chart-body.tsx` draws it, `plot-interaction.tsx` and the chart's
 * keys move the hovered year over it.
 */
import type { AppEvent, Unit } from '../../data/schema';
import { formatValue } from '../../domain/format';
import { FULL_RANGE, type YearRange } from '../../domain/ids';
import { periodYear } from '../../domain/series';
import { type ImportedSeries, type Kind, weakestKind } from '../../domain/types';
import type { MessageKey } from '../../i18n/messages';
import type { Annotation } from './annotations';
import type { MarkRef, StyleKind } from './style';

export type Cell = number | null | undefined | readonly [number, number];
export type Row = { year: number } & { [key: string]: Cell };

export interface SeriesSpec {
  key: string;
  label: string;
  color: string;
  kind: StyleKind;
  shape: 'line' | 'step' | 'area' | 'band' | 'bar' | 'points';
  entity?: string;
  stackId?: string;
  /** Shown in the hover readout unless false. */
  readout?: boolean;
  /** Shown in the legend unless false. */
  legend?: boolean;
  /** Points only: horizontal nudge in pixels, so markers for the same year do not hide each other. */
  dx?: number;
  /** Points only: radius in pixels. */
  radius?: number;
  /** Lines only: stroke width (a wider line under an identical one keeps both visible). */
  width?: number;
  /** Say the kind (reported, estimate…) in the legend and readout; false where it means nothing. */
  showKind?: boolean;
  /** The kind of each point by year, from its fixture row; `kind` is the fallback (and the legend's). */
  kinds?: Readonly<Record<number, StyleKind>>;
  /** The fixture rows behind each point by year (its `data-mark-series` / `data-mark-period`). */
  refs?: Readonly<Record<number, MarkRef>>;
}

/** The kind a point of a series is drawn in: its own (from the fixture) or the series' fallback. */
export function kindAt(s: Pick<SeriesSpec, 'kind' | 'kinds'>, year: number): StyleKind {
  return s.kinds?.[year] ?? s.kind;
}

/** Kinds a series shows, weakest last (the legend names each). */
export function kindsOf(s: SeriesSpec): StyleKind[] {
  const all = new Set<StyleKind>([...Object.values(s.kinds ?? {})]);
  if (all.size === 0) all.add(s.kind);
  return [...all];
}

export interface TimeChartProps {
  rows: readonly Row[];
  series: readonly SeriesSpec[];
  unit: Unit | 'points';
  title: string;
  yDomain?: [number | 'auto', number | 'auto'];
  /** Y-axis ticks, when the automatic ones would be odd steps (0/7/14/21/25). */
  yTicks?: readonly number[];
  events?: readonly AppEvent[];
  height?: number;
  /** Reference lines, areas and arrows drawn under the crosshair, as data (compared by value). */
  annotations?: readonly Annotation[];
  /** Long series with their own x (decimal years), e.g. a daily series; drawn downsampled, not hovered. */
  dense?: readonly DenseLine[];
}

/** A long series drawn from its own points; `points` gives them within [from, to] for about `target`. */
export interface DenseLine {
  spec: SeriesSpec;
  points: (from: number, to: number, target: number) => ReadonlyArray<{ x: number; y: number | null }>;
}

/** x position on the year axis of a date: the year's slot runs from year − 0.5 to year + 0.5. */
export function dateToYearX(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const start = Date.UTC(y ?? 1970, 0, 1);
  const t = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 15);
  const days = (Date.UTC((y ?? 1970) + 1, 0, 1) - start) / 86_400_000;
  return (y ?? 1970) - 0.5 + (t - start) / 86_400_000 / days;
}

export function yearsIn([from, to]: YearRange): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}
export const AXIS_YEARS = yearsIn(FULL_RANGE);

export function cellText(c: Cell, fmt: (v: number) => string): string | null {
  if (c === null || c === undefined) return null;
  if (typeof c === 'number') return fmt(c);
  return `${fmt(c[0])}–${fmt(c[1])}`;
}

/** Colours for imported custom series (Okabe–Ito, after the panel's own). */
export const IMPORT_COLORS = ['#7B3294', '#E69F00', '#009E73', '#56B4E9', '#8C6D31'];
export const importKey = (name: string) => `imported:${name}`;

export function customSpecs(
  custom: readonly ImportedSeries[],
  label: (name: string) => string,
): SeriesSpec[] {
  return custom.map((c, i) => {
    // Each year in the kind its rows give (the weakest where a year has several); the legend lists them.
    const kinds: Record<number, Kind> = {};
    for (const p of c.points) {
      const year = periodYear(p.period);
      kinds[year] = weakestKind([kinds[year] ?? p.kind, p.kind]) ?? p.kind;
    }
    return {
      key: importKey(c.name),
      label: label(c.name),
      color: IMPORT_COLORS[i % IMPORT_COLORS.length] ?? '#7B3294',
      kind: weakestKind(c.points.map((p) => p.kind)) ?? 'reported',
      kinds,
      shape: 'line',
    };
  });
}

export const KIND_KEYS: Record<StyleKind, MessageKey> = {
  reported: 'kind.reported',
  estimate: 'kind.estimate',
  projection: 'kind.projection',
  superseded: 'kind.superseded',
  interpolated: 'kind.interpolated',
  scenario: 'kind.scenario',
  secondary: 'kind.secondary',
};

export interface ReadoutLine {
  key: string;
  label: string;
  color: string;
  kind: MessageKey | null;
  text: string;
}

/** Each year's readout lines (series with a value that year), computed once per data change. */
export function readoutByYear(
  rows: readonly Row[],
  series: readonly SeriesSpec[],
  fmt: (v: number) => string,
  years: readonly number[],
  extra: (year: number) => ReadoutLine[] = () => [],
): Array<{ year: number; lines: ReadoutLine[] }> {
  const shown = series.filter((s) => s.readout !== false);
  const byYear = new Map(rows.map((r) => [r.year, r]));
  return years.map((year) => ({
    year,
    lines: [
      ...shown.flatMap((s) => {
        const text = cellText(byYear.get(year)?.[s.key], fmt);
        return text === null
          ? []
          : [
              {
                key: s.key,
                label: s.label,
                color: s.color,
                kind: s.showKind === false ? null : KIND_KEYS[kindAt(s, year)],
                text,
              },
            ];
      }),
      ...extra(year),
    ],
  }));
}

/** Imported series' readout lines: the exact figure of the year's last observation (dated when not a year). */
export function customReadout(
  custom: readonly ImportedSeries[],
  specs: readonly SeriesSpec[],
  unit: Unit | 'points',
  locale: string,
  yrs: string,
): (year: number) => ReadoutLine[] {
  return (year) =>
    custom.flatMap((c, i) => {
      let last: ImportedSeries['points'][number] | undefined;
      for (const p of c.points) if (periodYear(p.period) === year) last = p;
      const spec = specs[i];
      if (!last || !spec) return [];
      const when =
        typeof last.period === 'number'
          ? ''
          : ` (${new Intl.DateTimeFormat(locale, {
              dateStyle: 'medium',
              ...(last.period.length > 10 ? { timeStyle: 'short', timeZone: 'UTC' } : { timeZone: 'UTC' }),
            }).format(new Date(last.period.length === 7 ? `${last.period}-15` : last.period))})`;
      const v = unit === 'points' ? String(last.value) : formatValue(last.value, c.unit ?? unit, locale, yrs);
      return [
        {
          key: spec.key,
          label: spec.label,
          color: spec.color,
          kind: KIND_KEYS[last.kind],
          text: `${v}${when}`,
        },
      ];
    });
}
