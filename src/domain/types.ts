/**
 * The plain data types the whole app shares. The domain owns them; `data/schema.ts` owns the Zod
 * schemas that produce them (and checks at compile time that the two agree).
 */
import type { HistoryComponentId, HistoryMetricId } from './history-ids';
import type { FredSeriesId } from './ids';
import type { MetricId } from './metrics';
import type { ComponentId } from './pressure';

/** Units used by the fixtures. Money is always USD billions. */
export const UNIT_IDS = [
  'usd-bn', // US dollars, billions
  'pct', // percent (0–100), not a fraction
  'years', // a duration in years (server useful life)
  'year', // a calendar year (e.g. the year inference overtakes training)
  'ratio', // a dimensionless multiple (capex / revenue)
  'bp', // basis points
  'index', // an index level (e.g. NASDAQ Composite, 5 Feb 1971 = 100)
] as const;
export type Unit = (typeof UNIT_IDS)[number];

/**
 * How firm a figure is; every chart draws these differently (`panels/chart/style.ts`).
 * `secondary`: the only page found relays someone else's report (aggregator, summary, newsletter) or the
 * figure is derived; shown with its own mark and never used by the gauge. `scenario`: a what-if path.
 */
export const KIND_IDS = [
  'reported',
  'estimate',
  'projection',
  'superseded',
  'scenario',
  'secondary',
] as const;
export type Kind = (typeof KIND_IDS)[number];

/** Weakest last: an aggregate of several figures takes the weakest kind among them. */
const KIND_RANK: Readonly<Record<Kind, number>> = {
  reported: 0,
  estimate: 1,
  projection: 2,
  scenario: 3,
  secondary: 4,
  superseded: 5,
};

/** The weakest of some kinds (an aggregate is only as firm as its weakest part); null for none. */
export function weakestKind(kinds: Iterable<Kind>): Kind | null {
  let out: Kind | null = null;
  for (const k of kinds) if (out === null || KIND_RANK[k] > KIND_RANK[out]) out = k;
  return out;
}

/** Sources that may lack a link: the seed article and our own method. */
export const SOURCE_ROLES = ['seed', 'method'] as const;
export type SourceRole = (typeof SOURCE_ROLES)[number];

/** A calendar year (integer), an ISO month (`2025-10`) or an ISO date. */
export type Period = number | string;

export interface Revision {
  value: number;
  sourceId: string;
  note?: string | undefined;
  /**
   * True for the Street's expectation (analysts' consensus) before a company figure: shown as the figure
   * it replaced, but not a revision by the publisher itself, so never scored as one.
   */
  consensus?: boolean | undefined;
}

export interface Observation {
  period: Period;
  value: number;
  unit: Unit;
  kind: Kind;
  low?: number | undefined;
  high?: number | undefined;
  sourceId: string;
  note?: string | undefined;
  /** Earlier figures for the same period that this one replaced, oldest first. */
  revisions?: Revision[] | undefined;
}

/** Optional translations of a fixture's English text, by language. */
export interface Translations {
  'zh-TW'?: string | undefined;
}

export interface Series {
  id: string;
  label: string;
  labels?: Translations | undefined;
  entity?: string | undefined;
  /** The hyperscaler whose data centre the series' debt finances (the lessee), when not the entity itself. */
  tenant?: string | undefined;
  observations: Observation[];
}

export interface Dataset {
  id: string;
  title: string;
  description: string;
  asOf: string;
  series: Series[];
}

export interface Source {
  id: string;
  publisher: string;
  title: string;
  date?: string | undefined;
  url?: string | undefined;
  note?: string | undefined;
  /** Only the seed article and our own method may lack a `url`. */
  role?: SourceRole | undefined;
}

export interface AppEvent {
  id: string;
  date: string;
  label: string;
  labels?: Translations | undefined;
  panels: string[];
  entity?: string | undefined;
  sourceId: string;
}

export interface Threshold {
  component: ComponentId;
  metric: MetricId;
  unit: Unit;
  calm: number;
  extreme: number;
  reason: string;
  reasons?: Translations | undefined;
  sourceIds: string[];
}

export interface ThresholdsFile {
  methodVersion: string;
  thresholds: Threshold[];
}

/**
 * How often a dated series is observed. Monthly and quarterly observations are dated the first day of the
 * month or quarter.
 */
export const FREQUENCY_IDS = ['daily', 'monthly', 'quarterly'] as const;
export type Frequency = (typeof FREQUENCY_IDS)[number];

/** One dated observation: an ISO date and its value, `null` for a missing day (never 0, never filled). */
export type DatedValue = [date: string, value: number | null];

