/**
 * The composite "bubble pressure" index: pure maths, no React.
 *
 * Method v1
 * - Each metric's raw value is scored 0–1 between a "calm" and an "extreme" threshold, clipped.
 *   If calm > extreme the metric is read the other way round; either way a higher score means more pressure.
 * - A component's score is the mean of the scores of its metrics that have data.
 * - Composite = 100 × Σ wᵢsᵢ / Σ wᵢ over the components that have data; contribution i = 100 × wᵢsᵢ / Σ wᵢ,
 *   so the contributions add up to the composite.
 */

export const COMPONENT_IDS = [
  'capex-growth',
  'debt-financing',
  'off-balance-sheet',
  'valuation',
  'monetization-gap',
  'depreciation',
  'credit-concentration',
] as const;
export type ComponentId = (typeof COMPONENT_IDS)[number];

export function isComponentId(value: string): value is ComponentId {
  return (COMPONENT_IDS as readonly string[]).includes(value);
}

export type Weights = Record<ComponentId, number>;

export const DEFAULT_WEIGHT = 1;
/** Upper bound on a weight: generous (the issue asks only for ≥ 0), and keeps links short and finite. */
export const MAX_WEIGHT = 100;
/** The weight slider's range; the number box takes any weight up to MAX_WEIGHT. */
export const SLIDER_MAX_WEIGHT = 10;

export function defaultWeights(): Weights {
  return Object.fromEntries(COMPONENT_IDS.map((id) => [id, DEFAULT_WEIGHT])) as Weights;
}

/** Score a raw value 0–1 between calm (0) and extreme (1), clipped. Non-finite input gives null. */
export function scoreMetric(raw: number | null, calm: number, extreme: number): number | null {
  if (raw === null || !Number.isFinite(raw) || !Number.isFinite(calm) || !Number.isFinite(extreme))
    return null;
  if (calm === extreme) return raw >= extreme ? 1 : 0;
  const t = (raw - calm) / (extreme - calm);
  return Math.min(1, Math.max(0, t));
}

/** Mean of the non-null scores, or null when none has data. */
export function componentScore(metricScores: ReadonlyArray<number | null>): number | null {
  const present = metricScores.filter((s): s is number => s !== null);
  if (present.length === 0) return null;
  return present.reduce((a, b) => a + b, 0) / present.length;
}

export type CompositeResult =
  | {
      ok: true;
      value: number;
      contributions: Record<ComponentId, number>;
      /** Σ wᵢ over components with data. */
      totalWeight: number;
      /** Components that had data for this reading. */
      covered: ComponentId[];
    }
  | { ok: false; reason: 'no-weight' | 'no-data'; contributions: Record<ComponentId, number> };

function zeroContributions(): Record<ComponentId, number> {
  return Object.fromEntries(COMPONENT_IDS.map((id) => [id, 0])) as Record<ComponentId, number>;
}

/**
 * Composite index 0–100. Components with a null score (no data) are left out of Σ wᵢ.
 * Negative or non-finite weights count as zero.
 */
export function composite(
  scores: Readonly<Record<ComponentId, number | null>>,
  weights: Readonly<Weights>,
): CompositeResult {
  const contributions = zeroContributions();
  const covered = COMPONENT_IDS.filter((id) => scores[id] !== null);
  if (covered.length === 0) return { ok: false, reason: 'no-data', contributions };
  const w = (id: ComponentId) => {
    const x = weights[id];
    return Number.isFinite(x) && x > 0 ? x : 0;
  };
  const totalWeight = covered.reduce((sum, id) => sum + w(id), 0);
  if (totalWeight <= 0) return { ok: false, reason: 'no-weight', contributions };
  let value = 0;
  for (const id of covered) {
    const s = Math.min(1, Math.max(0, scores[id] ?? 0));
    const c = (100 * w(id) * s) / totalWeight;
    contributions[id] = c;
    value += c;
  }
  return { ok: true, value: Math.min(100, Math.max(0, value)), contributions, totalWeight, covered };
}

export type Band = 'calm' | 'elevated' | 'high' | 'extreme';
export const BANDS: ReadonlyArray<{ band: Band; from: number; to: number }> = [
  { band: 'calm', from: 0, to: 25 },
  { band: 'elevated', from: 25, to: 50 },
  { band: 'high', from: 50, to: 75 },
  { band: 'extreme', from: 75, to: 100 },
];

/** Band of a composite value: 0–25 calm, 25–50 elevated, 50–75 high, 75–100 extreme (lower bound inclusive). */
export function bandOf(value: number): Band {
  if (value >= 75) return 'extreme';
  if (value >= 50) return 'high';
  if (value >= 25) return 'elevated';
  return 'calm';
}

/** A component is "red" (in its extreme zone) from this score on. */
export const RED_SCORE = 0.75;

/**
 * The composite as the gauge shows it: one decimal, and the band of that shown number, so the headline
 * never contradicts its band (49.96 shows as 50.0 · high, never 50.0 · elevated).
 */
export function headline(value: number): { shown: number; band: Band } {
  const shown = Math.round(value * 10) / 10;
  return { shown, band: bandOf(shown) };
}
