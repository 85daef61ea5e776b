/** The gauge's metrics and the component each belongs to. Constants only (the fixture schema reads them). */
import type { ComponentId } from './pressure';

export const METRIC_IDS = [
  'capex-yoy',
  'capex-revision',
  'capex-gdp',
  'bonds-to-capex',
  'bbb-spread',
  'spv-to-bonds',
  'buffett-indicator',
  'nvidia-drawdown',
  'training-share',
  'years-to-inference',
  'depreciation-understatement',
  'ai-ig-share',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export const METRIC_COMPONENT: Readonly<Record<MetricId, ComponentId>> = {
  'capex-yoy': 'capex-growth',
  'capex-revision': 'capex-growth',
  'capex-gdp': 'capex-growth',
  'bonds-to-capex': 'debt-financing',
  'bbb-spread': 'debt-financing',
  'spv-to-bonds': 'off-balance-sheet',
  'buffett-indicator': 'valuation',
  'nvidia-drawdown': 'valuation',
  'training-share': 'monetization-gap',
  'years-to-inference': 'monetization-gap',
  'depreciation-understatement': 'depreciation',
  'ai-ig-share': 'credit-concentration',
};
