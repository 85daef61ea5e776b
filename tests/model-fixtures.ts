/**
 * The real fixtures read straight from disk, and figures derived from them by hand (never by the model),
 * for the model's tests (src/domain/model.test.ts, company-figures.test.ts): the hand-derived values are
 * what the model's readings are checked against.
 */
import { loadFixtures } from '../src/data/load';
import type { MetricId } from '../src/domain/metrics';
import { type ModelInput, rawMetric, readYear } from '../src/domain/model';
import { defaultWeights } from '../src/domain/pressure';
import { defaultScenario, type Scenario } from '../src/domain/scenario';
import { realFiles } from './fixture-files';

export const files: Record<string, string> = realFiles();

export interface RawObs {
  period: number | string;
  value: number;
  kind: string;
  revisions?: Array<{ value: number; consensus?: boolean }>;
}
export interface RawSeries {
  id: string;
  entity?: string;
  tenant?: string;
  observations: RawObs[];
}
export interface RawDataset {
  id: string;
  series: RawSeries[];
}
export interface RawThreshold {
  component: string;
  metric: string;
  calm: number;
  extreme: number;
}

export function json<T>(file: string): T {
  const text = files[file];
  if (text === undefined) throw new Error(`fixture ${file} is missing`);
  return JSON.parse(text) as T;
}
export const rawCapex = json<RawDataset>('capex.json');
export const rawBonds = json<RawDataset>('bonds.json');
export const rawSpv = json<RawDataset>('spv.json');
export const rawHyperscaler = json<RawDataset>('hyperscaler-capex.json');
export const rawDepreciation = json<RawDataset>('depreciation.json');
export const rawMix = json<RawDataset>('compute-mix.json');
export const rawIg = json<RawDataset>('ig-share.json');
export const rawValuation = json<RawDataset>('valuation.json');
export const rawThresholds = json<{ thresholds: RawThreshold[] }>('thresholds.json').thresholds;

