/**
 * Method v2 (docs/METHOD.md): the two indices, their components and metrics, the series each metric reads,
 * its transform, direction and publication lag. Constants only: the computation is in `history.ts`.
 * Every number here was fixed in METHOD.md before the evaluation ran.
 */

export const METHOD_VERSION = 'v2' as const;

/** The two indices. */
export const INDEX_IDS = ['buildup', 'stress'] as const;
export type IndexId = (typeof INDEX_IDS)[number];

/** FRED series v2 reads (Shiller's monthly data comes separately). */
export const V2_SERIES_IDS = [
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
] as const;
export type V2SeriesId = (typeof V2_SERIES_IDS)[number];
/** The name of Shiller's data among the inputs (not a FRED id). */
export const SHILLER_ID = 'shiller' as const;
export type V2InputId = V2SeriesId | typeof SHILLER_ID;
export const V2_INPUT_IDS: readonly V2InputId[] = [...V2_SERIES_IDS, SHILLER_ID];

export function isV2SeriesId(value: string): value is V2SeriesId {
  return (V2_SERIES_IDS as readonly string[]).includes(value);
}

/**
 * Publication lags, in quarters (or months for Shiller's CPI and earnings): a value for quarter q is first
 * used when scoring quarter q + lag (METHOD.md §2). Daily and monthly market series: 0.
 */
export const V2_LAGS = {
  quarters: {
    GDP: 1,
    A679RC1Q027SBEA: 1,
    NCBEILQ027S: 1,
    NCBDBIQ027S: 1,
    QUSPAM770A: 2,
  },
  shillerMonths: { price: 0, cpi: 1, earnings: 6 },
} as const;

/** Z.1 series are used from this quarter (quarterly from 1952; earlier points are annual). */
export const Z1_FROM = '1952-Q1';

/** Expanding percentiles need this many values of the metric (five years) before a score. */
export const PERCENTILE_BURN_IN = 20;
/** A one-sided Hodrick–Prescott gap needs this many quarters of its series (ten years). */
export const HP_MIN_QUARTERS = 40;
/** Smoothing of the one-sided Hodrick–Prescott trend (the Basel III credit-gap value). */
export const HP_LAMBDA = 400_000;
/** Daily series: a quarter mean needs this many observed days. */
export const MIN_DAYS = 20;
/** Run-up window (quarters). */
export const RUN_UP_QUARTERS = 8;
/** Growth window of a ratio (quarters). */
export const GROWTH_QUARTERS = 12;
/** Spread widening: lowest quarter of this many (the current one included). */
export const WIDENING_QUARTERS = 8;
/** Drawdown window: 52 weeks, as days (daily) and months (monthly). */
export const DRAWDOWN_DAYS = 364;
export const DRAWDOWN_MONTHS = 12;
/** CAPE: months of real earnings averaged. */
export const CAPE_MONTHS = 120;

/** Horizon of both events, quarters. */
export const HORIZON = 8;
/** A bust is a fall of at least this fraction from the peak, in quarter means. */
export const BUST_FALL = 0.4;
/** "High" band: an index reading at or above this is an alarm (a score ≥ HIGH / 100 for inputs). */
export const HIGH = 50;

export const BUILDUP_COMPONENT_IDS = [
  'valuation',
  'run-up',
  'investment',
  'credit',
  'spread-compression',
] as const;
export const STRESS_COMPONENT_IDS = ['spread-widening', 'drawdown'] as const;
export const V2_COMPONENT_IDS = [...BUILDUP_COMPONENT_IDS, ...STRESS_COMPONENT_IDS] as const;
export type V2ComponentId = (typeof V2_COMPONENT_IDS)[number];

/** Components an index needs to be scored that quarter. */
export const MIN_COMPONENTS: Readonly<Record<IndexId, number>> = { buildup: 3, stress: 2 };

export const V2_METRIC_IDS = [
  'cape',
  'equities-gdp',
  'spx-run-up',
  'nasdaq-run-up',
  'it-investment-gap',
  'credit-gap',
  'corp-debt-growth',
  'baa-aaa-tight',
  'bbb-oas-tight',
  'hy-oas-tight',
  'baa-aaa-widening',
  'bbb-oas-widening',
  'hy-oas-widening',
  'spx-drawdown-52w',
  'nasdaq-drawdown-52w',
] as const;
export type V2MetricId = (typeof V2_METRIC_IDS)[number];

export type Transform =
  | 'level'
  | 'run-up'
  | 'hp-gap-log'
  | 'hp-gap'
  | 'growth'
  | 'tightness'
  | 'widening'
  | 'drawdown-52w';

export interface MetricMeta {
  id: V2MetricId;
  component: V2ComponentId;
  /** The inputs it reads. */
  inputs: readonly V2InputId[];
  transform: Transform;
  /** Unit of the raw value. */
  unit: 'ratio' | 'pct' | 'pp';
  /** Short English description (the UI's catalogue may translate it). */
  label: string;
  reason: string;
}

