/**
 * Zod schemas for every fixture in `fixtures/`. Types are inferred from the schemas,
 * so the data the app reads is exactly the data that was validated.
 *
 * Uses `zod/mini` to keep the first-paint bundle small (~4.5 KB instead of ~27 KB).
 */
import * as z from 'zod/mini';
import { METRIC_IDS } from '../domain/metrics';
import { COMPONENT_IDS } from '../domain/pressure';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (YYYY-MM-DD)'));
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'));

/** Units used by the fixtures. Money is always USD billions. */
export const UnitSchema = z.enum([
  'usd-bn', // US dollars, billions
  'pct', // percent (0–100), not a fraction
  'years', // a duration in years (server useful life)
  'year', // a calendar year (e.g. the year inference overtakes training)
  'ratio', // a dimensionless multiple (capex / revenue)
  'bp', // basis points
]);
export type Unit = z.infer<typeof UnitSchema>;

/** How firm a figure is. Every chart draws these differently. */
export const KindSchema = z.enum(['reported', 'estimate', 'projection', 'superseded']);
export type Kind = z.infer<typeof KindSchema>;

const isoMonthOrDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected an ISO month or date (YYYY-MM or YYYY-MM-DD)'));

/** A period is a calendar year (integer), an ISO month (`2025-10`) or an ISO date. */
export const PeriodSchema = z.union([z.int().check(z.gte(1990), z.lte(2100)), isoMonthOrDate]);
export type Period = z.infer<typeof PeriodSchema>;

export const RevisionSchema = z.object({
  value: z.number(),
  sourceId: id,
  note: z.optional(z.string()),
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
export type Observation = z.infer<typeof ObservationSchema>;

/** Optional translations of a fixture's English text, by language. */
export const TranslationsSchema = z.object({ 'zh-TW': z.optional(z.string().check(z.minLength(1))) });
export type Translations = z.infer<typeof TranslationsSchema>;

export const SeriesSchema = z.object({
  id,
  label: z.string().check(z.minLength(1)),
  /** The label in other languages (English `label` is the fallback). */
  labels: z.optional(TranslationsSchema),
  /** The issuer, company or vehicle sponsor this series belongs to (e.g. `meta`), for selection. */
  entity: z.optional(id),
  observations: z.array(ObservationSchema).check(z.minLength(1)),
});
export type Series = z.infer<typeof SeriesSchema>;

export const DatasetSchema = z.object({
  /** Must equal the file name without `.json`. */
  id,
  title: z.string().check(z.minLength(1)),
  description: z.string(),
  asOf: isoDate,
  series: z.array(SeriesSchema).check(z.minLength(1)),
});
export type Dataset = z.infer<typeof DatasetSchema>;

export const SourceSchema = z.object({
  id,
  publisher: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  date: z.optional(isoDate),
  url: z.optional(z.url()),
  note: z.optional(z.string()),
});
export type Source = z.infer<typeof SourceSchema>;

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
export type AppEvent = z.infer<typeof EventSchema>;
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
export type Threshold = z.infer<typeof ThresholdSchema>;
export const ThresholdsFileSchema = z.object({
  methodVersion: z.string(),
  thresholds: z.array(ThresholdSchema).check(z.minLength(1)),
});
export type ThresholdsFile = z.infer<typeof ThresholdsFileSchema>;
