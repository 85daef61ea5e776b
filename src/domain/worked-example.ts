/**
 * The README's worked example, built from the model: one row per component with each raw input, its
 * value and its basis (where the figure comes from and on what footing), the score and the points, then
 * the composite and what `s.life=3` does. `scripts/worked-example.mjs` writes it into README.md between
 * its markers, and `worked-example.test.ts` fails when the README and the model disagree. Pure.
 */
import { bigFourCapex, companyRevisionParts, filedUsefulLife, spvToBonds } from './company-figures';
import { usGdp } from './dated-figures';
import { type ModelInput, readYear } from './model';
import { COMPONENT_IDS, type ComponentId } from './pressure';
import { findSeries, observationInYear } from './series';

export const WORKED_START = '<!-- worked-example:start (generated: npm run worked-example) -->';
export const WORKED_END = '<!-- worked-example:end -->';

const usd = (v: number) => `$${v.toLocaleString('en-US', { maximumFractionDigits: 1 })}B`;
const pc = (v: number, digits = 1) => `${v.toFixed(digits)}%`;
const sc = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(3));
const clipped = (score: number | null | undefined) =>
  score === 1 ? '1.0 (clipped)' : score === 0 ? '0' : sc(score);

const NAMES: Readonly<Record<string, string>> = {
  alphabet: 'Alphabet',
  amazon: 'Amazon',
  meta: 'Meta',
  microsoft: 'Microsoft',
  hyperion: 'Hyperion for Meta',
  vantage: "Vantage's loans for Oracle",
  abilene: "Abilene's two loans for Oracle",
};
const names = (ids: readonly string[]) => ids.map((id) => NAMES[id] ?? id).join(', ');

function band(value: number): string {
  return value < 25 ? 'calm' : value < 50 ? 'elevated' : value < 75 ? 'high' : 'extreme';
}

/** The raw metrics of each component, in words, with each input's basis. */
function metricTexts(input: ModelInput, year: number): Record<ComponentId, string> {
  const r = readYear(input, year);
  const m = (c: ComponentId, id: string) => r.components[c].metrics.find((x) => x.metric === id);
  const d = input.datasets;
  const s = input.scenario;
  const parts: string[] = [];

  // capex-growth
  const now = bigFourCapex(d, year);
  const before = bigFourCapex(d, year - 1);
  const basisOf = (t: NonNullable<typeof now>, y: number) =>
    t.basis === 'companies'
      ? `the four companies' calendar-${y} figures including finance leases; Microsoft's four quarters summed`
      : `Bloomberg's verified tally of the four's ${y} forecasts; Microsoft's calendar-${y} figure is only in secondary reports`;
  const yoy = m('capex-growth', 'capex-yoy');
  if (now && before && yoy?.raw)
    parts.push(
      `y/y: ${usd(now.value)} (${basisOf(now, year)}) over ${usd(before.value)} in ${year - 1} (${basisOf(before, year - 1)}) = +${pc(yoy.raw.value)} → ${clipped(yoy.score)}`,
    );
  const rev = m('capex-growth', 'capex-revision');
  const revParts = companyRevisionParts(d['hyperscaler-capex'], year);
  if (rev?.raw && revParts)
    parts.push(
      `revision, each company's own guidance from its first to its latest (${names(revParts.revisedBy)} revised; ${names(['alphabet', 'amazon', 'meta', 'microsoft'].filter((c) => !revParts.companies.includes(c))) || 'none'} left out, no usable figure; the Street's expectations are not revisions): ${usd(revParts.first)} → ${usd(revParts.now)} = +${pc(rev.raw.value)} → ${sc(rev.score)}`,
    );
  const gdpM = m('capex-growth', 'capex-gdp');
  const gdp = usGdp(input.dated?.GDP, s, year);
  if (gdpM?.raw && gdp && now)
    parts.push(
      `capex/GDP: ${usd(now.value)} / ${usd(Math.round(gdp.value))} (US nominal GDP, FRED${gdp.projected ? `, the last full year's mean grown at the scenario's ${s.gdp}%` : ''}) = ${pc(gdpM.raw.value, 2)} → ${clipped(gdpM.score)}`,
    );
  const capexText = parts.join('; ');

  // debt-financing
  const bc = m('debt-financing', 'bonds-to-capex');
  const bbb = m('debt-financing', 'bbb-spread');
  const bbbSeries = input.dated?.BAMLC0A4CBBB;
  const debtText = [
    bc?.raw
      ? `bonds/capex ${pc(bc.raw.value, 0)}${bc.raw.basis === 'scenario' ? ' (scenario input)' : ''} → ${sc(bc.score)}`
      : null,
    bbb?.raw
      ? `BBB spread ${Math.round(bbb.raw.value)} bp (mean of the daily ICE BofA BBB OAS, FRED BAMLC0A4CBBB${bbbSeries?.asOf.startsWith(String(year)) ? `, ${year} to ${bbbSeries.asOf}` : ''}) → ${clipped(bbb.score)}`
      : null,
  ]
    .filter(Boolean)
    .join('; ');

  // off-balance-sheet
  const spv = spvToBonds(d, Math.min(year, 2025));
  const spvM = m('off-balance-sheet', 'spv-to-bonds');
  const spvText =
    spv && spvM?.raw
      ? `${usd(spv.spv)} of debt of the vehicles financing the five hyperscalers' data centres (${names(spv.vehicles)}; xAI's vehicle finances a company outside the five) / ${usd(spv.bonds)} of the same five's 2025 US bonds (BofA's count) = ${pc(spvM.raw.value)} → ${pc(spvM.raw.value)}/150${year > 2025 ? ' (2025 held)' : ''}`
      : '—';

  // valuation
  const buf = m('valuation', 'buffett-indicator');
  const nv = m('valuation', 'nvidia-drawdown');
  const bufObs = observationInYear(findSeries(d.valuation, 'buffett-indicator'), 2025);
  const valText = [
    buf?.raw
      ? `Buffett indicator ${pc(buf.raw.value, 0)} (Wilshire 5000 / GDP, LongTermTrends, ${bufObs?.period ?? ''}${year > 2025 ? ', held' : ''}) → ${clipped(buf.score)}`
      : null,
    nv?.raw
      ? `NVIDIA drawdown ${pc(nv.raw.value)} (scenario input; its default is the fixture's latest figure) → ${clipped(nv.score)}`
      : null,
  ]
    .filter(Boolean)
    .join('; ');

  // monetization-gap
  const tr = m('monetization-gap', 'training-share');
  const yi = m('monetization-gap', 'years-to-inference');
  const monText = [
    tr?.raw
      ? `training ${pc(tr.raw.value, 0)} (70% in 2025, the article, straight line to 50% in the scenario's crossover year ${s.inference}) → ${sc(tr.score)}`
      : null,
    yi?.raw ? `${yi.raw.value} years to crossover (scenario input) → ${sc(yi.score)}` : null,
  ]
    .filter(Boolean)
    .join('; ');

  // depreciation
  const dep = m('depreciation', 'depreciation-understatement');
  const depText = dep?.raw
    ? `filed server life ${filedUsefulLife(d.depreciation, 2025)?.toFixed(2)} years (mean of the four's 2025 filings; Amazon 5–6, its midpoint) / ${s.life} years (scenario input) − 1 = ${pc(dep.raw.value)} → ${sc(dep.score)}`
    : '—';

  // credit-concentration
  const ig = m('credit-concentration', 'ai-ig-share');
  const igText = ig?.raw
    ? `AI-linked issuers' share of the US IG index ${pc(ig.raw.value)} (J.P. Morgan's own classification, 14% in October 2025, an estimate; straight line to the article's 20% for 2030) → (${ig.raw.value.toFixed(1)} − 5)/15`
    : '—';

  return {
    'capex-growth': capexText || '—',
    'debt-financing': debtText || '—',
    'off-balance-sheet': spvText,
    valuation: valText || '—',
    'monetization-gap': monText || '—',
    depreciation: depText,
    'credit-concentration': igText,
  };
}

