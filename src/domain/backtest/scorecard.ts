/**
 * The scorecard of method v2 (docs/METHOD.md §6): for each index, component and metric and each event —
 * AUROC, leave-one-episode-out AUROC, hit rate and false alarms at the "high" band, lead time per episode —
 * and the test "does the index beat its best single input out of sample". Pure.
 */
import { type Episode, EVENT_IDS, type EventDefinition, type EventId, type EventsV2 } from './events';
import type { HistoryV2 } from './history';
import {
  HIGH,
  HORIZON,
  INDEX_COMPONENTS,
  INDEX_IDS,
  type IndexId,
  V2_COMPONENTS,
  type V2ComponentId,
  type V2MetricId,
} from './method';
import { qIndex, qLabel } from './quarterly';

/**
 * Pairs (positive, negative) where the positive reads higher, ties counting one half: the Mann–Whitney
 * count behind AUROC. Sorted two-pointer count, O(n log n).
 */
export function pairWins(positives: readonly number[], negatives: readonly number[]): number {
  const pos = Float64Array.from(positives).sort();
  const neg = Float64Array.from(negatives).sort();
  let wins = 0;
  let below = 0; // negatives strictly below the current positive
  let upTo = 0; // negatives at or below it
  for (const p of pos) {
    while (below < neg.length && (neg[below] ?? 0) < p) below++;
    if (upTo < below) upTo = below;
    while (upTo < neg.length && (neg[upTo] ?? 0) <= p) upTo++;
    wins += below + (upTo - below) / 2;
  }
  return wins;
}

/**
 * AUROC by the Mann–Whitney statistic: the probability that a positive reads higher than a negative, ties
 * counting one half. Null without positives or negatives.
 */
export function auroc(positives: readonly number[], negatives: readonly number[]): number | null {
  if (positives.length === 0 || negatives.length === 0) return null;
  return pairWins(positives, negatives) / (positives.length * negatives.length);
}

/** A signal on the 0–100 scale by quarter index (components and metrics are scores × 100). */
export type Signal = ReadonlyMap<number, number>;

export interface LeadTime {
  episode: string;
  /** The event quarter (the episode's first peak, or the recession's start). */
  at: string;
  /** Quarters from the first "high" reading in [at − 8, at] to `at`; null when none. */
  lead: number | null;
  /** Whether the signal has any positive quarter of this episode in its sample (always, as listed). */
  covered: boolean;
}

export interface SignalScore {
  from: string | null;
  to: string | null;
  positives: number;
  negatives: number;
  auroc: number | null;
  /** AUROC with each episode's positive quarters left out. */
  loeo: Array<{ episode: string; auroc: number | null }>;
  loeoMin: number | null;
  /** Share of positive quarters reading ≥ 50 (score ≥ 0.5). */
  hitRate: number | null;
  /** Share of negative quarters reading ≥ 50. */
  falseAlarmRate: number | null;
  /** Episodes with a positive quarter in the sample, and those with one reading ≥ 50. */
  episodesCovered: number;
  episodesHit: number;
  /** One per episode the signal covers (episodes before its data begin are left out). */
  leadTimes: LeadTime[];
}

interface Sample {
  pos: Array<{ q: number; v: number; ep: Episode }>;
  neg: Array<{ q: number; v: number }>;
}

function sampleOf(signal: Signal, ev: EventDefinition, only?: ReadonlySet<number>): Sample {
  const pos: Sample['pos'] = [];
  const neg: Sample['neg'] = [];
  for (const [q, v] of [...signal].sort((a, b) => a[0] - b[0])) {
    if (only && !only.has(q)) continue;
    const l = ev.label(q);
    if (l === 'positive') pos.push({ q, v, ep: ev.episodeOf(q) as Episode });
    else if (l === 'negative') neg.push({ q, v });
  }
  return { pos, neg };
}

