/**
 * The two events of method v2 (docs/METHOD.md §5): (a) a bust — the S&P composite (Shiller) or the NASDAQ
 * peaks before a fall of 40% or more in quarter means; (b) an NBER recession starts (from USREC). For each,
 * the episodes and each quarter's label: positive (the event is this quarter or within the next 8),
 * negative, excluded (inside a bust or recession), or unknown (the window runs past the data).
 */
import { BUST_FALL, HORIZON, MIN_DAYS } from './method';
import type { HistoryV2Inputs } from './parse';
import {
  dailyQuarterMeans,
  type MSeries,
  monthIndexOfDate,
  monthly,
  monthlyQuarterMeans,
  type QSeries,
  qLabel,
  quarterOfMonth,
  sortedEntries,
} from './quarterly';

export type EventId = 'bust' | 'recession';
export const EVENT_IDS: readonly EventId[] = ['bust', 'recession'];

export interface Bust {
  /** Which market: `spx` (Shiller's S&P composite) or `nasdaq`. */
  market: 'spx' | 'nasdaq';
  /** Quarter index of the peak, the trough, and the fall from peak to trough (%). */
  peak: number;
  trough: number;
  fallPct: number;
  /** Quarter the price fell 40% below the peak for the first time. */
  confirmed: number;
}

export interface Recession {
  start: number;
  end: number;
}

export interface Episode {
  id: string;
  /** Event quarters in the episode (peaks or recession starts), ascending. */
  events: number[];
  /** The first event quarter: lead times are measured to it. */
  at: number;
}

export type Label = 'positive' | 'negative' | 'excluded' | 'unknown';

export interface EventDefinition {
  id: EventId;
  episodes: Episode[];
  /** Quarters inside an event (after a peak through its trough; after a recession's first quarter through its last). */
  inside: Array<[number, number]>;
  /** Labels are known up to this quarter index (inclusive). */
  knownTo: number;
  label: (q: number) => Label;
  /** The episode a positive quarter belongs to. */
  episodeOf: (q: number) => Episode | null;
}

/**
 * Bust peaks of one quarter-mean price series: a quarter at the running all-time high after which the
 * price falls to (1 − fall) of it or less before the high is regained. The trough is the lowest quarter
 * before the high is regained (or before the data end).
 */
