/**
 * What `npm run backtest` prints (docs/METHOD.md §8): the quarterly table and the scorecard as text, or one
 * JSON object `{"method":"v2","quarters":[…],"scorecard":{…}}`. Pure: the CLI only reads files and prints.
 */
import type { EventId } from './events';
import { latestPercentile } from './history';
import type { BacktestV2 } from './index';
import { INDEX_IDS, type IndexId, V2_COMPONENTS, type V2ComponentId, type V2MetricId } from './method';
import type { IndexEventScore, SignalScore } from './scorecard';

const round = (x: number | null | undefined, digits: number): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : Number(x.toFixed(digits));

function roundScore(s: SignalScore) {
  return {
    from: s.from,
    to: s.to,
    positives: s.positives,
    negatives: s.negatives,
    auroc: round(s.auroc, 3),
    loeo: s.loeo.map((l) => ({ episode: l.episode, auroc: round(l.auroc, 3) })),
    loeoMin: round(s.loeoMin, 3),
    hitRate: round(s.hitRate, 3),
    falseAlarmRate: round(s.falseAlarmRate, 3),
    episodesCovered: s.episodesCovered,
    episodesHit: s.episodesHit,
    leadTimes: s.leadTimes,
  };
}

function roundEvent(s: IndexEventScore) {
  return {
    ...roundScore(s),
    bestInput: {
      ...s.bestInput,
      bestInputOos: round(s.bestInput.bestInputOos, 3),
      indexAuroc: round(s.bestInput.indexAuroc, 3),
      folds: s.bestInput.folds.map((f) => ({
        ...f,
        chosenAurocWithout: round(f.chosenAurocWithout, 3),
        chosenOos: round(f.chosenOos, 3),
        indexOos: round(f.indexOos, 3),
      })),
      hindsightBest: s.bestInput.hindsightBest && {
        id: s.bestInput.hindsightBest.id,
        auroc: round(s.bestInput.hindsightBest.auroc, 3),
      },
    },
    components: Object.fromEntries(Object.entries(s.components).map(([k, v]) => [k, roundScore(v)])),
    metrics: Object.fromEntries(Object.entries(s.metrics).map(([k, v]) => [k, roundScore(v)])),
  };
}