/** Every figure of METHOD.md §6 for one signal and one event. */
export function scoreSignal(signal: Signal, ev: EventDefinition): SignalScore {
  const s = sampleOf(signal, ev);
  const pv = s.pos.map((p) => p.v);
  const nv = s.neg.map((n) => n.v);
  const quarters = [...s.pos.map((p) => p.q), ...s.neg.map((n) => n.q)];
  const covered = ev.episodes.filter((e) => s.pos.some((p) => p.ep === e));
  const loeo = covered.map((e) => ({
    episode: e.id,
    auroc: auroc(
      s.pos.filter((p) => p.ep !== e).map((p) => p.v),
      nv,
    ),
  }));
  const loeoValues = loeo.map((l) => l.auroc).filter((x): x is number => x !== null);
  const rate = (xs: readonly number[]) =>
    xs.length === 0 ? null : xs.filter((x) => x >= HIGH).length / xs.length;
  const leadTimes: LeadTime[] = covered.map((e) => {
    const inWindow = s.pos.filter((p) => p.ep === e && p.q >= e.at - HORIZON && p.q <= e.at);
    const first = inWindow.find((p) => p.v >= HIGH);
    return {
      episode: e.id,
      at: qLabel(e.at),
      lead: first ? e.at - first.q : null,
      covered: s.pos.some((p) => p.ep === e),
    };
  });
  return {
    from: quarters.length ? qLabel(Math.min(...quarters)) : null,
    to: quarters.length ? qLabel(Math.max(...quarters)) : null,
    positives: pv.length,
    negatives: nv.length,
    auroc: auroc(pv, nv),
    loeo,
    loeoMin: loeoValues.length ? Math.min(...loeoValues) : null,
    hitRate: rate(pv),
    falseAlarmRate: rate(nv),
    episodesCovered: covered.length,
    episodesHit: covered.filter((e) => s.pos.some((p) => p.ep === e && p.v >= HIGH)).length,
    leadTimes,
  };
}

export interface BestInputFold {
  episode: string;
  /** The input chosen without this episode (best AUROC on the rest). */
  chosen: string;
  chosenAurocWithout: number | null;
  /** Pairs (positive of this episode, negative) ranked correctly by the chosen input, and by the index. */
  chosenOos: number | null;
  indexOos: number | null;
}

export interface BestInputResult {
  /** Inputs scored in every quarter of the index's sample (the candidates). */
  candidates: string[];
  folds: BestInputFold[];
  /** Out-of-sample AUROC of "pick the best single input", pooled over the folds' pairs. */
  bestInputOos: number | null;
  /** The index's AUROC on the same pairs (its ordinary AUROC: it fits nothing). */
  indexAuroc: number | null;
  /** The best candidate chosen with hindsight on the full sample. */
  hindsightBest: { id: string; auroc: number | null } | null;
  passes: boolean | null;
}

/**
 * "Beats its best single input out of sample" (METHOD.md §6): for each episode, the candidate with the best
 * AUROC without that episode is scored on that episode's pairs; pooled over the episodes and compared with
 * the index on the same pairs.
 */
export function bestInputTest(
  index: Signal,
  candidates: ReadonlyArray<{ id: string; signal: Signal }>,
  ev: EventDefinition,
): BestInputResult {
  const sample = sampleOf(index, ev);
  const quarters = [...sample.pos.map((p) => p.q), ...sample.neg.map((n) => n.q)];
  const eligible = candidates.filter((c) => quarters.every((q) => c.signal.has(q)));
  const valuesOf = (c: { signal: Signal }, qs: readonly number[]) => qs.map((q) => c.signal.get(q) as number);
  const negQ = sample.neg.map((n) => n.q);
  const episodes = ev.episodes.filter((e) => sample.pos.some((p) => p.ep === e));
  const folds: BestInputFold[] = [];
  let chosenWins = 0;
  let indexWins = 0;
  let pairs = 0;
  for (const e of episodes) {
    const trainPos = sample.pos.filter((p) => p.ep !== e).map((p) => p.q);
    const testPos = sample.pos.filter((p) => p.ep === e).map((p) => p.q);
    let best: { id: string; signal: Signal } | null = null;
    let bestAuc: number | null = null;
    for (const c of eligible) {
      const a = auroc(valuesOf(c, trainPos), valuesOf(c, negQ));
      if (a !== null && (bestAuc === null || a > bestAuc)) {
        best = c;
        bestAuc = a;
      }
    }
    const n = testPos.length * negQ.length;
    const iw = pairWins(valuesOf({ signal: index }, testPos), valuesOf({ signal: index }, negQ));
    const cw = best ? pairWins(valuesOf(best, testPos), valuesOf(best, negQ)) : null;
    folds.push({
      episode: e.id,
      chosen: best?.id ?? '',
      chosenAurocWithout: bestAuc,
      chosenOos: cw === null || n === 0 ? null : cw / n,
      indexOos: n === 0 ? null : iw / n,
    });
    if (cw !== null) chosenWins += cw;
    indexWins += iw;
    pairs += n;
  }
  let hindsightBest: BestInputResult['hindsightBest'] = null;
  const posQ = sample.pos.map((p) => p.q);
  for (const c of eligible) {
    const a = auroc(valuesOf(c, posQ), valuesOf(c, negQ));
    if (a !== null && (hindsightBest === null || hindsightBest.auroc === null || a > hindsightBest.auroc)) {
      hindsightBest = { id: c.id, auroc: a };
    }
  }
  const bestInputOos = pairs > 0 && folds.every((f) => f.chosen !== '') ? chosenWins / pairs : null;
  const indexAuroc = pairs > 0 ? indexWins / pairs : null;
  return {
    candidates: eligible.map((c) => c.id),
    folds,
    bestInputOos,
    indexAuroc,
    hindsightBest,
    passes: bestInputOos === null || indexAuroc === null ? null : indexAuroc >= bestInputOos,
  };
}

