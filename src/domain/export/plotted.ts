/**
 * "The figures plotted": what a chart draws, as rows a spreadsheet can take (period, series, value,
 * unit, kind, source). Charts publish these from the same prepared rows they draw, so the CSV of a
 * panel always matches its picture (year range and scenario included).
 */
import { findSeries, periodYear } from '../series';
import type { Dataset, DatedSeries, Period, Source, ThresholdsFile, Unit } from '../types';
import { type CsvCell, toCsv } from './csv';
import { type PrecisionFigure, withPrecision } from './precision';

export interface PlottedFigure extends PrecisionFigure {
  /** A year, or an ISO month/date for dated figures (bond deals); null for a total over periods. */
  period: Period | null;
  /** The series as the legend names it (in the reader's language). */
  series: string;
}

/** A table a chart publishes: an id (unique within the panel) and its figures. */
export interface PlottedTable {
  id: string;
  figures: readonly PlottedFigure[];
}

export type TimeCell = number | null | undefined | readonly [number, number];

/**
 * Figures of a year-based chart: one per drawn cell of the rows inside `range`, for each series, in
 * series order then year order. Each figure's kind is its own point's (`kinds`, from its fixture row,
 * the same the mark is drawn in); the series' `kind` only where a point has none. `sourceOf` finds the
 * fixture source of a figure, if it has one.
 */
export function timeChartFigures(
  rows: readonly ({ year: number } & { [key: string]: TimeCell })[],
  series: readonly {
    key: string;
    label: string;
    kind: string;
    kinds?: Readonly<Record<number, string>> | undefined;
  }[],
  unit: Unit | 'points',
  range: readonly [number, number],
  sourceOf: (year: number, value: number) => string | undefined = () => undefined,
): PlottedFigure[] {
  const out: PlottedFigure[] = [];
  for (const s of series) {
    for (const row of rows) {
      if (row.year < range[0] || row.year > range[1]) continue;
      const cell = row[s.key];
      if (typeof cell === 'number') {
        if (!Number.isFinite(cell)) continue;
        out.push({
          period: row.year,
          series: s.label,
          value: cell,
          unit,
          kind: s.kinds?.[row.year] ?? s.kind,
          sourceId: sourceOf(row.year, cell),
        });
      } else if (Array.isArray(cell)) {
        const [low, high] = cell as readonly [number, number];
        out.push({
          period: row.year,
          series: s.label,
          value: null,
          low,
          high,
          unit,
          kind: s.kinds?.[row.year] ?? s.kind,
          sourceId: sourceOf(row.year, low) ?? sourceOf(row.year, high),
        });
      }
    }
  }
  return out;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Figures of reference lines drawn from single fixture figures (a quoted total, a count): the first
 * observation of each listed series, under the label the chart gives its line. Missing series are left out.
 */
export function referenceFigures(
  dataset: Dataset | undefined,
  lines: readonly (readonly [seriesId: string, label: string])[],
): PlottedFigure[] {
  const out: PlottedFigure[] = [];
  for (const [id, label] of lines) {
    const o = findSeries(dataset, id)?.observations[0];
    if (o)
      out.push({
        period: o.period,
        series: label,
        value: o.value,
        unit: o.unit,
        kind: o.kind,
        sourceId: o.sourceId,
      });
  }
  return out;
}

/**
 * The source of a figure drawn for `year` with `value`: the first observation (or earlier revision,
 * or low/high bound) of that year with that value in the given datasets. Computed figures match none.
 */
export function figureSource(datasets: readonly Dataset[], year: number, value: number): string | undefined {
  for (const d of datasets)
    for (const s of d.series)
      for (const o of s.observations) {
        if (periodYear(o.period) !== year) continue;
        if (close(o.value, value)) return o.sourceId;
        if ((o.low !== undefined && close(o.low, value)) || (o.high !== undefined && close(o.high, value)))
          return o.sourceId;
        for (const r of o.revisions ?? []) if (close(r.value, value)) return r.sourceId;
      }
  return undefined;
}

export const PLOTTED_HEADER = [
  'period',
  'series',
  'value',
  'low',
  'high',
  'unit',
  'kind',
  'source_publisher',
  'source_url',
] as const;

/**
 * The CSV of plotted figures. Figures with no fixture source say `computed` as kind-independent
 * publisher text (given, in the reader's language) with no link. Each figure is written with the
 * precision of its source (precision.ts): computed figures by the rule of the panel's `datasets`.
 */
export function plottedCsv(
  figures: readonly PlottedFigure[],
  sources: readonly Source[],
  computedPublisher: string,
  datasets: readonly Dataset[] = [],
): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const rows: CsvCell[][] = withPrecision(figures, datasets).map((f) => {
    const src = f.sourceId ? byId.get(f.sourceId) : undefined;
    return [
      f.period,
      f.series,
      f.value,
      f.low,
      f.high,
      f.unit,
      f.kind,
      src ? src.publisher : f.sourceId ? f.sourceId : computedPublisher,
      src?.url ?? '',
    ];
  });
  return toCsv(PLOTTED_HEADER, rows);
}