export const V2_METRICS: Readonly<Record<V2MetricId, MetricMeta>> = {
  cape: {
    id: 'cape',
    component: 'valuation',
    inputs: [SHILLER_ID],
    transform: 'level',
    unit: 'ratio',
    label: 'Cyclically adjusted P/E (S&P composite, earnings lagged 6 months)',
    reason: 'Price against ten years of real earnings: the classic long-run valuation measure (Shiller).',
  },
  'equities-gdp': {
    id: 'equities-gdp',
    component: 'valuation',
    inputs: ['NCBEILQ027S', 'GDP'],
    transform: 'level',
    unit: 'pct',
    label: 'Nonfinancial corporate equities / GDP (Z.1, lagged 1 quarter)',
    reason: 'Market value against output (a Buffett-style ratio) on one public series.',
  },
  'spx-run-up': {
    id: 'spx-run-up',
    component: 'run-up',
    inputs: [SHILLER_ID],
    transform: 'run-up',
    unit: 'pct',
    label: 'S&P composite, change over two years',
    reason: 'Greenwood, Shleifer & You: sharp two-year run-ups raise the chance of a crash.',
  },
  'nasdaq-run-up': {
    id: 'nasdaq-run-up',
    component: 'run-up',
    inputs: ['NASDAQCOM'],
    transform: 'run-up',
    unit: 'pct',
    label: 'NASDAQ Composite, change over two years',
    reason: 'The same run-up on the technology-heavy index, where it exists (1971–).',
  },
  'it-investment-gap': {
    id: 'it-investment-gap',
    component: 'investment',
    inputs: ['A679RC1Q027SBEA', 'GDP'],
    transform: 'hp-gap-log',
    unit: 'pct',
    label: 'IT investment share of GDP above its one-sided trend (lagged 1 quarter)',
    reason:
      "Investment racing ahead of its own trend; detrended because IT's share rose eight-fold since 1947.",
  },
  'credit-gap': {
    id: 'credit-gap',
    component: 'credit',
    inputs: ['QUSPAM770A'],
    transform: 'hp-gap',
    unit: 'pp',
    label: 'Private credit-to-GDP gap (BIS data, one-sided HP, lagged 2 quarters)',
    reason: 'The Basel III buffer guide: credit above its long-run trend.',
  },
  'corp-debt-growth': {
    id: 'corp-debt-growth',
    component: 'credit',
    inputs: ['NCBDBIQ027S', 'GDP'],
    transform: 'growth',
    unit: 'pct',
    label: 'Nonfinancial corporate debt securities / GDP, change over three years (lagged 1 quarter)',
    reason: 'Greenwood, Hanson, Shleifer & Sørensen: three-year credit growth with asset-price growth.',
  },
  'baa-aaa-tight': {
    id: 'baa-aaa-tight',
    component: 'spread-compression',
    inputs: ['BAA', 'AAA'],
    transform: 'tightness',
    unit: 'pp',
    label: "Moody's Baa − Aaa spread, read tight = stretched",
    reason: 'López-Salido, Stein & Zakrajšek; Krishnamurthy & Muir: spreads are too low before busts.',
  },
  'bbb-oas-tight': {
    id: 'bbb-oas-tight',
    component: 'spread-compression',
    inputs: ['BAMLC0A4CBBB'],
    transform: 'tightness',
    unit: 'pct',
    label: 'ICE BofA BBB option-adjusted spread, read tight = stretched',
    reason: 'Tight BBB spreads: credit risk aggressively priced (the gauge’s BBB series).',
  },
  'hy-oas-tight': {
    id: 'hy-oas-tight',
    component: 'spread-compression',
    inputs: ['BAMLH0A0HYM2'],
    transform: 'tightness',
    unit: 'pct',
    label: 'ICE BofA high-yield option-adjusted spread, read tight = stretched',
    reason: 'Tight junk spreads: the clearest sign of credit-market exuberance.',
  },
  'baa-aaa-widening': {
    id: 'baa-aaa-widening',
    component: 'spread-widening',
    inputs: ['BAA', 'AAA'],
    transform: 'widening',
    unit: 'pct',
    label: "Moody's Baa − Aaa spread above its two-year low",
    reason: 'Krishnamurthy & Muir: the turn into a crisis comes with a large rise in spreads.',
  },
  'bbb-oas-widening': {
    id: 'bbb-oas-widening',
    component: 'spread-widening',
    inputs: ['BAMLC0A4CBBB'],
    transform: 'widening',
    unit: 'pct',
    label: 'ICE BofA BBB spread above its two-year low',
    reason: 'Widening from the low is strain showing.',
  },
  'hy-oas-widening': {
    id: 'hy-oas-widening',
    component: 'spread-widening',
    inputs: ['BAMLH0A0HYM2'],
    transform: 'widening',
    unit: 'pct',
    label: 'ICE BofA high-yield spread above its two-year low',
    reason: 'Widening from the low is strain showing.',
  },
  'spx-drawdown-52w': {
    id: 'spx-drawdown-52w',
    component: 'drawdown',
    inputs: [SHILLER_ID],
    transform: 'drawdown-52w',
    unit: 'pct',
    label: 'S&P composite below its 52-week high',
    reason: 'A market falling from its recent high is cracking; rolling, so old peaks do not mask new booms.',
  },
  'nasdaq-drawdown-52w': {
    id: 'nasdaq-drawdown-52w',
    component: 'drawdown',
    inputs: ['NASDAQCOM'],
    transform: 'drawdown-52w',
    unit: 'pct',
    label: 'NASDAQ Composite below its 52-week high',
    reason: 'The same on the technology-heavy index.',
  },
};

