import type { FredSeriesId } from './ids';

/** Components and metrics of the back-tested "history v1" composite (four market-based components). */
export const HISTORY_COMPONENT_IDS = ['valuation', 'investment', 'credit', 'debt'] as const;
export type HistoryComponentId = (typeof HISTORY_COMPONENT_IDS)[number];

export const HISTORY_METRIC_IDS = [
  'equities-gdp',
  'nasdaq-drawdown',
  'infotech-gdp',
  'bbb-oas',
  'hy-oas',
  'debt-yoy',
] as const;
export type HistoryMetricId = (typeof HISTORY_METRIC_IDS)[number];

/** The component each metric belongs to. */
export const HISTORY_METRIC_COMPONENT: Readonly<Record<HistoryMetricId, HistoryComponentId>> = {
  'equities-gdp': 'valuation',
  'nasdaq-drawdown': 'valuation',
  'infotech-gdp': 'investment',
  'bbb-oas': 'credit',
  'hy-oas': 'credit',
  'debt-yoy': 'debt',
};

/** The FRED series the history method reads. */
export const HISTORY_SERIES: readonly FredSeriesId[] = [
  'NCBEILQ027S',
  'GDP',
  'NASDAQCOM',
  'A679RC1Q027SBEA',
  'BAMLC0A4CBBB',
  'BAMLH0A0HYM2',
  'NCBDBIQ027S',
];

/** The FRED series method v2's history reads (the same list as `V2_SERIES_IDS`, kept small for first paint). */
export const HISTORY_V2_SERIES: readonly FredSeriesId[] = [
  'BAA',
  'AAA',
  'BAMLC0A4CBBB',
  'BAMLH0A0HYM2',
  'NASDAQCOM',
  'NCBEILQ027S',
  'NCBDBIQ027S',
  'GDP',
  'A679RC1Q027SBEA',
  'QUSPAM770A',
  'USREC',
];

/** Sources the history v2 panel lists: the FRED series it reads, Shiller's data and NBER's dates. */
export const HISTORY_V2_SOURCE_IDS = [
  'shiller-ie-data',
  'fred-baa',
  'fred-aaa',
  'fred-bamlc0a4cbbb',
  'fred-bamlh0a0hym2',
  'fred-nasdaqcom',
  'fred-ncbeilq027s',
  'fred-ncbdbiq027s',
  'fred-gdp',
  'fred-a679rc1q027sbea',
  'fred-quspam770a',
  'fred-usrec',
  'nber-business-cycles',
] as const;
