/**
 * The "How well does this warn?" table, pure: rows for each index and event, rows for each component and
 * metric, and the findings in words (where it works, where it fails, the small sample), all read from the
 * scorecard the back-test computed (`scorecardV2`), never typed in. The component draws these; the words
 * come from the history catalogue by key. No React.
 */
import type { EventId } from '../../domain/backtest/events';
import {
  INDEX_COMPONENTS,
  INDEX_IDS,
  type IndexId,
  V2_COMPONENTS,
  type V2ComponentId,
  type V2MetricId,
} from '../../domain/backtest/method';
import type { IndexEventScore, ScorecardV2, SignalScore } from '../../domain/backtest/scorecard';

export const SCORED_EVENTS: readonly EventId[] = ['bust', 'recession'];

/** What a row of the scorecard scores: an index, a component or a metric. */
export type InputRef =
  | { kind: 'index'; id: IndexId }
  | { kind: 'component'; id: V2ComponentId }
  | { kind: 'metric'; id: V2MetricId };

export interface Lead {
  /** The event's year (its first peak, or the recession's start). */
  year: string;
  lead: number | null;
}

export interface ScoreCells {
  from: string | null;
  to: string | null;
  auroc: number | null;
  loeoMin: number | null;
  /** The episode whose leaving out gives the lowest AUROC, by its event year. */
  loeoWithout: string | null;
  hitRate: number | null;
  falseAlarmRate: number | null;
  episodesHit: number;
  episodesCovered: number;
  leads: Lead[];
}

export interface SummaryRow extends ScoreCells {
  index: IndexId;
  event: EventId;
  /** Out-of-sample AUROC of "pick the best single input"; the inputs it picked, most often first. */
  best: number | null;
  bestInputs: InputRef[];
  beats: boolean | null;
}

export interface InputRow extends ScoreCells {
  index: IndexId;
  input: InputRef;
}

function yearOfEpisode(sc: ScorecardV2, event: EventId, id: string): string {
  const ep = sc.events[event].episodes.find((e) => e.id === id);
  return (ep?.at ?? id).slice(0, 4);
}

function cells(sc: ScorecardV2, event: EventId, s: SignalScore): ScoreCells {
  let without: string | null = null;
  for (const l of s.loeo) if (l.auroc !== null && l.auroc === s.loeoMin) without ??= l.episode;
  return {
    from: s.from,
    to: s.to,
    auroc: s.auroc,
    loeoMin: s.loeoMin,
    loeoWithout: without === null ? null : yearOfEpisode(sc, event, without),
    hitRate: s.hitRate,
    falseAlarmRate: s.falseAlarmRate,
    episodesHit: s.episodesHit,
    episodesCovered: s.episodesCovered,
    leads: s.leadTimes.map((l) => ({ year: l.at.slice(0, 4), lead: l.lead })),
  };
}

const COMPONENT_SET = new Set<string>(Object.keys(V2_COMPONENTS));

export function inputRef(id: string): InputRef {
  return COMPONENT_SET.has(id)
    ? { kind: 'component', id: id as V2ComponentId }
    : { kind: 'metric', id: id as V2MetricId };
}

/** Each index on each event: its own figures and the best-single-input test. */
export function summaryRows(sc: ScorecardV2): SummaryRow[] {
  const out: SummaryRow[] = [];
  for (const index of INDEX_IDS) {
    for (const event of SCORED_EVENTS) {
      const s: IndexEventScore = sc[index].events[event];
      const counts = new Map<string, number>();
      for (const f of s.bestInput.folds) if (f.chosen) counts.set(f.chosen, (counts.get(f.chosen) ?? 0) + 1);
      const bestInputs = [...counts]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([id]) => inputRef(id));
      out.push({
        index,
        event,
        ...cells(sc, event, s),
        best: s.bestInput.bestInputOos,
        bestInputs,
        beats: s.bestInput.passes,
      });
    }
  }
  return out;
}

