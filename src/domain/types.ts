/**
 * The plain data types the whole app shares. The domain owns them; `data/schema.ts` owns the Zod
 * schemas that produce them (and checks at compile time that the two agree).
 */
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
] as const;
export type Unit = (typeof UNIT_IDS)[number];

/** How firm a figure is. Every chart draws these differently. */
export const KIND_IDS = ['reported', 'estimate', 'projection', 'superseded'] as const;
export type Kind = (typeof KIND_IDS)[number];

/** A calendar year (integer), an ISO month (`2025-10`) or an ISO date. */
export type Period = number | string;

export interface Revision {
  value: number;
  sourceId: string;
  note?: string | undefined;
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
