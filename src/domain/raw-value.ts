/**
 * What a raw gauge metric is (a value, its kind and what drives it) and the last year of data, which
 * separates estimates from projections. Constants and types only, shared by the model and the figures
 * it reads (company-figures.ts, dated-figures.ts).
 */

/** Latest year with reported or estimated figures; later years are projections. */
export const LAST_DATA_YEAR = 2025;

export type ReadingKind = 'reported' | 'estimate' | 'projection';
/**
 * What drives a metric: sourced figures, company guidance for a future year, a figure revised up from the
 * year's first published one (the Street's expectation or a company's first guidance), or a scenario input.
 */
export type ReadingBasis = 'data' | 'guidance' | 'revised' | 'scenario';
export interface RawValue {
  value: number;
  kind: ReadingKind;
  /** Defaults to `data`. */
  basis?: ReadingBasis;
}

/** `num` as a percentage of `den`. */
export const pct = (num: number, den: number) => (100 * num) / den;
/** The kind of a figure carried past the last data year: a projection after it, else an estimate. */
export const projected = (year: number): ReadingKind => (year > LAST_DATA_YEAR ? 'projection' : 'estimate');
