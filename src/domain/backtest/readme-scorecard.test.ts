/**
 * The README's "How well does this warn?" tables are what the code computes: the scorecard is recomputed
 * here from the committed fixtures, every row and line is formatted here, and the README must hold exactly
 * those rows (no more, no fewer) and the same "today" figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyV2FixtureInputs } from '../../../tests/history-v2-inputs';
import type { EventId } from './events';
import { latestPercentile } from './history';
import { runBacktest } from './index';
import { type IndexId, V2_COMPONENTS, type V2ComponentId } from './method';
import type { SignalScore } from './scorecard';

const README = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
/** A table row's cells, trimmed (the formatter pads tables to align their columns). */
const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());
const section = README.slice(
  README.indexOf('### How well does this warn?'),
  README.indexOf('### Back-test from files'),
);
const r = runBacktest(historyV2FixtureInputs());

const NAME: Record<IndexId, string> = { buildup: 'build-up', stress: 'stress' };
const EVENT: Record<EventId, string> = { bust: '(a) bust', recession: '(b) recession' };
const f2 = (x: number | null) => (x === null ? '–' : x.toFixed(2));
const pc = (x: number | null) => (x === null ? '–' : `${Math.round(100 * x)}%`);
const year = (episode: string) => episode.slice(0, 4);

function loeo(s: SignalScore): string {
  let best: { episode: string; auroc: number } | null = null;
  for (const l of s.loeo)
    if (l.auroc !== null && (best === null || l.auroc < best.auroc))
      best = { episode: l.episode, auroc: l.auroc };
  return best ? `${best.auroc.toFixed(2)} (without ${year(best.episode)})` : '–';
}
const leads = (s: SignalScore) =>
  s.leadTimes.map((l) => `${year(l.episode)}: ${l.lead ?? 'none'}`).join(' · ');

function expectedRows(): string[] {
  const rows: string[] = [];
  for (const idx of ['buildup', 'stress'] as const) {
    for (const ev of ['bust', 'recession'] as const) {
      const s = r.scorecard[idx].events[ev];
      const b = s.bestInput;
      const chosen = [...new Set(b.folds.map((f) => f.chosen))].sort();
      rows.push(
        `| ${NAME[idx]} | ${EVENT[ev]} | ${f2(s.auroc)} | ${loeo(s)} | ${pc(s.hitRate)} | ${pc(s.falseAlarmRate)} | ${s.episodesHit} of ${s.episodesCovered} | ${f2(b.bestInputOos)} (${chosen.join(', ')}) | ${b.passes ? 'yes' : 'no'} |`,
      );
    }
  }
  for (const ev of ['bust', 'recession'] as const) {
    for (const idx of ['buildup', 'stress'] as const) {
      const e = r.scorecard[idx].events[ev];
      for (const [c, cs] of Object.entries(e.components) as Array<[V2ComponentId, SignalScore]>) {
        const lines: Array<[string, SignalScore]> = [[`**${c}**`, cs]];
        for (const m of V2_COMPONENTS[c].metrics) {
          const ms = e.metrics[m];
          if (ms) lines.push([`· ${m}`, ms]);
        }
        for (const [name, s] of lines) {
          const last = ev === 'bust' ? leads(s) : `${s.episodesHit} of ${s.episodesCovered}`;
          rows.push(
            `| ${NAME[idx]} | ${name} | ${s.from?.slice(0, 4)}–${s.to?.slice(0, 4)} | ${f2(s.auroc)} | ${loeo(s)} | ${pc(s.hitRate)} | ${pc(s.falseAlarmRate)} | ${last} |`,
          );
        }
      }
    }
  }
  return rows;
}

describe('README › How well does this warn?', () => {
  it('holds exactly the scorecard rows the code computes from the fixtures', () => {
    const inReadme = section.split('\n').filter((l) => /^\| (build-up|stress) +\|/.test(l));
    expect(inReadme.map(cells)).toEqual(expectedRows().map(cells));
  });

  it('lists the lead time before each episode as computed', () => {
    for (const idx of ['buildup', 'stress'] as const) {
      for (const ev of ['bust', 'recession'] as const) {
        expect(section).toContain(`- ${NAME[idx]}, ${EVENT[ev]}: ${leads(r.scorecard[idx].events[ev])}\n`);
      }
    }
  });

  it('shows the readings and today’s place in history as computed', () => {
    const cell = (v: number | null, band: string | null) => (v === null ? '–' : `${v.toFixed(1)} · ${band}`);
    const rows = section.split('\n').filter((l) => /^\| \d{4}-Q\d +\|/.test(l));
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const q = row.slice(2, 9);
      const h = r.history.quarters.find((x) => x.quarter === q);
      expect(h, q).toBeDefined();
      if (!h) continue;
      expect(cells(row)).toEqual([q, cell(h.buildup, h.buildupBand), cell(h.stress, h.stressBand)]);
    }
    const b = latestPercentile(r.history, 'buildup');
    const s = latestPercentile(r.history, 'stress');
    expect(b && s).toBeTruthy();
    if (!b || !s) return;
    expect(section).toContain(
      `Market-wide build-up reads **${b.value.toFixed(1)}** (${r.history.latest.buildup?.buildupBand}) in ${b.quarter}`,
    );
    expect(section).toContain(
      `**${Math.round(b.percentile)}th percentile** of its history (${b.from}–${b.quarter}, ${b.n} quarters)`,
    );
    expect(section).toContain(
      `Market-wide stress reads **${s.value.toFixed(1)}** (${r.history.latest.stress?.stressBand}) in ${s.quarter}`,
    );
    expect(section).toContain(`${Math.round(s.percentile)}th percentile of ${s.from}–${s.quarter}`);
  });
});
