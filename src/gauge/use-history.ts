/**
 * The back-tested history v1 (market-based components since 1997), shared by the history panel and the
 * gauge's sentence. Asks the store for the FRED series (lazy chunks) and computes once per data change.
 */
import { useMemo } from 'react';
import {
  computeMetrics,
  HISTORY_SERIES,
  type HistoryReading,
  latestReading,
  type MetricTable,
  placeToday,
  type SeriesInput,
  scoreHistory,
  type TodayPlacement,
} from '../domain/history';
import type { HistoryMethod } from '../domain/types';
import { type DatedResult, useApp, useDatedSeries } from '../store/react';

export type HistoryState =
  | { status: 'loading' | 'error' | 'no-method'; method: HistoryMethod | null }
  | {
      status: 'ready';
      method: HistoryMethod;
      table: MetricTable;
      readings: HistoryReading[];
      today: HistoryReading | null;
      /** Today against the two marked peaks (2000 and 2007). */
      placement: TodayPlacement | null;
      series: DatedResult['series'];
    };

const cache = new WeakMap<HistoryMethod, WeakMap<object, HistoryState>>();

function compute(method: HistoryMethod, dated: DatedResult): HistoryState {
  let byData = cache.get(method);
  if (!byData) {
    byData = new WeakMap();
    cache.set(method, byData);
  }
  const hit = byData.get(dated.series);
  if (hit) return hit;
  const input: SeriesInput = {};
  for (const id of HISTORY_SERIES) {
    const s = dated.series[id];
    if (s) input[id] = s.observations;
  }
  const table = computeMetrics(input, method.minDays);
  const readings = scoreHistory(table, method);
  const [a, b] = method.peaks;
  const state: HistoryState = {
    status: 'ready',
    method,
    table,
    readings,
    today: latestReading(readings),
    placement: a && b ? placeToday(readings, [a.quarter, b.quarter]) : null,
    series: dated.series,
  };
  byData.set(dated.series, state);
  return state;
}

export function useHistory(): HistoryState {
  const method = useApp((s) => s.builtin.history);
  const dated = useDatedSeries(HISTORY_SERIES);
  return useMemo(() => {
    if (!method) return { status: 'no-method', method: null };
    if (dated.status !== 'ready') return { status: dated.status, method };
    return compute(method, dated);
  }, [method, dated]);
}