/** The `--json` object: quarters rounded as shown (indices to 0.1, scores to 0.001), the scorecard to 0.001. */
export function backtestJson(r: BacktestV2, from: Record<string, string> = {}) {
  const sc = r.scorecard;
  const index = (idx: IndexId) => ({
    auroc: round(sc[idx].auroc, 3),
    events: Object.fromEntries(
      (Object.keys(sc[idx].events) as EventId[]).map((e) => [e, roundEvent(sc[idx].events[e])]),
    ),
  });
  const today = (idx: IndexId) => {
    const p = latestPercentile(r.history, idx);
    return (
      p && {
        quarter: p.quarter,
        value: round(p.value, 1),
        percentile: round(p.percentile, 1),
        from: p.from,
        n: p.n,
      }
    );
  };
  return {
    method: 'v2' as const,
    quarters: r.history.quarters.map((q) => ({
      quarter: q.quarter,
      buildup: round(q.buildup, 1),
      stress: round(q.stress, 1),
      buildupBand: q.buildupBand,
      stressBand: q.stressBand,
      components: Object.fromEntries(Object.entries(q.components).map(([k, v]) => [k, round(v, 3)])),
    })),
    latest: { buildup: today('buildup'), stress: today('stress') },
    scorecard: {
      horizon: sc.horizon,
      high: sc.high,
      events: sc.events,
      buildup: index('buildup'),
      stress: index('stress'),
    },
    inputs: from,
  };
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const num = (x: number | null | undefined, d = 2) => (x === null || x === undefined ? '–' : x.toFixed(d));
const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? '–' : `${Math.round(100 * x)}%`;

function scoreLine(name: string, s: SignalScore): string {
  const leads = s.leadTimes.map((l) => `${l.episode.slice(0, 4)}:${l.lead ?? 'none'}`).join(' ');
  return [
    pad(name, 22),
    lpad(num(s.auroc), 6),
    lpad(num(s.loeoMin), 6),
    lpad(pct(s.hitRate), 5),
    lpad(pct(s.falseAlarmRate), 6),
    lpad(`${s.episodesHit}/${s.episodesCovered}`, 6),
    lpad(`${s.positives}/${s.negatives}`, 8),
    `  ${s.from ?? '–'}…${s.to ?? '–'}  ${leads}`,
  ].join(' ');
}

const EVENT_NAMES: Record<EventId, string> = {
  bust: '(a) bust: S&P or NASDAQ peaks before a fall of ≥ 40% in quarter means, within 8 quarters',
  recession: '(b) an NBER recession starts within 8 quarters',
};

/** The text report: the quarterly table, then the scorecard for each index and event. */
export function formatReport(r: BacktestV2): string {
  const out: string[] = [];
  out.push('History v2 (docs/METHOD.md): market-wide build-up and stress, 0–100, by quarter');
  out.push(
    `${pad('quarter', 8)} ${lpad('build-up', 8)} ${pad('', 9)} ${lpad('stress', 6)} ${pad('', 9)} components`,
  );
  for (const q of r.history.quarters) {
    out.push(
      `${pad(q.quarter, 8)} ${lpad(num(q.buildup, 1), 8)} ${pad(q.buildupBand ?? '', 9)} ${lpad(num(q.stress, 1), 6)} ${pad(
        q.stressBand ?? '',
        9,
      )} ${q.covered.buildup.length}/5 + ${q.covered.stress.length}/2`,
    );
  }
  for (const idx of INDEX_IDS) {
    const p = latestPercentile(r.history, idx);
    if (p) {
      out.push(
        `Latest ${idx === 'buildup' ? 'market-wide build-up' : 'market-wide stress'}: ${p.value.toFixed(1)} (${p.quarter}), ${Math.round(p.percentile)}th percentile of ${p.from}–${p.to} (${p.n} quarters)`,
      );
    }
  }
  out.push('');
  out.push(
    'Scorecard (AUROC; LOEO = lowest leave-one-episode-out AUROC; hits and false alarms at ≥ 50; episodes hit;',
  );
  out.push('positive/negative quarters; sample; lead in quarters before each episode, "none" if never ≥ 50)');
  for (const idx of INDEX_IDS) {
    for (const e of ['bust', 'recession'] as EventId[]) {
      const s = r.scorecard[idx].events[e];
      out.push('');
      out.push(`${idx === 'buildup' ? 'BUILD-UP' : 'STRESS'} — ${EVENT_NAMES[e]}`);
      out.push(
        `${pad('', 22)} ${lpad('AUROC', 6)} ${lpad('LOEO', 6)} ${lpad('hits', 5)} ${lpad('false', 6)} ${lpad('ep', 6)} ${lpad('+/−', 8)}`,
      );
      out.push(scoreLine(`index (${idx})`, s));
      for (const [c, cs] of Object.entries(s.components) as Array<[V2ComponentId, SignalScore]>) {
        out.push(scoreLine(`  ${c}`, cs));
        for (const m of V2_COMPONENTS[c].metrics) {
          const ms = s.metrics[m as V2MetricId];
          if (ms) out.push(scoreLine(`    ${m}`, ms));
        }
      }
      const b = s.bestInput;
      out.push(
        `  best single input out of sample: ${num(b.bestInputOos)} (chosen per held-out episode: ${b.folds
          .map((f) => `${f.episode.slice(0, 7)}→${f.chosen || '–'}`)
          .join(
            ', ',
          )}); index ${num(b.indexAuroc)} → ${b.passes === null ? 'n/a' : b.passes ? 'beats it' : 'does NOT beat it'}; best with hindsight: ${b.hindsightBest ? `${b.hindsightBest.id} ${num(b.hindsightBest.auroc)}` : '–'}`,
      );
    }
  }
  out.push('');
  out.push(
    'Small sample: each event has only a handful of episodes; the quarters before one episode are one piece of evidence, not many.',
  );
  return out.join('\n');
}
