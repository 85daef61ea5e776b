/**
 * Method v2's back-test off the page's main thread: receives the inputs, answers with the panel's view of
 * `runBacktest` (the same code as `npm run backtest`), or with the error's message.
 */
import type { HistoryV2Inputs } from '../../domain/backtest/parse';
import { backtestView } from './backtest-view';

export interface BacktestRequest {
  id: number;
  inputs: HistoryV2Inputs;
}

self.onmessage = (e: MessageEvent<BacktestRequest>) => {
  const { id, inputs } = e.data;
  try {
    self.postMessage({ id, view: backtestView(inputs) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
