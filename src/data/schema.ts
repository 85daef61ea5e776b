/**
 * Zod schemas for every fixture in `fixtures/`. Types are inferred from the schemas,
 * so the data the app reads is exactly the data that was validated.
 *
 * Uses `zod/mini` to keep the first-paint bundle small (~4.5 KB instead of ~27 KB).
 */
import * as z from 'zod/mini';
import { HISTORY_COMPONENT_IDS, HISTORY_METRIC_IDS } from '../domain/history-ids';
import { FRED_SERIES_IDS } from '../domain/ids';
import { METRIC_IDS } from '../domain/metrics';
import { COMPONENT_IDS } from '../domain/pressure';
import type {
  AppEvent,
  Dataset,
  DatedSeries,
  DatedValue,
  Frequency,
  HistoryMethod,
  HistoryPeak,
  HistoryRecession,
  HistoryThreshold,
  Kind,
  Licence,
  Observation,
  Period,
  Provenance,
  Series,
  Source,
  Threshold,
  ThresholdsFile,
  Translations,
  Unit,
  Vintage,
} from '../domain/types';
import { FREQUENCY_IDS, KIND_IDS, SOURCE_ROLES, UNIT_IDS } from '../domain/types';

/**
 * Import the domain types from `domain/types.ts`. These two stay re-exported only until the time chart
 * (src/panels/chart/time-chart.tsx, being split on another branch) imports them from there.
 */
export type { AppEvent, Unit };

/** True when A and B are the same type; a schema whose output drifts from the domain type fails to compile. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (YYYY-MM-DD)'));
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'));

/** Units used by the fixtures. Money is always USD billions. */
export const UnitSchema = z.enum(UNIT_IDS);

/** How firm a figure is. Every chart draws these differently. */
export const KindSchema = z.enum(KIND_IDS);

const isoMonthOrDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected an ISO month or date (YYYY-MM or YYYY-MM-DD)'));

/** A period is a calendar year (integer), an ISO month (`2025-10`) or an ISO date. */
export const PeriodSchema = z.union([z.int().check(z.gte(1990), z.lte(2100)), isoMonthOrDate]);

export const RevisionSchema = z.object({
  value: z.number(),
  sourceId: id,
  note: z.optional(z.string()),
  /** The Street's expectation before a company figure: shown, never scored as a revision. */
  consensus: z.optional(z.boolean()),
});

export const ObservationSchema = z.object({
  period: PeriodSchema,
  value: z.number(),
  unit: UnitSchema,
  kind: KindSchema,
  low: z.optional(z.number()),
  high: z.optional(z.number()),
  sourceId: id,
  note: z.optional(z.string()),
  /** Earlier figures for the same period that this one replaced, oldest first. */
  revisions: z.optional(z.array(RevisionSchema)),
});

/** Optional translations of a fixture's English text, by language. */
export const TranslationsSchema = z.object({ 'zh-TW': z.optional(z.string().check(z.minLength(1))) });

export const SeriesSchema = z.object({
  id,
  label: z.string().check(z.minLength(1)),
  /** The label in other languages (English `label` is the fallback). */
  labels: z.optional(TranslationsSchema),
  /** The issuer, company or vehicle sponsor this series belongs to (e.g. `meta`), for selection. */
  entity: z.optional(id),
  /** The hyperscaler whose data centre the series' debt finances (the lessee), when not the entity. */
  tenant: z.optional(id),
  observations: z.array(ObservationSchema).check(z.minLength(1)),
});

export const DatasetSchema = z.object({
  /** Must equal the file name without `.json`. */
  id,
  title: z.string().check(z.minLength(1)),
  description: z.string(),
  asOf: isoDate,
  series: z.array(SeriesSchema).check(z.minLength(1)),
});

