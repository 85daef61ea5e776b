import type { Scenario } from '../../domain/scenario';
import { type DatasetMap, findSeries } from '../../domain/series';
import type { Kind } from '../../domain/types';

export interface ValuationData {
  buffett: {
    now: number | null;
    nowPeriod: string | null;
    dotcomLow: number | null;
    dotcomHigh: number | null;
    /** Each figure's kind, from its fixture row. */
    nowKind: Kind;
    dotcomKind: Kind;
    dotcomPeriod: number | string | null;
  };
  nvidia: {
    peak: number | null;
    peakDate: string | null;
    peakKind: Kind;
    afterDrawdown: number | null;
    /** The latest reported value after the peak (2026), with its kind from the fixture. */
    latest: { value: number; date: string; kind: Kind } | null;
  };
}

export function prepareValuation(d: DatasetMap, scenario: Scenario): ValuationData {
  const now = findSeries(d.valuation, 'buffett-indicator')?.observations[0];
  const dotcom = findSeries(d.valuation, 'buffett-dotcom-peak')?.observations[0];
  const nv = findSeries(d.valuation, 'nvidia-market-cap')?.observations ?? [];
  const peak = nv[0];
  const last = nv.length > 1 ? nv[nv.length - 1] : undefined;
  return {
    buffett: {
      now: now?.value ?? null,
      nowPeriod: now ? String(now.period) : null,
      dotcomLow: dotcom ? (dotcom.low ?? dotcom.value) : null,
      dotcomHigh: dotcom ? (dotcom.high ?? dotcom.value) : null,
      nowKind: now?.kind ?? 'reported',
      dotcomKind: dotcom?.kind ?? 'reported',
      dotcomPeriod: dotcom?.period ?? null,
    },
    nvidia: {
      peak: peak?.value ?? null,
      peakDate: peak && typeof peak.period === 'string' ? peak.period : null,
      peakKind: peak?.kind ?? 'reported',
      afterDrawdown: peak ? peak.value * (1 - scenario.drawdown / 100) : null,
      latest:
        last && typeof last.period === 'string'
          ? { value: last.value, date: last.period, kind: last.kind }
          : null,
    },
  };
}
