import { type DatasetMap, findSeries, periodTime } from '../../domain/series';
import type { Kind } from '../../domain/types';

export interface BondDeal {
  issuer: string;
  seriesId: string;
  date: string;
  time: number;
  amount: number;
  /** From the fixture row: a converted euro or sterling leg is an estimate, drawn hollow. */
  kind: Kind;
  note: string | undefined;
  sourceId: string;
}

export interface BondsData {
  deals: BondDeal[];
  /** Running total after each deal (same order as `deals`, sorted by date). */
  running: Array<{ time: number; total: number }>;
  issuers: string[];
  articleTotal: number | null;
  bofaTotal: number | null;
  /** Morgan Stanley's forecast of hyperscaler borrowing in 2026 (a broader measure than bonds). */
  forecast2026: number | null;
}

/** Deals by issuer and date, sorted, with the running total; reference totals from their own series. */
export function prepareBonds(d: DatasetMap): BondsData {
  const deals: BondDeal[] = [];
  for (const s of d.bonds?.series ?? []) {
    if (!s.entity) continue;
    for (const o of s.observations) {
      if (typeof o.period !== 'string') continue;
      deals.push({
        issuer: s.entity,
        seriesId: s.id,
        date: o.period,
        time: periodTime(o.period),
        amount: o.value,
        kind: o.kind,
        note: o.note,
        sourceId: o.sourceId,
      });
    }
  }
  deals.sort((a, b) => a.time - b.time || a.issuer.localeCompare(b.issuer));
  let total = 0;
  const running = deals.map((deal) => {
    total += deal.amount;
    return { time: deal.time, total };
  });
  const issuers = [...new Set(deals.map((x) => x.issuer))];
  return {
    deals,
    running,
    issuers,
    articleTotal: findSeries(d.bonds, 'article-total')?.observations[0]?.value ?? null,
    bofaTotal: findSeries(d.bonds, 'bofa-total')?.observations[0]?.value ?? null,
    forecast2026: findSeries(d.bonds, 'ms-forecast-2026')?.observations[0]?.value ?? null,
  };
}
