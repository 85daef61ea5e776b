/**
 * Every time panel's CSV ("the figures plotted") carries each point's own kind, the kind its mark is
 * drawn in: walk the CSV a panel publishes and compare every row with the fixture row behind it (read
 * straight from the JSON on disk, not through the loader).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../tests/fixture-files';
import { loadFixtures } from '../data/load';
import { plottedCsv, timeChartFigures } from '../domain/export/plotted';
import { FULL_RANGE } from '../domain/ids';
import { defaultScenario } from '../domain/scenario';
import type { Unit } from '../domain/types';
import { prepareCapex } from './capex/prepare';
import type { PointKinds, PointRefs } from './chart/style';
import type { Row } from './chart/time-chart';
import { prepareComputeMix } from './compute-mix/prepare';
import { prepareDcInvestment } from './dc-investment/prepare';
import { prepareDepreciation } from './depreciation/prepare';
import { prepareIgShare } from './ig-share/prepare';

interface RawObs {
  period: number | string;
  kind: string;
}
const files = realFiles();
const loaded = loadFixtures(files);
const scenario = defaultScenario();

/** The kind of the fixture row `dataset/series` in `period`, straight from the JSON. */
function fixtureKind(ref: string, period: number | string): string | undefined {
  const [dataset, series] = ref.split('/');
  const json = JSON.parse(files[`${dataset}.json`] ?? 'null') as {
    series: Array<{ id: string; observations: RawObs[] }>;
  } | null;
  const s = json?.series.find((x) => x.id === series);
  return s?.observations.find((o) => String(o.period) === String(period))?.kind;
}

const RANK = ['reported', 'estimate', 'projection', 'scenario', 'secondary', 'superseded'];
const weakest = (kinds: string[]) => kinds.reduce((a, b) => (RANK.indexOf(b) > RANK.indexOf(a) ? b : a));

const panels: Array<{ id: string; unit: Unit; data: { rows: Row[]; kinds: PointKinds; refs: PointRefs } }> = [
  { id: 'capex', unit: 'usd-bn', data: prepareCapex(loaded.datasets, scenario) },
  { id: 'dc-investment', unit: 'usd-bn', data: prepareDcInvestment(loaded.datasets, scenario) },
  { id: 'ig-share', unit: 'pct', data: prepareIgShare(loaded.datasets) },
  { id: 'compute-mix', unit: 'pct', data: prepareComputeMix(loaded.datasets, scenario) },
  { id: 'depreciation', unit: 'years', data: prepareDepreciation(loaded.datasets, scenario) },
];

describe('plotted CSV kinds match the marks and the fixtures', () => {
  for (const { id, unit, data } of panels) {
    it(`${id}: every row's kind is its own point's`, () => {
      // A deliberately wrong fallback: a row that took the series' kind instead of its point's would show it.
      const series = Object.keys(data.kinds).map((key) => ({
        key,
        label: key,
        kind: 'computed',
        kinds: data.kinds[key],
      }));
      const csv = plottedCsv(timeChartFigures(data.rows, series, unit, FULL_RANGE), [], 'computed');
      const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
      });
      let checked = 0;
      for (const row of parsed.data) {
        const key = row.series ?? '';
        const year = Number(row.period);
        const ref = data.refs[key]?.[year];
        expect(ref, `${id} ${key} ${year} has a ref`).toBeDefined();
        if (!ref) continue;
        let expected: string | undefined;
        if (ref.series === 'scenario') expected = 'scenario';
        else if (ref.revision) expected = 'superseded';
        else {
          const parts = ref.series.split(' ').map((s) => fixtureKind(s, ref.period));
          // A figure between two fixture rows (an interpolated line) has no row of its own: skipped.
          if (parts.some((k) => k === undefined)) continue;
          expected = weakest(parts as string[]);
        }
        expect(row.kind, `${id} ${key} ${year}`).toBe(expected);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('the capex press totals export as drawn: 2025 an estimate, 2026 a projection', () => {
    const data = prepareCapex(loaded.datasets, scenario);
    const figs = timeChartFigures(
      data.rows,
      [{ key: 'press', label: 'press', kind: 'projection', kinds: data.kinds.press }],
      'usd-bn',
      FULL_RANGE,
    );
    expect(figs.map((f) => [f.period, f.kind])).toEqual([
      [2025, fixtureKind('capex/big-four-press', 2025)],
      [2026, fixtureKind('capex/big-four-press', 2026)],
    ]);
    expect(fixtureKind('capex/big-four-press', 2025)).toBe('estimate');
  });
});