/** Each index, then each of its components followed by the component's metrics, on one event. */
export function inputRows(sc: ScorecardV2, event: EventId): InputRow[] {
  const out: InputRow[] = [];
  for (const index of INDEX_IDS) {
    const s = sc[index].events[event];
    out.push({ index, input: { kind: 'index', id: index }, ...cells(sc, event, s) });
    for (const c of INDEX_COMPONENTS[index]) {
      const cs = s.components[c];
      if (cs) out.push({ index, input: { kind: 'component', id: c }, ...cells(sc, event, cs) });
      for (const m of V2_COMPONENTS[c].metrics) {
        const ms = s.metrics[m];
        if (ms) out.push({ index, input: { kind: 'metric', id: m }, ...cells(sc, event, ms) });
      }
    }
  }
  return out;
}

/** Below this an AUROC is read as "no forward information" (0.5 is chance). */
export const NO_INFO = 0.55;

export type FindingKey =
  | 'f.beats'
  | 'f.robust'
  | 'f.lead'
  | 'f.notBeats'
  | 'f.noInfo'
  | 'f.missed'
  | 'f.worse'
  | 'f.falseAlarms'
  | 'f.small';

/** A finding: a message key and its values (numbers, names and lists, formatted by the component). */
export interface Finding {
  key: FindingKey;
  index?: IndexId;
  event?: EventId;
  auroc?: number | null;
  best?: number | null;
  loeo?: number | null;
  inputs?: InputRef[];
  /** Event years: warned (with leads) or missed. */
  episodes?: Lead[];
  share?: number | null;
  counts?: Record<string, number>;
}

export interface Findings {
  works: Finding[];
  fails: Finding[];
  small: Finding;
}

/**
 * The findings, read from the scorecard: what beats its best input and what does not, what keeps its
 * information without any one episode, which episodes were warned or missed, inputs worse than chance, the
 * false-alarm share, and the small-sample caveat with the sample's own counts.
 */
export function findings(sc: ScorecardV2): Findings {
  const works: Finding[] = [];
  const fails: Finding[] = [];
  for (const row of summaryRows(sc)) {
    const { index, event } = row;
    if (row.beats === true)
      works.push({ key: 'f.beats', index, event, auroc: row.auroc, best: row.best, inputs: row.bestInputs });
    if (row.auroc !== null && row.auroc < NO_INFO) {
      fails.push({ key: 'f.noInfo', index, event, auroc: row.auroc });
    } else if (row.loeoMin !== null && row.loeoMin >= NO_INFO) {
      works.push({ key: 'f.robust', index, event, loeo: row.loeoMin });
    }
    if (row.beats === false)
      fails.push({
        key: 'f.notBeats',
        index,
        event,
        auroc: row.auroc,
        best: row.best,
        inputs: row.bestInputs,
      });
    if (event === 'bust') {
      const warned = row.leads.filter((l) => l.lead !== null);
      const missed = row.leads.filter((l) => l.lead === null);
      if (warned.length > 0) works.push({ key: 'f.lead', index, event, episodes: warned });
      if (missed.length > 0)
        fails.push({
          key: 'f.missed',
          index,
          event,
          episodes: missed,
          counts: { missed: missed.length, covered: row.leads.length },
        });
      if (index === 'buildup') fails.push({ key: 'f.falseAlarms', index, event, share: row.falseAlarmRate });
    }
  }
  for (const event of SCORED_EVENTS) {
    const worse = inputRows(sc, event).filter(
      (r) => r.input.kind !== 'index' && r.auroc !== null && r.auroc < 0.5,
    );
    if (worse.length > 0) fails.push({ key: 'f.worse', event, inputs: worse.map((r) => r.input) });
  }
  const b = sc.buildup.events.bust;
  let swing = 0;
  for (const l of b.loeo)
    if (l.auroc !== null && b.auroc !== null) swing = Math.max(swing, Math.abs(l.auroc - b.auroc));
  return {
    works,
    fails,
    small: {
      key: 'f.small',
      index: 'buildup',
      event: 'bust',
      loeo: swing,
      // Episodes in the index's sample (the event lists reach back before it: USREC from 1854).
      counts: {
        episodes: b.episodesCovered,
        positives: b.positives,
        recessions: sc.buildup.events.recession.episodesCovered,
      },
    },
  };
}
