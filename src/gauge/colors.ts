import type { Band, ComponentId } from '../domain/pressure';

/** One colour-blind-safe colour per component (Okabe–Ito plus two neutrals). */
export const COMPONENT_COLORS: Readonly<Record<ComponentId, string>> = {
  'capex-growth': '#0072B2',
  'debt-financing': '#E69F00',
  'off-balance-sheet': '#D55E00',
  valuation: '#CC79A7',
  'monetization-gap': '#009E73',
  depreciation: '#56B4E9',
  'credit-concentration': '#6b5b2e',
};

export const BAND_COLORS: Readonly<Record<Band, string>> = {
  calm: '#3a9a5b',
  elevated: '#d4a017',
  high: '#e07020',
  extreme: '#c0392b',
};