export const SourceSchema = z.object({
  id,
  publisher: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  /** Publication or filing date; `YYYY-MM` when the page gives only the month. Required (see load.ts). */
  date: z.optional(isoMonthOrDate),
  url: z.optional(z.url()),
  note: z.optional(z.string()),
  /** `seed` (the seed article) or `method` (our own choices): the only sources allowed without a url. */
  role: z.optional(z.enum(SOURCE_ROLES)),
});

export const SourcesFileSchema = z.object({ sources: z.array(SourceSchema).check(z.minLength(1)) });

export const EventSchema = z.object({
  id,
  date: isoDate,
  label: z.string().check(z.minLength(1)),
  labels: z.optional(TranslationsSchema),
  /** Panel ids this event annotates. */
  panels: z.array(id),
  entity: z.optional(id),
  sourceId: id,
});
export const EventsFileSchema = z.object({ events: z.array(EventSchema) });

export const ThresholdSchema = z.object({
  /** Gauge component id, e.g. `capex-growth`. */
  component: z.enum(COMPONENT_IDS),
  /** Metric id within the component, e.g. `capex-yoy`. */
  metric: z.enum(METRIC_IDS),
  unit: UnitSchema,
  /** Raw value at or below which the component scores 0. */
  calm: z.number(),
  /** Raw value at or above which the component scores 1. */
  extreme: z.number(),
  reason: z.string().check(z.minLength(1)),
  /** The reason in other languages (English `reason` is the fallback). */
  reasons: z.optional(TranslationsSchema),
  sourceIds: z.array(id).check(z.minLength(1)),
});
export const ThresholdsFileSchema = z.object({
  methodVersion: z.string(),
  thresholds: z.array(ThresholdSchema).check(z.minLength(1)),
});

export const FrequencySchema = z.enum(FREQUENCY_IDS);

/** `[date, value]`; `null` is a missing day (FRED's blank or `.`), never zero. */
export const DatedValueSchema = z.tuple([isoDate, z.nullable(z.number())]);