export function findBusts(
  series: ReadonlyMap<number, number>,
  market: Bust['market'],
  fall = BUST_FALL,
): Bust[] {
  const entries = sortedEntries(series);
  const out: Bust[] = [];
  let peakQ = Number.NaN;
  let peakV = Number.NEGATIVE_INFINITY;
  let i = 0;
  while (i < entries.length) {
    const [q, v] = entries[i] as [number, number];
    if (v >= peakV) {
      peakV = v;
      peakQ = q;
      i++;
      continue;
    }
    if (v <= (1 - fall) * peakV) {
      // A bust from peakQ: find the trough before the peak level is regained.
      let troughQ = q;
      let troughV = v;
      let j = i;
      while (j < entries.length) {
        const [qj, vj] = entries[j] as [number, number];
        if (vj >= peakV) break;
        if (vj < troughV) {
          troughV = vj;
          troughQ = qj;
        }
        j++;
      }
      out.push({ market, peak: peakQ, trough: troughQ, fallPct: 100 * (1 - troughV / peakV), confirmed: q });
      // Carry on from the regained high (or the end).
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** Recessions from USREC (monthly 0/1): each run of 1s, as start and end quarters. */
export function findRecessions(usrec: MSeries): Recession[] {
  const out: Recession[] = [];
  let start: number | null = null;
  let prevMonth = Number.NaN;
  let lastOne = Number.NaN;
  for (const [m, v] of sortedEntries(usrec)) {
    const gap = m !== prevMonth + 1;
    if (start !== null && (v !== 1 || gap)) {
      out.push({ start: quarterOfMonth(start), end: quarterOfMonth(lastOne) });
      start = null;
    }
    if (v === 1) {
      if (start === null) start = m;
      lastOne = m;
    }
    prevMonth = m;
  }
  if (start !== null) out.push({ start: quarterOfMonth(start), end: quarterOfMonth(lastOne) });
  return out;
}

/** Groups event quarters lying within `horizon` quarters of the previous one into episodes. */
export function groupEpisodes(
  events: readonly number[],
  horizon = HORIZON,
  name = (q: number) => qLabel(q),
): Episode[] {
  const sorted = [...new Set(events)].sort((a, b) => a - b);
  const out: Episode[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e - (last.events[last.events.length - 1] ?? e) <= horizon) last.events.push(e);
    else out.push({ id: '', events: [e], at: e });
  }
  for (const ep of out) {
    const a = name(ep.events[0] ?? 0);
    const b = name(ep.events[ep.events.length - 1] ?? 0);
    ep.id = a === b ? a : `${a}–${b}`;
  }
  return out;
}

function definition(
  id: EventId,
  eventQuarters: readonly number[],
  inside: Array<[number, number]>,
  knownTo: number,
): EventDefinition {
  const episodes = groupEpisodes(eventQuarters);
  const isInside = (q: number) => inside.some(([a, b]) => q > a && q <= b);
  const cache = new Map<number, Episode | null>();
  const episodeOf = (q: number): Episode | null => {
    const hit = cache.get(q);
    if (hit !== undefined) return hit;
    let found: Episode | null = null;
    if (q <= knownTo && !isInside(q)) {
      found = episodes.find((ep) => ep.events.some((e) => e - q >= 0 && e - q <= HORIZON)) ?? null;
    }
    cache.set(q, found);
    return found;
  };
  const label = (q: number): Label => {
    if (q > knownTo) return 'unknown';
    if (isInside(q)) return 'excluded';
    return episodeOf(q) ? 'positive' : 'negative';
  };
  return { id, episodes, inside, knownTo, label, episodeOf };
}

export interface EventsV2 {
  busts: Bust[];
  recessions: Recession[];
  bust: EventDefinition;
  recession: EventDefinition;
  /** The quarter-mean prices the busts are found on. */
  prices: { spx: QSeries; nasdaq: QSeries };
}

/** Both events from the inputs (Shiller's prices, NASDAQCOM, USREC). */
export function eventsV2(inputs: HistoryV2Inputs): EventsV2 {
  const priceMonths: MSeries = new Map();
  for (const r of inputs.shiller ?? [])
    if (r.price !== null) priceMonths.set(monthIndexOfDate(r.month), r.price);
  const spx = monthlyQuarterMeans(priceMonths);
  const nasdaqObs = inputs.series.NASDAQCOM;
  const nasdaq = nasdaqObs ? dailyQuarterMeans(nasdaqObs, MIN_DAYS) : new Map<number, number>();
  const busts = [...findBusts(spx, 'spx'), ...findBusts(nasdaq, 'nasdaq')];
  const lastOf = (s: ReadonlyMap<number, number>) => Math.max(Number.NEGATIVE_INFINITY, ...s.keys());
  const bustKnownTo = lastOf(spx) - HORIZON;
  const usrec = inputs.series.USREC ? monthly(inputs.series.USREC) : new Map<number, number>();
  const recessions = findRecessions(usrec);
  const lastUsrecQ = usrec.size ? quarterOfMonth(lastOf(usrec)) : Number.NEGATIVE_INFINITY;
  return {
    busts,
    recessions,
    bust: definition(
      'bust',
      busts.map((b) => b.peak),
      busts.map((b) => [b.peak, b.trough]),
      bustKnownTo,
    ),
    recession: definition(
      'recession',
      recessions.map((r) => r.start),
      recessions.map((r) => [r.start, r.end]),
      lastUsrecQ - HORIZON,
    ),
    prices: { spx, nasdaq },
  };
}
