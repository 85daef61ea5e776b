/**
 * Method v2's two meters as React sees them: the year's AI parts (the model's reading, `use-model.ts`),
 * the market-wide parts from history v2 and the weights. History v2 is the back-test run the history panel
 * shares (in a worker, after first paint); the app layer, which may use the panels' hook, hands its state
 * to the gauge as `market` (a `MarketSource`), so the gauge never imports the panels. Until the history is
 * in, the meters say they are computing rather than show a number that would change under the same name.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { setLatestMarketHistory } from '../domain/gauge-latest';
import type { GaugeReading, IndexId, MarketHistory, MarketState } from '../domain/gauge-v2';
import { readGauge } from '../domain/gauge-v2';
import { type GaugeMessageKey, translateGauge } from '../i18n/gauge-messages';
import { useApp } from '../store/react';
import { readingOf, useModelInput } from './use-model';

export type GaugeTranslate = (
  key: GaugeMessageKey,
  vars?: Readonly<Record<string, string | number>>,
) => string;

/** The gauge's own catalogue, in the reader's language. */
export function useGT(): GaugeTranslate {
  const lang = useApp((s) => s.lang);
  return useCallback<GaugeTranslate>((key, vars) => translateGauge(lang, key, vars), [lang]);
}

/** A quarter of history v2 as the gauge reads it (the history panel's view has more). */
export type MarketSourceQuarter = MarketHistory['quarters'][number] & {
  raw?: Readonly<Partial<Record<string, number | null>>>;
};
export interface MarketSourceView {
  quarters: readonly MarketSourceQuarter[];
  latest: Readonly<Record<IndexId, { quarter: string } | null>>;
}
/** History v2's run as the app hands it to the gauge (`useBacktestV2`'s state fits it). */
export type MarketSource =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; view: MarketSourceView };

export const MARKET_LOADING: MarketSource = { status: 'loading' };

const markets = new WeakMap<MarketSourceView, MarketHistory>();

/** The back-test view as the meters read it (each index's latest scored quarter). */
export function marketOf(view: MarketSourceView): MarketHistory {
  let m = markets.get(view);
  if (!m) {
    const at = (q: string | undefined) => (q ? (view.quarters.find((x) => x.quarter === q) ?? null) : null);
    m = {
      quarters: view.quarters,
      latest: { buildup: at(view.latest.buildup?.quarter), stress: at(view.latest.stress?.quarter) },
    };
    markets.set(view, m);
  }
  return m;
}

export function useMarketHistory(bt: MarketSource): { history: MarketHistory | null; state: MarketState } {
  const view = bt.status === 'ready' ? bt.view : null;
  useEffect(() => {
    if (view) setLatestMarketHistory(marketOf(view));
  }, [view]);
  return useMemo(
    () =>
      bt.status === 'ready'
        ? { history: marketOf(bt.view), state: 'ready' as const }
        : { history: null, state: bt.status === 'error' ? ('missing' as const) : ('pending' as const) },
    [bt],
  );
}

/** Both meters for the gauge's year (or `year`), with the current weights (or `weights`). */
export function useGaugeV2(
  market: MarketSource,
  opts: { year?: number; weights?: Readonly<Record<string, number>> } = {},
): GaugeReading {
  const input = useModelInput();
  const storeYear = useApp((s) => s.gaugeYear);
  const storeWeights = useApp((s) => s.weights);
  const { history, state } = useMarketHistory(market);
  const year = opts.year ?? storeYear;
  const weights = opts.weights ?? storeWeights;
  return useMemo(
    () => readGauge(readingOf(input, year), history, weights, state),
    [input, year, history, weights, state],
  );
}

/** The pinned baseline's meters (its weights and what-if inputs, the view's year), or null. */
export function useBaselineGauge(market: MarketSource): GaugeReading | null {
  const input = useModelInput();
  const year = useApp((s) => s.gaugeYear);
  const baseline = useApp((s) => s.baseline);
  const { history, state } = useMarketHistory(market);
  const binput = useMemo(
    () => (baseline ? { ...input, scenario: baseline.scenario } : null),
    [input, baseline],
  );
  return useMemo(
    () => (baseline && binput ? readGauge(readingOf(binput, year), history, baseline.weights, state) : null),
    [baseline, binput, year, history, state],
  );
}