/** Where a dated series came from: the publisher's page, the copy that was converted and its checks. */
export interface Provenance {
  publisher: string;
  url: string;
  originalSource: string;
  /** The publisher's units and adjustment, in its words (plus any conversion made for the fixture). */
  fredUnits: string;
  /** The public copy that was converted (repository, commit, path). */
  copiedFrom: string;
  inputFile: string;
  sha256: string;
  /** Where the copy's checks are written down. */
  checks: string;
  note: string;
}

/**
 * When the newest figure of a dated series was published: the statistical release (`release`), inferred
 * from the release calendar (`inferred`; `date` may then be a month), or the day it was downloaded, an
 * upper bound (`retrieved`). A quarterly series is dated by the quarter's first day, so its age is read
 * from this, never from that date.
 */
export interface Vintage {
  date: string;
  basis: 'release' | 'inferred' | 'retrieved';
  note?: string | undefined;
}

/** The data owner's notice, shown wherever the series is shown. */
export interface Licence {
  owner: string;
  notice: string;
  noticeSource: string;
  redistribution: string;
}

/**
 * A long dated series (daily or quarterly), e.g. a FRED series: series-level unit, kind and source,
 * and compact `[date, value]` pairs in strictly increasing date order. Loaded lazily (`fixtures/fred/`).
 */
export interface DatedSeries {
  id: FredSeriesId;
  title: string;
  labels?: Translations | undefined;
  unit: Unit;
  frequency: Frequency;
  kind: Kind;
  sourceId: string;
  /** The last observation's date. */
  asOf: string;
  /** When the newest figure was published (optional: unknown for some copies). */
  vintage?: Vintage | undefined;
  /** FRED's values are divided by this to give the fixture's unit (Z.1 levels: millions → billions). */
  scale?: number | undefined;
  provenance: Provenance;
  licence?: Licence | undefined;
  observations: DatedValue[];
}

/** Where an imported file came from: the long format, a FRED download or an OWID grapher CSV. */
export type ImportFormat = 'long' | 'fred' | 'owid';

/** One figure of an imported series, exactly as the file gave it (never rounded or resampled). */
export interface ImportedPoint {
  /** A year (integer), an ISO date or an ISO date-time in UTC (`2026-03-01T14:00:00Z`). */
  period: Period;
  value: number;
  kind: Kind;
  source: string;
  note?: string | undefined;
}

/**
 * A series an analyst imported. Named `<dataset>/<series>` it overrides that built-in series
 * everywhere (the gauge included); any other name is a custom series placed on a panel.
 */
export interface ImportedSeries {
  name: string;
  /** The recognised unit, or null when the file gave none (FRED, OWID) or free text. */
  unit: Unit | null;
  /** The unit as the file wrote it ('' when none). */
  unitText: string;
  format: ImportFormat;
  /** File name it came from. */
  file: string;
  /** Distinct sources of its rows, in order of first appearance. */
  sources: string[];
  /** Sorted by time. */
  points: ImportedPoint[];
  /** The time panel a custom series is drawn on (null: listed only). Ignored for overrides. */
  panel: string | null;
}

/** One metric's thresholds in the back-tested "history v1" composite (`fixtures/history-thresholds.json`). */
export interface HistoryThreshold {
  component: HistoryComponentId;
  metric: HistoryMetricId;
  unit: Unit;
  /** Raw value scoring 0; if calm > extreme the metric is read the other way round. */
  calm: number;
  /** Raw value scoring 1. */
  extreme: number;
  reason: string;
  reasons?: Translations | undefined;
  sourceIds: string[];
}

/** A market peak marked on the history panel (and a reference reading for the gauge's sentence). */
export interface HistoryPeak {
  id: string;
  quarter: string;
  label: string;
  labels?: Translations | undefined;
  note: string;
  sourceIds: string[];
}

/** A US recession (NBER peak month to trough month). */
export interface HistoryRecession {
  id: string;
  from: string;
  to: string;
  label: string;
  labels?: Translations | undefined;
  sourceId: string;
}

export interface HistoryMethod {
  methodVersion: string;
  /** First quarter scored. */
  from: string;
  /** A quarter with fewer components with data is not scored. */
  minComponents: number;
  /** A daily series' quarter mean needs at least this many observed days. */
  minDays: number;
  thresholds: HistoryThreshold[];
  peaks: HistoryPeak[];
  recessions: HistoryRecession[];
}

/** A named saved view: the view's URL state as a query string. */
export interface SavedView {
  name: string;
  query: string;
  savedAt: string;
}

/** A problem with the browser's saved data: a record set aside, or a write that failed. */
export interface StorageNotice {
  code: 'corrupt' | 'version' | 'writeFailed' | 'unavailable';
  /** Which record: `imports` or `views`. */
  record: string;
  detail: string;
}