export const ProvenanceSchema = z.object({
  publisher: z.string().check(z.minLength(1)),
  url: z.url(),
  originalSource: z.string().check(z.minLength(1)),
  fredUnits: z.string().check(z.minLength(1)),
  copiedFrom: z.string().check(z.minLength(1)),
  inputFile: z.string().check(z.minLength(1)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex')),
  checks: z.string(),
  note: z.string(),
});

export const VintageSchema = z.object({
  date: isoMonthOrDate,
  basis: z.enum(['release', 'inferred', 'retrieved']),
  note: z.optional(z.string()),
});

export const LicenceSchema = z.object({
  owner: z.string().check(z.minLength(1)),
  notice: z.string().check(z.minLength(1)),
  noticeSource: z.string().check(z.minLength(1)),
  redistribution: z.string().check(z.minLength(1)),
});

/** A long daily or quarterly series (`fixtures/fred/<id>.json`), loaded lazily. */
export const DatedSeriesSchema = z.object({
  /** FRED's series id; must equal the file name. */
  id: z.enum(FRED_SERIES_IDS),
  title: z.string().check(z.minLength(1)),
  labels: z.optional(TranslationsSchema),
  unit: UnitSchema,
  frequency: FrequencySchema,
  kind: KindSchema,
  sourceId: id,
  asOf: isoDate,
  /** When the newest figure was published; optional (unknown for some copies). */
  vintage: z.optional(VintageSchema),
  /** FRED's values are divided by this to give the fixture's unit. */
  scale: z.optional(z.number().check(z.positive())),
  provenance: ProvenanceSchema,
  licence: z.optional(LicenceSchema),
  observations: z.array(DatedValueSchema).check(z.minLength(1)),
});

const quarter = z.string().check(z.regex(/^\d{4}-Q[1-4]$/, 'expected a quarter (YYYY-Qn)'));
const isoMonth = z.string().check(z.regex(/^\d{4}-\d{2}$/, 'expected an ISO month (YYYY-MM)'));

export const HistoryThresholdSchema = z.object({
  component: z.enum(HISTORY_COMPONENT_IDS),
  metric: z.enum(HISTORY_METRIC_IDS),
  unit: UnitSchema,
  calm: z.number(),
  extreme: z.number(),
  reason: z.string().check(z.minLength(1)),
  reasons: z.optional(TranslationsSchema),
  sourceIds: z.array(id).check(z.minLength(1)),
});
export const HistoryPeakSchema = z.object({
  id,
  quarter,
  label: z.string().check(z.minLength(1)),
  labels: z.optional(TranslationsSchema),
  note: z.string(),
  sourceIds: z.array(id).check(z.minLength(1)),
});
export const HistoryRecessionSchema = z.object({
  id,
  from: isoMonth,
  to: isoMonth,
  label: z.string().check(z.minLength(1)),
  labels: z.optional(TranslationsSchema),
  sourceId: id,
});
/** `fixtures/history-thresholds.json`: the back-tested "history v1" method. */
export const HistoryMethodSchema = z.object({
  methodVersion: z.string().check(z.minLength(1)),
  from: quarter,
  minComponents: z.int().check(z.gte(1), z.lte(HISTORY_COMPONENT_IDS.length)),
  minDays: z.int().check(z.gte(1)),
  thresholds: z.array(HistoryThresholdSchema).check(z.minLength(1)),
  peaks: z.array(HistoryPeakSchema),
  recessions: z.array(HistoryRecessionSchema),
});

// Compile-time agreement of every schema with its domain type.
const _unit: Same<z.infer<typeof UnitSchema>, Unit> = true;
const _kind: Same<z.infer<typeof KindSchema>, Kind> = true;
const _period: Same<z.infer<typeof PeriodSchema>, Period> = true;
const _observation: Same<z.infer<typeof ObservationSchema>, Observation> = true;
const _translations: Same<z.infer<typeof TranslationsSchema>, Translations> = true;
const _series: Same<z.infer<typeof SeriesSchema>, Series> = true;
const _dataset: Same<z.infer<typeof DatasetSchema>, Dataset> = true;
const _source: Same<z.infer<typeof SourceSchema>, Source> = true;
const _appEvent: Same<z.infer<typeof EventSchema>, AppEvent> = true;
const _threshold: Same<z.infer<typeof ThresholdSchema>, Threshold> = true;
const _thresholdsFile: Same<z.infer<typeof ThresholdsFileSchema>, ThresholdsFile> = true;
const _frequency: Same<z.infer<typeof FrequencySchema>, Frequency> = true;
const _datedValue: Same<z.infer<typeof DatedValueSchema>, DatedValue> = true;
const _provenance: Same<z.infer<typeof ProvenanceSchema>, Provenance> = true;
const _licence: Same<z.infer<typeof LicenceSchema>, Licence> = true;
const _vintage: Same<z.infer<typeof VintageSchema>, Vintage> = true;
const _datedSeries: Same<z.infer<typeof DatedSeriesSchema>, DatedSeries> = true;
const _historyThreshold: Same<z.infer<typeof HistoryThresholdSchema>, HistoryThreshold> = true;
const _historyPeak: Same<z.infer<typeof HistoryPeakSchema>, HistoryPeak> = true;
const _historyRecession: Same<z.infer<typeof HistoryRecessionSchema>, HistoryRecession> = true;
const _historyMethod: Same<z.infer<typeof HistoryMethodSchema>, HistoryMethod> = true;
void [
  _historyThreshold,
  _historyPeak,
  _historyRecession,
  _historyMethod,
  _frequency,
  _datedValue,
  _provenance,
  _licence,
  _vintage,
  _datedSeries,
  _unit,
  _kind,
  _period,
  _observation,
  _translations,
  _series,
  _dataset,
  _source,
  _appEvent,
  _threshold,
  _thresholdsFile,
];
