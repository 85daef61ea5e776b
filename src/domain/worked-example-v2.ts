/**
 * The README's worked example of method v2: the dashboard's two readings for a year (default scenario and
 * weights), each part with what it reads, its score and its points, built from the model and history v2
 * (`readGauge`), so the README cannot drift from what the meters show. Pure.
 */

import type { QuarterV2 } from './backtest/history';
import { V2_COMPONENTS, V2_METRICS, type V2ComponentId } from './backtest/method';
import {
  type AiPartId,
  aiPartMetrics,
  GAUGE_INDEXES,
  type GaugeReading,
  type IndexId,
  type MarketHistory,
  togetherKey,
} from './gauge-v2';
import { markdownTable } from './worked-example';

export const WORKED_V2_START = '<!-- worked-example-v2:start (generated: npm run worked-example) -->';
export const WORKED_V2_END = '<!-- worked-example-v2:end -->';

const sc = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(3));
const band = (v: number) => (v < 25 ? 'calm' : v < 50 ? 'elevated' : v < 75 ? 'high' : 'extreme');
const NAMES: Readonly<Record<IndexId, string>> = { buildup: 'build-up', stress: 'stress' };
const VERDICT: Readonly<Record<string, string>> = {
  'low-low': 'no stretch, no cracks',
  'low-some': 'some strain without a boom behind it',
  'low-high': 'strain without a boom behind it',
  'some-low': 'stretching, no cracks yet',
  'some-some': 'stretching, first cracks showing',
  'some-high': 'cracking under a moderate stretch',
  'high-low': 'stretched, no cracks yet',
  'high-some': 'stretched, first cracks showing',
  'high-high': 'stretched and cracking',
};
const LEVEL: Readonly<Record<string, string>> = { low: 'low', some: 'moderate', high: 'high' };

function unitOf(unit: string, v: number): string {
  return unit === 'pct' ? `${v.toFixed(1)}%` : unit === 'pp' ? `${v.toFixed(2)} pp` : v.toFixed(2);
}

/** What a market-wide part reads at its quarter: each metric's value (— without one) and score. */
function marketText(q: (Partial<QuarterV2> & { quarter: string }) | null, id: V2ComponentId): string {
  if (!q) return '—';
  const parts = V2_COMPONENTS[id].metrics.map((m) => {
    const raw = q.raw?.[m] ?? null;
    const score = q.metrics?.[m] ?? null;
    return `${V2_METRICS[m].label} ${raw === null ? '—' : unitOf(V2_METRICS[m].unit, raw)}${score === null ? '' : ` → ${sc(score)}`}`;
  });
  return `history v2 at ${q.quarter}: ${parts.join('; ')}`;
}

/** What an AI part reads: each metric's value, its basis and score (the v1 metrics, METHOD.md §7). */
function aiText(g: GaugeReading, id: AiPartId): string {
  const ms = aiPartMetrics(g.reading, id);
  if (ms.length === 0) return '—';
  return ms
    .map((m) => {
      if (!m.raw || !m.threshold) return `${m.metric} —`;
      const value = unitOf(m.threshold.unit === 'pct' ? 'pct' : 'ratio', m.raw.value);
      const basis = m.raw.basis ?? 'data';
      const score = id === 'capex-cut' ? '' : ` → ${sc(m.score)}`;
      return `${m.metric} ${value} (${basis}${m.raw.kind === 'projection' ? ', projection' : ''})${score}`;
    })
    .join('; ');
}

/** The worked example's markdown: one table per index, the readings and the sentence that reads them. */
export function workedExampleV2Markdown(g: GaugeReading, history: MarketHistory): string {
  const lines: string[] = [];
  for (const index of GAUGE_INDEXES) {
    const r = g[index];
    const withData = r.parts.filter((p) => p.score !== null && p.weight > 0).length;
    const q = history.latest[index] as (Partial<QuarterV2> & { quarter: string }) | null;
    const rows = [
      ['part', 'group', 'what it reads', 'score', `points = 100 × score × 1 / ${withData}`],
      ...r.parts.map((p) => [
        p.id,
        p.group === 'market' ? 'market-wide' : 'AI-specific',
        p.group === 'market' ? marketText(q, p.id as V2ComponentId) : aiText(g, p.id as AiPartId),
        sc(p.score),
        p.points === null ? '— (no data)' : p.points.toFixed(2),
      ]),
      [
        `**${NAMES[index]}**`,
        '',
        r.market === null ? '' : `market-wide parts alone: ${r.market.toFixed(1)}`,
        '',
        r.shown === null ? '—' : `**${r.shown.toFixed(1)} — ${band(r.shown)}**`,
      ],
    ];
    lines.push(...markdownTable(rows), '');
  }
  const b = g.buildup.shownBand;
  const s = g.stress.shownBand;
  if (b && s) {
    const [lb, ls] = togetherKey(b, s).split('-');
    lines.push(
      `Read together (${g.year}): “Build-up ${LEVEL[lb ?? '']}, stress ${LEVEL[ls ?? '']}: ${VERDICT[togetherKey(b, s)]}.” A part without data (—) adds no points and takes no share of the weights.`,
    );
  }
  return lines.join('\n').trimEnd();
}

/** README text with the v2 block replaced; null when its markers are missing. */
export function replaceWorkedExampleV2(readme: string, markdown: string): string | null {
  const a = readme.indexOf(WORKED_V2_START);
  const b = readme.indexOf(WORKED_V2_END);
  if (a < 0 || b < a) return null;
  return `${readme.slice(0, a + WORKED_V2_START.length)}\n${markdown}\n${readme.slice(b)}`;
}
