import type { Scenario } from '../../domain/scenario';
import { type DatasetMap, findSeries } from '../../domain/series';

export interface ValuationData {
  buffett: {
    now: number | null;
    nowPeriod: string | null;
    dotcomLow: number | null;
    dotcomHigh: number | null;
  };
  nvidia: { peak: number | null; peakDate: string | null; afterDrawdown: number | null };
}

export function prepareValuation(d: DatasetMap, scenario: Scenario): ValuationData {
  const now = findSeries(d.valuation, 'buffett-indicator')?.observations[0];
  const dotcom = findSeries(d.valuation, 'buffett-dotcom-peak')?.observations[0];
  const peak = findSeries(d.valuation, 'nvidia-market-cap')?.observations[0];
  return {
    buffett: {
      now: now?.value ?? null,
      nowPeriod: now ? String(now.period) : null,
      dotcomLow: dotcom ? (dotcom.low ?? dotcom.value) : null,
      dotcomHigh: dotcom ? (dotcom.high ?? dotcom.value) : null,
    },
    nvidia: {
      peak: peak?.value ?? null,
      peakDate: peak && typeof peak.period === 'string' ? peak.period : null,
      afterDrawdown: peak ? peak.value * (1 - scenario.drawdown / 100) : null,
    },
  };
}
