import type { Band } from '../domain/pressure';

export const BAND_COLORS: Readonly<Record<Band, string>> = {
  calm: '#3a9a5b',
  elevated: '#d4a017',
  high: '#e07020',
  extreme: '#c0392b',
};

/**
 * One colour per part of method v2's two meters: the market-wide parts in blues and greys, the AI-specific
 * build-up parts in the Okabe–Ito colours of their v1 components, the stress parts in reds and purples.
 */
export const PART_COLORS: Readonly<Record<string, string>> = {
  valuation: '#1f4e79',
  'run-up': '#4a7fb0',
  investment: '#7fa7cf',
  credit: '#5b6770',
  'spread-compression': '#9aa5ad',
  'capex-growth': '#0072B2',
  'debt-financing': '#E69F00',
  'off-balance-sheet': '#D55E00',
  'monetization-gap': '#009E73',
  depreciation: '#56B4E9',
  'credit-concentration': '#6b5b2e',
  'spread-widening': '#8c2d5a',
  drawdown: '#c0607f',
  'ai-drawdown': '#CC79A7',
  'capex-cut': '#7a3b9a',
};
