/** What-if scenario inputs: their ranges, defaults and the low/high used by the sensitivity view. */

export const SCENARIO_KEYS = ['life', 'growth', 'debt', 'drawdown', 'inference', 'gdp'] as const;
export type ScenarioKey = (typeof SCENARIO_KEYS)[number];
export type Scenario = Record<ScenarioKey, number>;

export interface ScenarioInputSpec {
  key: ScenarioKey;
  min: number;
  max: number;
  step: number;
  default: number;
  /** Values used by the sensitivity view ("each input at its low and high"). */
  low: number;
  high: number;
  unit: 'years' | 'pct' | 'year';
}

/**
 * NVIDIA's latest drawdown in the fixtures, %, to one decimal (`valuation › nvidia-market-cap`: the latest
 * value against the highest). The what-if starts here; `scenario.test.ts` fails when the fixture moves.
 */
export const NVIDIA_DRAWDOWN_DEFAULT = 4.6;

export const SCENARIO_SPECS: Readonly<Record<ScenarioKey, ScenarioInputSpec>> = {
  // Realistic server useful life. Pre-2020 filings used 3–4 years; 2025 filings use 5–6.
  life: { key: 'life', min: 2, max: 8, step: 0.5, default: 4, low: 3, high: 6, unit: 'years' },
  // AI capex growth 2026–2030, % a year. Default 22: the article's path from $405B (2025) to $600B (2027).
  growth: { key: 'growth', min: -50, max: 100, step: 1, default: 22, low: 0, high: 50, unit: 'pct' },
  // Share of AI capex financed with debt from 2026. Default 25: 2025 bond deals (~$101B) over $405B of capex.
  debt: { key: 'debt', min: 0, max: 100, step: 1, default: 25, low: 10, high: 50, unit: 'pct' },
  // NVIDIA drawdown from its 2025-10-29 peak, %. Default: the latest fixture figure (26 Feb 2026, ~$4.8T
  // against $5.03T: 4.6% below the high; `fixtureDrawdown` in model.ts computes it and a test keeps the two
  // equal). Step 0.1 so the default is the figure itself, not a rounding of it.
  drawdown: {
    key: 'drawdown',
    min: 0,
    max: 95,
    step: 0.1,
    default: NVIDIA_DRAWDOWN_DEFAULT,
    low: 0,
    high: 50,
    unit: 'pct',
  },
  // Year inference overtakes training. Default 2029 (the article).
  inference: {
    key: 'inference',
    min: 2026,
    max: 2035,
    step: 1,
    default: 2029,
    low: 2027,
    high: 2032,
    unit: 'year',
  },
  // US nominal GDP growth after the last full year of FRED data, % a year. Default 5: 2025's nominal growth
  // in the data (annual means of quarterly SAAR: $30,861B over $29,381B = +5.0%).
  gdp: { key: 'gdp', min: -5, max: 12, step: 0.5, default: 5, low: 2, high: 8, unit: 'pct' },
};

export function defaultScenario(): Scenario {
  return Object.fromEntries(SCENARIO_KEYS.map((k) => [k, SCENARIO_SPECS[k].default])) as Scenario;
}

export function isScenarioKey(value: string): value is ScenarioKey {
  return (SCENARIO_KEYS as readonly string[]).includes(value);
}

/** Clamp a value into the input's range and snap it to its step; null when not finite. */
export function normaliseScenarioValue(key: ScenarioKey, value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const spec = SCENARIO_SPECS[key];
  const clamped = Math.min(spec.max, Math.max(spec.min, value));
  const snapped = Math.round((clamped - spec.min) / spec.step) * spec.step + spec.min;
  return Number(snapped.toFixed(6));
}