/** Every observation of a dataset with its source (for the all-data download). */
export function datasetCsv(dataset: Dataset, sources: readonly Source[]): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const rows: CsvCell[][] = [];
  for (const s of dataset.series)
    for (const o of s.observations) {
      const src = byId.get(o.sourceId);
      rows.push([
        s.id,
        s.label,
        s.labels?.['zh-TW'],
        s.entity,
        o.period,
        o.value,
        o.low,
        o.high,
        o.unit,
        o.kind,
        o.sourceId,
        src?.publisher,
        src?.url,
        o.note,
        (o.revisions ?? []).map((r) => `${r.value} (${r.sourceId})`).join('; '),
      ]);
    }
  return toCsv(
    [
      'series_id',
      'series',
      'series_zh_tw',
      'entity',
      'period',
      'value',
      'low',
      'high',
      'unit',
      'kind',
      'source_id',
      'source_publisher',
      'source_url',
      'note',
      'revised_from',
    ],
    rows,
  );
}

export function sourcesCsv(sources: readonly Source[]): string {
  return toCsv(
    ['id', 'publisher', 'title', 'date', 'url', 'note'],
    sources.map((s) => [s.id, s.publisher, s.title, s.date, s.url, s.note]),
  );
}

export function thresholdsCsv(file: ThresholdsFile): string {
  return toCsv(
    ['method_version', 'component', 'metric', 'unit', 'calm', 'extreme', 'reason', 'source_ids'],
    file.thresholds.map((t) => [
      file.methodVersion,
      t.component,
      t.metric,
      t.unit,
      t.calm,
      t.extreme,
      t.reason,
      t.sourceIds.join(' '),
    ]),
  );
}

/** One dated series (a FRED fixture) with its source on every row. */
export function datedCsv(series: DatedSeries, sources: readonly Source[]): string {
  const src = sources.find((s) => s.id === series.sourceId);
  return toCsv(
    ['series_id', 'date', 'value', 'unit', 'kind', 'source_id', 'source_publisher', 'source_url'],
    series.observations.map(([date, value]) => [
      series.id,
      date,
      value,
      series.unit,
      series.kind,
      series.sourceId,
      src?.publisher,
      src?.url,
    ]),
  );
}

export interface AllDataInput {
  datasets: readonly Dataset[];
  dated: readonly DatedSeries[];
  sources: readonly Source[];
  thresholds: ThresholdsFile | null;
  /** The gauge reading of the view, as CSV. */
  gauge: string;
  /** README text (in the reader's language): data date, method version, link, citation. */
  readme: string;
}

/**
 * The files of the all-data download, by path: every dataset (built-in and imported) and every dated
 * series as CSV, the sources, the thresholds with the method version, the gauge reading, a README.
 */
export function allDataFiles(input: AllDataInput): Record<string, string> {
  const files: Record<string, string> = { 'README.txt': input.readme };
  for (const d of input.datasets) files[`datasets/${slugId(d.id)}.csv`] = datasetCsv(d, input.sources);
  // A licensed series (ICE BofA spreads) is not ours to redistribute: the archive names it, quotes its
  // owner's notice and says where to get it, instead of carrying the raw figures.
  const licensed: string[] = [];
  for (const s of input.dated) {
    if (s.licence) {
      const fred = s.provenance?.url ?? '';
      licensed.push(
        [
          `${s.id} (${s.title})`,
          `Owner: ${s.licence.owner}`,
          s.licence.notice,
          s.licence.redistribution,
          fred,
        ]
          .filter(Boolean)
          .join('\r\n'),
      );
    } else files[`dated/${slugId(s.id)}.csv`] = datedCsv(s, input.sources);
  }
  if (licensed.length > 0) {
    files['dated/LICENSED-SERIES.txt'] = [
      'These series are licensed data. Their raw figures are not included in this archive: redistributing',
      "them needs their owner's permission. Each can be downloaded from its source, with the owner's terms.",
      '',
      ...licensed.flatMap((l) => [l, '']),
    ].join('\r\n');
  }
  files['sources.csv'] = sourcesCsv(input.sources);
  if (input.thresholds) files['thresholds.csv'] = thresholdsCsv(input.thresholds);
  files['gauge-components.csv'] = input.gauge;
  return files;
}

/** A dataset id as a file name: letters, digits, `-`, `_` and `.` only (imported ids come from users). */
function slugId(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_') || '_';
}
