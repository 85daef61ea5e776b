/**
 * The README's worked example. Its table is generated from the model (`npm run worked-example`), so this
 * test checks two things: that the README holds exactly what the model computes now (it cannot drift
 * from what the gauge shows), and, independently of the generator, that the numbers it states follow
 * from the fixtures by hand (the inputs' bases included).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realDatedFiles, realFiles } from '../../tests/fixture-files';
import { workedExampleInput } from '../data/worked-example-input';
import { readYear } from './model';
import { COMPONENT_IDS } from './pressure';
import type { Scenario } from './scenario';
import { replaceWorkedExample, WORKED_END, WORKED_START, workedExampleMarkdown } from './worked-example';

const files = realFiles();
const base = workedExampleInput(files, realDatedFiles());
const input = (scenario: Partial<Scenario> = {}) => ({
  ...base,
  scenario: { ...base.scenario, ...scenario },
});

const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
const block = readme
  .slice(readme.indexOf(WORKED_START) + WORKED_START.length, readme.indexOf(WORKED_END))
  .trim();
const cells = (line: string) => line.split('|').map((c) => c.replace(/\*/g, '').trim());
const rows = block
  .split('\n')
  .filter((l) => l.startsWith('| '))
  .map(cells)
  .filter((c) => (COMPONENT_IDS as readonly string[]).includes(c[1] ?? ''));
const text = (id: string) => rows.find((r) => r[1] === id)?.[2] ?? '';
const compositeLine = block.split('\n').find((l) => l.includes('**composite**')) ?? '';

/** The fixture JSON, read independently of the loader. */
const json = (file: string) =>
  JSON.parse(files[file] ?? 'null') as {
    series: Array<{
      id: string;
      entity?: string;
      tenant?: string;
      observations: Array<{ period: number | string; value: number; kind: string }>;
    }>;
  };
const obs = (file: string, series: string, period: number | string) =>
  json(file)
    .series.find((s) => s.id === series)
    ?.observations.find((o) => String(o.period) === String(period));

describe("README's worked example (2026, default scenario and weights)", () => {
  const reading = readYear(input(), 2026);
  const result = reading.result;
  if (!result.ok) throw new Error('no 2026 composite');

  it('is exactly what the model generates now (run `npm run worked-example` after a change)', () => {
    expect(block).toBe(workedExampleMarkdown(input(), 2026));
    expect(replaceWorkedExample(readme, workedExampleMarkdown(input(), 2026))).toBe(readme);
  });

  it('lists every component once, with its score and points as the model computes them', () => {
    expect(rows.map((r) => r[1])).toEqual([...COMPONENT_IDS]);
    for (const r of rows) {
      const id = r[1] as (typeof COMPONENT_IDS)[number];
      expect(r[3], `${id} score`).toBe(reading.components[id].score?.toFixed(3));
      expect(r[4], `${id} points`).toBe(result.contributions[id]?.toFixed(2));
    }
    expect(cells(compositeLine)[4]).toBe(`${result.value.toFixed(1)} — high`);
  });

  it('states the capex inputs and their bases, which follow from the fixtures by hand', () => {
    // 2025 on one basis: calendar years including finance leases, Microsoft's four quarters summed.
    const q = ['2025-03', '2025-06', '2025-09', '2025-12'].map(
      (p) => obs('hyperscaler-capex.json', 'microsoft-quarterly', p)?.value ?? Number.NaN,
    );
    const msft2025 = q.reduce((a, b) => a + b, 0);
    expect(obs('hyperscaler-capex.json', 'microsoft', 2025)?.value).toBeCloseTo(msft2025, 9);
    const four2025 =
      ['alphabet', 'amazon', 'meta'].reduce(
        (a, id) => a + (obs('hyperscaler-capex.json', id, 2025)?.value ?? Number.NaN),
        0,
      ) + msft2025;
    // 2026: Microsoft's calendar figure is secondary, so the gauge reads Bloomberg's verified tally.
    expect(obs('hyperscaler-capex.json', 'microsoft', 2026)?.kind).toBe('secondary');
    const press2026 = obs('capex.json', 'big-four-press', 2026);
    expect(press2026?.kind).not.toBe('secondary');
    const capex = text('capex-growth');
    expect(capex).toContain(`$${press2026?.value}B (Bloomberg's verified tally`);
    expect(capex).toContain(`over $${Math.round(four2025 * 10) / 10}B in 2025`);
    expect(capex).toContain('including finance leases');
    expect(capex).toContain(`= +${(((press2026?.value ?? 0) / four2025 - 1) * 100).toFixed(1)}%`);
    // The revision: each company's own guidance (Meta 125 → 135), never the Street's expectation.
    expect(capex).toContain("the Street's expectations are not revisions");
    expect(capex).toContain('$505B → $515B = +2.0%');
  });

  it('states the SPV universe: the five hyperscalers on both sides', () => {
    const five = ['alphabet', 'amazon', 'meta', 'microsoft', 'oracle'];
    const spv = json('spv.json')
      .series.filter((s) => five.includes(s.tenant ?? s.entity ?? ''))
      .flatMap((s) =>
        s.observations.filter((o) => String(o.period).startsWith('2025') && o.kind !== 'secondary'),
      )
      .reduce((a, o) => a + o.value, 0);
    const bofa = obs('bonds.json', 'bofa-total', '2025-12')?.value ?? Number.NaN;
    const t = text('off-balance-sheet');
    expect(t).toContain(`$${Math.round(spv * 10) / 10}B of debt`);
    expect(t).toContain(`$${bofa}B of the same five's 2025 US bonds`);
    expect(t).toContain(`= ${((spv / bofa) * 100).toFixed(1)}%`);
  });

  it('names the basis of every other input (scenario inputs, series, estimates)', () => {
    expect(text('debt-financing')).toContain('(scenario input)');
    expect(text('debt-financing')).toContain('FRED BAMLC0A4CBBB');
    expect(text('valuation')).toContain('Wilshire 5000 / GDP');
    expect(text('credit-concentration')).toContain("J.P. Morgan's own classification");
    expect(text('credit-concentration')).toContain('an estimate');
    expect(text('depreciation')).toContain('(scenario input)');
    expect(text('monetization-gap')).toContain('(scenario input)');
  });

  it('reads 2026 capex growth from the companies and the new metrics from the FRED series', () => {
    const capex = reading.components['capex-growth'].metrics;
    expect(capex.find((m) => m.metric === 'capex-yoy')?.raw?.basis).toBe('guidance');
    expect(capex.find((m) => m.metric === 'capex-gdp')?.raw?.basis).toBe('scenario');
    expect(
      reading.components['debt-financing'].metrics.find((m) => m.metric === 'bbb-spread')?.raw,
    ).not.toBeNull();
  });

  it('states what s.life=3 does', () => {
    const three = readYear(input({ life: 3 }), 2026);
    if (!three.result.ok) throw new Error('no composite');
    const dep = three.components.depreciation.score ?? Number.NaN;
    const delta = (three.result.contributions.depreciation ?? 0) - (result.contributions.depreciation ?? 0);
    expect(block.replace(/\s+/g, ' ')).toContain(
      `depreciation rises to ${dep.toFixed(3)} (+${delta.toFixed(2)} points, composite ${three.result.value.toFixed(1)})`,
    );
  });
});