export const yearOf = (p: number | string) => (typeof p === 'number' ? p : Number(p.slice(0, 4)));
export function series(ds: RawDataset, id: string): RawSeries {
  const s = ds.series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id} in ${ds.id}`);
  return s;
}
export function valueIn(s: RawSeries, year: number): number {
  const o = s.observations.find((x) => yearOf(x.period) === year);
  if (!o) throw new Error(`no ${year} observation in ${s.id}`);
  return o.value;
}
/** Σ of every observation in `year` of the series that have an entity. */
export function entitySum(ds: RawDataset, year: number): number {
  let sum = 0;
  for (const s of ds.series) {
    if (s.entity === undefined) continue;
    for (const o of s.observations) if (yearOf(o.period) === year) sum += o.value;
  }
  return sum;
}
/** Score a raw value against thresholds.json, by hand. */
export function handScore(metric: MetricId, raw: number): number {
  const t = rawThresholds.find((x) => x.metric === metric);
  if (!t) throw new Error(`no threshold for ${metric}`);
  return Math.min(1, Math.max(0, (raw - t.calm) / (t.extreme - t.calm)));
}
export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

// ---- Hand-derived figures from the fixture JSON. ----

export const capex2025 = valueIn(series(rawCapex, 'article-path'), 2025); // 405
export const firstEstimate2025 = (() => {
  const o = series(rawCapex, 'article-path').observations.find((x) => yearOf(x.period) === 2025);
  const first = o?.revisions?.[0]?.value;
  if (first === undefined) throw new Error('no first estimate for 2025');
  return first; // 250
})();
export const bonds2025 = entitySum(rawBonds, 2025);
export const usable = (o: RawObs | undefined): o is RawObs =>
  o !== undefined && o.kind !== 'secondary' && o.kind !== 'superseded';
/** BofA's count of the five hyperscalers' 2025 bonds: the denominator of SPV debt / bonds. */
export const bofa2025 = valueIn(series(rawBonds, 'bofa-total'), 2025); // 121
/** Σ of the 2025 debt of the vehicles financing the five hyperscalers (tenant, else entity), by hand. */
export const FIVE = ['alphabet', 'amazon', 'meta', 'microsoft', 'oracle'];
export const spv2025 = rawSpv.series
  .filter((s) => FIVE.includes(s.tenant ?? s.entity ?? ''))
  .flatMap((s) => s.observations.filter((o) => yearOf(o.period) === 2025 && usable(o)))
  .reduce((a, o) => a + o.value, 0);
export const BIG_FOUR_IDS = ['alphabet', 'amazon', 'meta', 'microsoft'];
export const bigFour = BIG_FOUR_IDS.map((id) => series(rawHyperscaler, id));
export const obsIn = (s: RawSeries, year: number) => s.observations.find((x) => yearOf(x.period) === year);
/** The four companies' sum where all four have a usable figure, else null. */
export const hyperscalerSum = (year: number): number | null =>
  bigFour.every((s) => usable(obsIn(s, year)))
    ? bigFour.reduce((a, s) => a + (obsIn(s, year)?.value ?? 0), 0)
    : null;
/** The gauge's big-four figure: the companies' sum, else the usable press tally, else null. */
export const bigFourHand = (year: number): number | null => {
  const sum = hyperscalerSum(year);
  if (sum !== null) return sum;
  const o = obsIn(series(rawCapex, 'big-four-press'), year);
  return usable(o) ? o.value : null;
};
/** The companies' own raises: current over each company's first own figure (Street expectations skipped). */
export const ownRevision = (year: number): number => {
  let now = 0;
  let first = 0;
  for (const s of bigFour) {
    const o = obsIn(s, year);
    if (!usable(o)) continue;
    now += o.value;
    first += o.revisions?.find((r) => !r.consensus)?.value ?? o.value;
  }
  return ((now - first) / first) * 100;
};
/** Mean of each life-* series' latest value at or before `year`. */
export function handFiledLife(year: number): number {
  const lives: number[] = [];
  for (const s of rawDepreciation.series) {
    if (!s.id.startsWith('life-')) continue;
    const upTo = s.observations.filter((o) => yearOf(o.period) <= year);
    if (upTo.length === 0) continue;
    const latest = upTo.reduce((a, b) => (yearOf(b.period) > yearOf(a.period) ? b : a));
    lives.push(latest.value);
  }
  return mean(lives);
}
export const trainingNow = valueIn(series(rawMix, 'training-share'), 2025); // 70
export const trainingCross = (() => {
  const o = series(rawMix, 'training-share').observations.find((x) => x.kind === 'projection');
  if (!o) throw new Error('no crossover row');
  return o.value; // 50
})();
export const igNow = valueIn(series(rawIg, 'ai-share'), 2025); // 14
export const igLater = series(rawIg, 'ai-share').observations.find((o) => yearOf(o.period) > 2025);
export const buffett = series(rawValuation, 'buffett-indicator').observations[0]?.value ?? Number.NaN; // 217

// ---- The model input under test. ----

export const loaded = loadFixtures(files);
export const thresholds = loaded.thresholds?.thresholds ?? [];
export function input(scenario: Partial<Scenario> = {}, datasets = loaded.datasets): ModelInput {
  return { datasets, thresholds, scenario: { ...defaultScenario(), ...scenario }, weights: defaultWeights() };
}
export function compositeAt(year: number, scenario: Partial<Scenario> = {}): number {
  const r = readYear(input(scenario), year).result;
  if (!r.ok) throw new Error(`no composite for ${year}: ${r.reason}`);
  return r.value;
}
export function raw(metric: MetricId, year: number, scenario: Partial<Scenario> = {}): number | undefined {
  return rawMetric(metric, loaded.datasets, { ...defaultScenario(), ...scenario }, year)?.value;
}
