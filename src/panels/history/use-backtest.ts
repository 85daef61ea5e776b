/**
 * Method v2's back-test as the page sees it: the store's dated (FRED) series, with any imported FRED file
 * swapped in, and Shiller's monthly data, run once per inputs (`runBacktestView`: in a worker, after the
 * first paint). Shared by the history panel, its scorecard and the gauge's sentence. Holds the page's
 * `data-settled` mark off until the run is in.
 */
import { useEffect, useMemo, useState } from 'react';
import { loadShillerFixture, readBundledShiller, SHILLER_FILE } from '../../data/shiller';
import { V2_SERIES_IDS, type V2SeriesId } from '../../domain/backtest/method';
import type { HistoryV2Inputs, ShillerMonth } from '../../domain/backtest/parse';
import { afterNextPaint } from '../../store/after-paint';
import { useDatedSeries, usePending } from '../../store/react';
import { track } from '../../store/settle';
import type { BacktestView } from './backtest-view';
import { runBacktestView } from './run-backtest';

export type BacktestState =
  | { status: 'loading' }
  | {
      status: 'ready';
      view: BacktestView;
      /** Inputs that did not load (their metrics are empty; the fixtures notice says why). */
      missing: string[];
    }
  | { status: 'error'; message: string };

type ShillerState = { status: 'loading' } | { status: 'ready'; rows: ShillerMonth[] | null };

let shillerLoad: Promise<ShillerMonth[] | null> | null = null;

/** Shiller's fixture, read and validated once (a lazy chunk); null when it is missing or broken. */
function loadShiller(): Promise<ShillerMonth[] | null> {
  shillerLoad ??= track(
    readBundledShiller().then((text) => {
      if (text === undefined) return null;
      const r = loadShillerFixture(SHILLER_FILE, text);
      if (r.errors.length > 0) console.error('Shiller fixture', r.errors);
      return r.rows;
    }),
  ).catch(() => null);
  return shillerLoad;
}

const NONE: readonly V2SeriesId[] = [];

export function useBacktestV2(): BacktestState {
  // The inputs are asked for after the first paint, so they never compete with it.
  const [started, setStarted] = useState(false);
  useEffect(() => afterNextPaint(() => setStarted(true)), []);
  const dated = useDatedSeries(started ? V2_SERIES_IDS : NONE);
  const [shiller, setShiller] = useState<ShillerState>({ status: 'loading' });
  useEffect(() => {
    if (!started) return;
    let live = true;
    void loadShiller().then((rows) => {
      if (live) setShiller({ status: 'ready', rows });
    });
    return () => {
      live = false;
    };
  }, [started]);

  const inputs = useMemo((): { inputs: HistoryV2Inputs; missing: string[] } | null => {
    if (!started || dated.status === 'loading' || shiller.status === 'loading') return null;
    const series: HistoryV2Inputs['series'] = {};
    const missing: string[] = [];
    for (const id of V2_SERIES_IDS) {
      const s = dated.series[id];
      if (s) series[id] = s.observations;
      else missing.push(id);
    }
    if (!shiller.rows) missing.push('shiller');
    return { inputs: shiller.rows ? { series, shiller: shiller.rows } : { series }, missing };
  }, [started, dated, shiller]);

  const [state, setState] = useState<{ key: HistoryV2Inputs | null; state: BacktestState }>({
    key: null,
    state: { status: 'loading' },
  });
  useEffect(() => {
    if (!inputs) return;
    let live = true;
    void track(
      runBacktestView(inputs.inputs).then(
        (view) => {
          if (live)
            setState({ key: inputs.inputs, state: { status: 'ready', view, missing: inputs.missing } });
        },
        (e: unknown) => {
          console.error('history v2 back-test failed', e);
          if (live)
            setState({
              key: inputs.inputs,
              state: { status: 'error', message: e instanceof Error ? e.message : String(e) },
            });
        },
      ),
    );
    return () => {
      live = false;
    };
  }, [inputs]);
  // A result for other inputs (before an import was applied) is not shown as the current one.
  const current: BacktestState = inputs && state.key === inputs.inputs ? state.state : { status: 'loading' };
  usePending(current.status === 'loading');
  return current;
}