export interface ComponentMeta {
  id: V2ComponentId;
  index: IndexId;
  label: string;
  metrics: readonly V2MetricId[];
}

function componentMeta(id: V2ComponentId, index: IndexId, label: string): ComponentMeta {
  return { id, index, label, metrics: V2_METRIC_IDS.filter((m) => V2_METRICS[m].component === id) };
}

export const V2_COMPONENTS: Readonly<Record<V2ComponentId, ComponentMeta>> = {
  valuation: componentMeta('valuation', 'buildup', 'Valuation'),
  'run-up': componentMeta('run-up', 'buildup', 'Price run-up'),
  investment: componentMeta('investment', 'buildup', 'Investment share'),
  credit: componentMeta('credit', 'buildup', 'Credit and debt growth'),
  'spread-compression': componentMeta('spread-compression', 'buildup', 'Spread compression'),
  'spread-widening': componentMeta('spread-widening', 'stress', 'Spreads widening'),
  drawdown: componentMeta('drawdown', 'stress', 'Drawdown from 52-week high'),
};

export const INDEX_COMPONENTS: Readonly<Record<IndexId, readonly V2ComponentId[]>> = {
  buildup: BUILDUP_COMPONENT_IDS,
  stress: STRESS_COMPONENT_IDS,
};

/**
 * The dashboard's two meters (METHOD.md §7): the market-wide components at the history's latest quarter
 * plus the gauge's AI-specific components. `from` names the v1 component and metric(s) each comes from.
 */
export interface DashboardComponent {
  id: string;
  index: IndexId;
  group: 'market' | 'ai';
  from: readonly string[];
  reason: string;
}

export const DASHBOARD_V2_COMPONENTS: readonly DashboardComponent[] = [
  ...BUILDUP_COMPONENT_IDS.map(
    (id): DashboardComponent => ({
      id,
      index: 'buildup',
      group: 'market',
      from:
        id === 'valuation'
          ? ['valuation/buffett-indicator']
          : id === 'spread-compression'
            ? ['debt-financing/bbb-spread (tight)']
            : [],
      reason: 'Market-wide, as in the history at its latest quarter.',
    }),
  ),
  {
    id: 'capex-growth',
    index: 'buildup',
    group: 'ai',
    from: ['capex-growth/capex-yoy', 'capex-growth/capex-gdp', 'capex-growth/capex-revision (upward)'],
    reason: 'Spending racing ahead is the stretch itself; raised plans add to it.',
  },
  {
    id: 'debt-financing',
    index: 'buildup',
    group: 'ai',
    from: ['debt-financing/bonds-to-capex'],
    reason: 'Debt-financed spending is leverage building.',
  },
  {
    id: 'off-balance-sheet',
    index: 'buildup',
    group: 'ai',
    from: ['off-balance-sheet/spv-to-bonds'],
    reason: 'Hidden leverage building.',
  },
  {
    id: 'monetization-gap',
    index: 'buildup',
    group: 'ai',
    from: ['monetization-gap/training-share', 'monetization-gap/years-to-inference'],
    reason: 'Spending ahead of revenue.',
  },
  {
    id: 'depreciation',
    index: 'buildup',
    group: 'ai',
    from: ['depreciation/depreciation-understatement'],
    reason: 'Understated costs flatter earnings and valuations.',
  },
  {
    id: 'credit-concentration',
    index: 'buildup',
    group: 'ai',
    from: ['credit-concentration/ai-ig-share'],
    reason: 'Concentration accumulates; it is not a crack.',
  },
  ...STRESS_COMPONENT_IDS.map(
    (id): DashboardComponent => ({
      id,
      index: 'stress',
      group: 'market',
      from: id === 'spread-widening' ? ['debt-financing/bbb-spread (widening)'] : [],
      reason: 'Market-wide, as in the history at its latest quarter.',
    }),
  ),
  {
    id: 'ai-drawdown',
    index: 'stress',
    group: 'ai',
    from: ['valuation/nvidia-drawdown'],
    reason: 'A falling leader is a crack, not a stretch (thresholds 0% → 50%, as in v1).',
  },
  {
    id: 'capex-cut',
    index: 'stress',
    group: 'ai',
    from: ['capex-growth/capex-revision (downward)'],
    reason:
      'A cut in the year’s capex plan: 0 at no cut, 1 at a 20% cut (a judgment; no history to test it).',
  },
];