describe('the worked example of method v2 (README)', async () => {
  const { readFileSync: read } = await import('node:fs');
  const { workedExampleHistoryInputs } = await import('../data/worked-example-input');
  const { computeHistoryV2 } = await import('./backtest/history');
  const { readGauge, defaultGaugeWeights } = await import('./gauge-v2');
  const v2 = await import('./worked-example-v2');
  const shiller = read(join(process.cwd(), 'fixtures/shiller/ie-data.json'), 'utf8');
  const loaded = await workedExampleHistoryInputs(realDatedFiles(), shiller);
  const history = computeHistoryV2(loaded.inputs);
  const g = readGauge(readYear(base, 2026), history, defaultGaugeWeights());
  const v2Block = readme
    .slice(readme.indexOf(v2.WORKED_V2_START) + v2.WORKED_V2_START.length, readme.indexOf(v2.WORKED_V2_END))
    .trim();

  it('is what the model and history v2 compute now (npm run worked-example)', () => {
    expect(loaded.errors).toEqual([]);
    expect(v2Block).toBe(v2.workedExampleV2Markdown(g, history));
  });

  it('adds up: each index is the sum of its parts, the market-wide parts are the history’s own scores', () => {
    for (const index of ['buildup', 'stress'] as const) {
      const r = g[index];
      const sum = r.parts.reduce((a, p) => a + (p.points ?? 0), 0);
      expect(sum).toBeCloseTo(r.value ?? Number.NaN, 9);
      const q = history.latest[index];
      for (const p of r.parts.filter((x) => x.group === 'market'))
        expect(p.score, p.id).toBe(q?.components[p.id as keyof typeof q.components] ?? null);
      // Equal weights over the parts with data: each part's points are 100 × score / n.
      const n = r.parts.filter((p) => p.score !== null).length;
      for (const p of r.parts) if (p.score !== null) expect(p.points).toBeCloseTo((100 * p.score) / n, 9);
    }
    // The NVIDIA drawdown part reads the fixture's latest drawdown, 4.6%, on the v1 thresholds 0% → 50%.
    expect(g.stress.parts.find((p) => p.id === 'ai-drawdown')?.score).toBeCloseTo(4.6 / 50, 9);
    // The README states both readings with their bands.
    expect(v2Block).toContain(`**${g.buildup.shown?.toFixed(1)} — `);
    expect(v2Block).toContain(`**${g.stress.shown?.toFixed(1)} — `);
  });
});