/** The worked example's markdown (the table, the composite and the `s.life=3` sentence). */
export function workedExampleMarkdown(input: ModelInput, year: number): string {
  const r = readYear(input, year);
  if (!r.result.ok) return `No composite for ${year}.`;
  const result = r.result;
  const texts = metricTexts(input, year);
  const n = COMPONENT_IDS.length;
  const table = [
    ['component', 'raw metric(s), each with its basis', 'score', `points = 100 × score × 1 / ${n}`],
    ...COMPONENT_IDS.map((id) => [
      id,
      texts[id],
      sc(r.components[id].score),
      (result.contributions[id] ?? 0).toFixed(2),
    ]),
    ['**composite**', '', '', `**${result.value.toFixed(1)} — ${band(result.value)}**`],
  ];
  const lines = markdownTable(table);
  const three = readYear({ ...input, scenario: { ...input.scenario, life: 3 } }, year);
  if (three.result.ok) {
    const dep = three.components.depreciation.score ?? Number.NaN;
    const delta = (three.result.contributions.depreciation ?? 0) - (result.contributions.depreciation ?? 0);
    lines.push(
      '',
      `Set \`s.life=3\` and depreciation rises to ${dep.toFixed(3)} (+${delta.toFixed(2)} points, composite ${three.result.value.toFixed(1)}); the _Which input moves the gauge most_ list ranks every scenario input by the swing between its low and high. In ${year} the \`growth\` input moves nothing: the year reads the companies' own figures.`,
    );
  }
  return lines.join('\n');
}

/**
 * A markdown table laid out as the repository's formatter (Biome) leaves it: every cell padded to its
 * column's width, the separator row all dashes, so the generated block and the formatted README agree.
 */
export function markdownTable(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(3, ...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (cells: readonly string[]) =>
    `| ${widths.map((w, c) => (cells[c] ?? '').padEnd(w + (cells[c] ?? '').length - [...(cells[c] ?? '')].length)).join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)];
}

/** README text with the block between the markers replaced; null when the markers are missing. */
export function replaceWorkedExample(readme: string, markdown: string): string | null {
  const a = readme.indexOf(WORKED_START);
  const b = readme.indexOf(WORKED_END);
  if (a < 0 || b < a) return null;
  return `${readme.slice(0, a + WORKED_START.length)}\n${markdown}\n${readme.slice(b)}`;
}
