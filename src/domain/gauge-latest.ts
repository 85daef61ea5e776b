/**
 * The meters as last drawn, for the citation ("2026: Build-up 53.6 (High), Stress 12.0 (Calm)") and the
 * all-data ZIPs, which run from the toolbar or a talk and load no gauge maths of their own to say them.
 * Set by the gauge as it draws (the market-wide history as soon as it is computed); read on a click (the
 * toolbar imports this module then, so the first paint does not carry it).
 */
import type { GaugeReading, MarketHistory } from './gauge-v2';

let latest: { reading: GaugeReading; summary: string | null } | null = null;
let latestHistory: MarketHistory | null = null;

export function setLatestGauge(reading: GaugeReading, summary: string | null): void {
  latest = { reading, summary };
}
export function gaugeSummary(): string | null {
  return latest?.summary ?? null;
}
export function latestGauge(): GaugeReading | null {
  return latest?.reading ?? null;
}
export function setLatestMarketHistory(history: MarketHistory | null): void {
  latestHistory = history;
}
/** History v2 as the meters read it, once computed (it depends on the data, not on the view). */
export function latestMarketHistory(): MarketHistory | null {
  return latestHistory;
}
