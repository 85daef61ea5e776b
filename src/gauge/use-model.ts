/**
 * The pressure model as React sees it. One memoised model input per store change (`selectModelInput`),
 * and each year's reading computed once per input, whoever asks (gauge, header mini-gauge, slides).
 * Slower derived views (history, sensitivity) take the input through `useDeferredModelInput`, so the
 * gauge number is painted first and they follow in a transition.
 */
import { GAUGE_DATED } from '../domain/dated-figures';
import { type ModelInput, readYear, type YearReading } from '../domain/model';
import { useApp, useAppTransition, useDatedSeries } from '../store/react';
import { selectModelInput } from '../store/selectors';

export function useModelInput(): ModelInput {
  // The BBB spread and GDP load lazily (not in the first-load bundle); their metrics join when they arrive.
  useDatedSeries(GAUGE_DATED);
  return useApp(selectModelInput);
}

/** The model input, in a transition: components reading it re-render after the urgent update has painted. */
export function useDeferredModelInput(): ModelInput {
  useDatedSeries(GAUGE_DATED);
  return useAppTransition(selectModelInput);
}

const readings = new WeakMap<ModelInput, Map<number, YearReading>>();

/** `readYear`, computed once per (input, year). */
export function readingOf(input: ModelInput, year: number): YearReading {
  let byYear = readings.get(input);
  if (!byYear) {
    byYear = new Map();
    readings.set(input, byYear);
  }
  let r = byYear.get(year);
  if (!r) {
    r = readYear(input, year);
    byYear.set(year, r);
  }
  return r;
}

/** The reading for the gauge's year. */
export function useGaugeReading(): YearReading {
  const input = useModelInput();
  const year = useApp((s) => s.gaugeYear);
  return readingOf(input, year);
}
