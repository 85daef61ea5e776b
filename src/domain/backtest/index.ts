/**
 * Method v2's back-test engine (docs/METHOD.md): one entry point for the app and `npm run backtest`.
 * `runBacktest(inputs)` = the history (both indices, quarter by quarter), the events and the scorecard.
 */
import { type EventsV2, eventsV2 } from './events';
import { computeHistoryV2, type HistoryV2 } from './history';
import type { HistoryV2Inputs } from './parse';
import { type ScorecardV2, scorecardV2 } from './scorecard';

export * from './events';
export * from './history';
export * from './method';
export * from './parse';
export * from './scorecard';

export interface BacktestV2 {
  history: HistoryV2;
  events: EventsV2;
  scorecard: ScorecardV2;
}

export function runBacktest(inputs: HistoryV2Inputs): BacktestV2 {
  const history = computeHistoryV2(inputs);
  const events = eventsV2(inputs);
  return { history, events, scorecard: scorecardV2(history, events) };
}
export * from './dashboard';
export * from './quarterly';
export * from './transforms';