export interface IndexEventScore extends SignalScore {
  components: Partial<Record<V2ComponentId, SignalScore>>;
  metrics: Partial<Record<V2MetricId, SignalScore>>;
  bestInput: BestInputResult;
}

export interface IndexScorecard {
  /** AUROC for event (a), the bust: the headline figure (the same as `events.bust.auroc`). */
  auroc: number | null;
  events: Record<EventId, IndexEventScore>;
}

export interface ScorecardV2 {
  method: 'v2';
  horizon: number;
  high: number;
  buildup: IndexScorecard;
  stress: IndexScorecard;
  events: Record<
    EventId,
    { episodes: Array<{ id: string; events: string[]; at: string }>; knownTo: string | null }
  >;
}

/** The signals of an index: its own readings, and its components' and metrics' scores × 100. */
export function signalsOf(history: HistoryV2, index: IndexId) {
  const indexSignal = new Map<number, number>();
  const components = new Map<V2ComponentId, Map<number, number>>();
  const metrics = new Map<V2MetricId, Map<number, number>>();
  for (const c of INDEX_COMPONENTS[index]) {
    components.set(c, new Map());
    for (const m of V2_COMPONENTS[c].metrics) metrics.set(m, new Map());
  }
  for (const row of history.quarters) {
    const q = qIndex(row.quarter);
    const v = row[index];
    if (v !== null) indexSignal.set(q, v);
    for (const [c, map] of components) {
      const s = row.components[c];
      if (s !== null) map.set(q, 100 * s);
    }
    for (const [m, map] of metrics) {
      const s = row.metrics[m];
      if (s !== null) map.set(q, 100 * s);
    }
  }
  return { index: indexSignal, components, metrics };
}

/** The whole scorecard: both indices, both events, every component and metric. */
export function scorecardV2(history: HistoryV2, events: EventsV2): ScorecardV2 {
  const out = {} as Record<IndexId, IndexScorecard>;
  for (const idx of INDEX_IDS) {
    const sig = signalsOf(history, idx);
    const perEvent = {} as Record<EventId, IndexEventScore>;
    for (const e of EVENT_IDS) {
      const ev = events[e];
      const components: IndexEventScore['components'] = {};
      for (const [c, s] of sig.components) components[c] = scoreSignal(s, ev);
      const metrics: IndexEventScore['metrics'] = {};
      for (const [m, s] of sig.metrics) metrics[m] = scoreSignal(s, ev);
      const candidates = [
        ...[...sig.components].map(([id, signal]) => ({ id, signal })),
        ...[...sig.metrics].map(([id, signal]) => ({ id, signal })),
      ];
      perEvent[e] = {
        ...scoreSignal(sig.index, ev),
        components,
        metrics,
        bestInput: bestInputTest(sig.index, candidates, ev),
      };
    }
    out[idx] = { auroc: perEvent.bust.auroc, events: perEvent };
  }
  const describe = (ev: EventDefinition) => ({
    episodes: ev.episodes.map((e) => ({ id: e.id, events: e.events.map(qLabel), at: qLabel(e.at) })),
    knownTo: Number.isFinite(ev.knownTo) ? qLabel(ev.knownTo) : null,
  });
  return {
    method: 'v2',
    horizon: HORIZON,
    high: HIGH,
    buildup: out.buildup,
    stress: out.stress,
    events: { bust: describe(events.bust), recession: describe(events.recession) },
  };
}
