/**
 * Method v2's gauge parts as ids (docs/METHOD.md §7): which index each part belongs to, market-wide or
 * AI-specific, and the default weights. Tiny and import-free (the store and the URL codec need it at first
 * paint; the readings themselves, gauge-v2.ts, load with the gauge).
 */
/** The two indices (= `INDEX_IDS` of the back-test). */
export type IndexId = 'buildup' | 'stress';
export const GAUGE_INDEXES = ['buildup', 'stress'] as const;

/** Every part of the two meters, in the order the breakdown lists them (= `DASHBOARD_V2_COMPONENTS`). */
export const GAUGE_COMPONENT_IDS = [
  'valuation',
  'run-up',
  'investment',
  'credit',
  'spread-compression',
  'capex-growth',
  'debt-financing',
  'off-balance-sheet',
  'monetization-gap',
  'depreciation',
  'credit-concentration',
  'spread-widening',
  'drawdown',
  'ai-drawdown',
  'capex-cut',
] as const;
export type GaugeComponentId = (typeof GAUGE_COMPONENT_IDS)[number];

export function isGaugeComponentId(value: string): value is GaugeComponentId {
  return (GAUGE_COMPONENT_IDS as readonly string[]).includes(value);
}

export type GaugeWeights = Record<GaugeComponentId, number>;

/** Default weight of every part. */
export const DEFAULT_PART_WEIGHT = 1;

export function defaultGaugeWeights(): GaugeWeights {
  return Object.fromEntries(GAUGE_COMPONENT_IDS.map((id) => [id, DEFAULT_PART_WEIGHT])) as GaugeWeights;
}

/**
 * Method v1's components whose parts method v2 moved to a new part of their own (METHOD.md §7): the
 * NVIDIA drawdown left `valuation` for stress's `ai-drawdown`, the capex guidance cut left `capex-growth`
 * for stress's `capex-cut`. A v1 link's weight of the old component carries to the new part too (the URL
 * migration); the other v1 ids are v2 ids with the same meaning (`debt-financing` without the BBB spread,
 * which went to the market-wide spread parts, and `valuation` now market-wide).
 */
export const V1_WEIGHT_SPLITS: Readonly<Record<string, readonly GaugeComponentId[]>> = {
  valuation: ['ai-drawdown'],
  'capex-growth': ['capex-cut'],
};

/**
 * The gauge's method version, as every surface states it (meters, picture, CSV, citation): method v2's two
 * indices (docs/METHOD.md). The AI metrics' thresholds fixture keeps its own version (`thresholds.json`).
 */
export const GAUGE_METHOD_VERSION = 'v2';
