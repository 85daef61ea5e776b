/**
 * Panel and slide ids: the public contract for `[data-panel]`, `panels=` and `focus=`.
 * Kept free of React so the URL codec and the tests can import it.
 */
export const PANEL_IDS = [
  'capex',
  'dc-investment',
  'bonds',
  'spv',
  'ig-share',
  'valuation',
  'compute-mix',
  'depreciation',
  'credit',
  'pressure',
  'history',
] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/** `gauge` is not a chart panel, but it can be listed in `panels=` to make it a slide. */
export const SLIDE_IDS = ['gauge', ...PANEL_IDS] as const;
export type SlideId = (typeof SLIDE_IDS)[number];

export function isPanelId(value: string): value is PanelId {
  return (PANEL_IDS as readonly string[]).includes(value);
}
export function isSlideId(value: string): value is SlideId {
  return (SLIDE_IDS as readonly string[]).includes(value);
}

export const DEFAULT_PANELS: readonly SlideId[] = SLIDE_IDS;

/** The shared year axis of the time-series panels. */
export const YEAR_MIN = 2020;
/**
 * The earliest year `range=` accepts: the back-tested history (method v2) starts in 1923 (build-up from
 * 1923-Q4). The other time charts never draw years before their own data (`chartRange`).
 */
export const RANGE_MIN = 1923;
export const YEAR_MAX = 2030;
export type YearRange = readonly [number, number];
export const FULL_RANGE: YearRange = [YEAR_MIN, YEAR_MAX];

/** Issuers, companies and vehicles that can be selected (`issuer=`). */
export const ISSUER_IDS = [
  'alphabet',
  'amazon',
  'meta',
  'microsoft',
  'oracle',
  'xai',
  'crusoe',
  'hyperion',
  'xai-gpu-spv',
  'vantage',
  'abilene',
] as const;
export type IssuerId = (typeof ISSUER_IDS)[number];
export function isIssuerId(value: string): value is IssuerId {
  return (ISSUER_IDS as readonly string[]).includes(value);
}

/**
 * FRED series bundled as lazily loaded dated fixtures (`fixtures/fred/<id>.json`, made by
 * `scripts/fred-to-fixture.mjs`). The id is FRED's own series id.
 */
export const FRED_SERIES_IDS = [
  'BAMLC0A4CBBB',
  'BAMLH0A0HYM2',
  'BAMLC0A0CM',
  'NASDAQCOM',
  'NCBEILQ027S',
  'NCBDBIQ027S',
  'A679RC1Q027SBEA',
  'GDP',
  // Method v2's long history (docs/METHOD.md): Moody's yields, BIS private credit, NBER recessions.
  'BAA',
  'AAA',
  'QUSPAM770A',
  'USREC',
] as const;
export type FredSeriesId = (typeof FRED_SERIES_IDS)[number];
export function isFredSeriesId(value: string): value is FredSeriesId {
  return (FRED_SERIES_IDS as readonly string[]).includes(value);
}
