/**
 * What the history panel, its scorecard and the gauge's sentence need from one run of method v2's
 * back-test (`runBacktest`, the same code as `npm run backtest`), as plain data: it crosses from the
 * worker to the page by structured clone, so no functions and no Maps. Pure, no React.
 */
import {
  type Bust,
  type EventsV2,
  type HistoryPercentile,
  INDEX_IDS,
  type IndexId,
  latestPercentile,
  type QuarterV2,
  qLabel,
  runBacktest,
  type ScorecardV2,
} from '../../domain/backtest';
import type { HistoryV2Inputs } from '../../domain/backtest/parse';
import type { DatedValue } from '../../domain/types';

/** One quarter as the panel reads it (the engine's row without its percentiles). */
export type QuarterView = Omit<QuarterV2, 'percentiles'>;

/** A bust episode (METHOD.md §5a): the peaks of one or both markets within 8 quarters, and their falls. */
export interface BustMark {
  /** The engine's episode id, e.g. `2000-Q1–2000-Q3`. */
  id: string;
  /** Peak quarters by market, each with its trough and the fall from peak to trough (%). */
  peaks: Array<{ market: Bust['market']; peak: string; trough: string; fallPct: number }>;
  /** The episode's first peak and its last trough. */
  from: string;
  to: string;
}

/** An NBER recession, to the month (`USREC`: each run of 1s), and its quarters as the events read them. */
export interface RecessionSpan {
  /** First and last month coded 1, `YYYY-MM`. */
  from: string;
  to: string;
  startQuarter: string;
  endQuarter: string;
}

export interface BacktestView {
  method: 'v2';
  quarters: QuarterView[];
  /** Each index's latest reading and its place in its own history. */
  latest: Record<IndexId, HistoryPercentile | null>;
  busts: BustMark[];
  recessions: RecessionSpan[];
  scorecard: ScorecardV2;
}

/** Runs of months coded 1 in USREC (a gap in the months ends a run), as `YYYY-MM` spans. */
export function recessionMonths(usrec: readonly DatedValue[]): Array<{ from: string; to: string }> {
  const out: Array<{ from: string; to: string }> = [];
  const index = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
  const month = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  const rows = [...usrec].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let start: number | null = null;
  let last = Number.NaN;
  let prev = Number.NaN;
  for (const [date, v] of rows) {
    const m = index(date);
    if (start !== null && (v !== 1 || m !== prev + 1)) {
      out.push({ from: month(start), to: month(last) });
      start = null;
    }
    if (v === 1) {
      if (start === null) start = m;
      last = m;
    }
    prev = m;
  }
  if (start !== null) out.push({ from: month(start), to: month(last) });
  return out;
}

/** The bust episodes with their peaks and troughs (both markets). */
export function bustMarks(events: Pick<EventsV2, 'busts' | 'bust'>): BustMark[] {
  return events.bust.episodes.map((ep) => {
    const peaks = events.busts
      .filter((b) => ep.events.includes(b.peak))
      .sort((a, b) => a.peak - b.peak || a.market.localeCompare(b.market))
      .map((b) => ({ market: b.market, peak: qLabel(b.peak), trough: qLabel(b.trough), fallPct: b.fallPct }));
    const troughs = events.busts.filter((b) => ep.events.includes(b.peak)).map((b) => b.trough);
    return {
      id: ep.id,
      peaks,
      from: qLabel(ep.at),
      to: qLabel(troughs.length ? Math.max(...troughs) : ep.at),
    };
  });
}

/** The view of one back-test run. */
export function backtestView(inputs: HistoryV2Inputs): BacktestView {
  const r = runBacktest(inputs);
  const quarters = r.history.quarters.map(({ percentiles: _, ...q }) => q);
  const latest = {} as Record<IndexId, HistoryPercentile | null>;
  for (const idx of INDEX_IDS) latest[idx] = latestPercentile(r.history, idx);
  const months = recessionMonths(inputs.series.USREC ?? []);
  return {
    method: 'v2',
    quarters,
    latest,
    busts: bustMarks(r.events),
    recessions: months.map((m, i) => {
      const q = r.events.recessions[i];
      return {
        ...m,
        startQuarter: q ? qLabel(q.start) : m.from,
        endQuarter: q ? qLabel(q.end) : m.to,
      };
    }),
    scorecard: r.scorecard,
  };
}
