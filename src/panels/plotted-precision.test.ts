/**
 * The panels' CSVs carry the precision of their sources: walk the CSV each time panel publishes (its
 * prepared rows, sources found as the panel frame finds them, its datasets as the registry lists them)
 * and compare every figure with the fixture rows behind it, read as text straight from the JSON on disk.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { realFiles } from '../../tests/fixture-files';
import { loadFixtures } from '../data/load';
import { figureSource, plottedCsv, timeChartFigures } from '../domain/export/plotted';
import { decimalsOf } from '../domain/export/precision';
import { FULL_RANGE } from '../domain/ids';
import { defaultScenario } from '../domain/scenario';
import type { Dataset, Unit } from '../domain/types';
import { prepareCapex } from './capex/prepare';
import type { PointKinds, PointRefs } from './chart/style';
import type { Row } from './chart/time-chart';
import { prepareComputeMix } from './compute-mix/prepare';
import { prepareDcInvestment } from './dc-investment/prepare';
import { prepareDepreciation } from './depreciation/prepare';
import { prepareIgShare } from './ig-share/prepare';

const files = realFiles();
const loaded = loadFixtures(files);
const scenario = { ...defaultScenario(), growth: 22 };

/**
 * The numbers of a fixture row (`dataset/series` in `period`) as its JSON writes them: the text of
 * value, low and high. Read from the file's text so that "37.75" is compared with "37.75".
 */
function fixtureNumbers(ref: string, period: number | string): string[] | undefined {
  const [dataset, series] = ref.split('/');
  const json = JSON.parse(files[`${dataset}.json`] ?? 'null') as {
    series: Array<{
      id: string;
      observations: Array<{ period: number | string; value: number; low?: number; high?: number }>;
    }>;
  } | null;
  const o = json?.series
    .find((x) => x.id === series)
    ?.observations.find((x) => String(x.period) === String(period));
  if (!o) return undefined;
  return [o.value, o.low, o.high].filter((v) => v !== undefined).map(String);
}

const datasets = (...ids: string[]) => ids.map((id) => loaded.datasets[id]).filter((d): d is Dataset => !!d);

const panels: Array<{
  id: string;
  unit: Unit;
  datasets: Dataset[];
  data: { rows: Row[]; kinds: PointKinds; refs: PointRefs };
}> = [
  {
    id: 'capex',
    unit: 'usd-bn',
    datasets: datasets('capex', 'hyperscaler-capex'),
    data: prepareCapex(loaded.datasets, scenario),
  },
  {
    id: 'dc-investment',
    unit: 'usd-bn',
    datasets: datasets('dc-investment', 'capex'),
    data: prepareDcInvestment(loaded.datasets, scenario),
  },
  { id: 'ig-share', unit: 'pct', datasets: datasets('ig-share'), data: prepareIgShare(loaded.datasets) },
  {
    id: 'compute-mix',
    unit: 'pct',
    datasets: datasets('compute-mix'),
    data: prepareComputeMix(loaded.datasets, scenario),
  },
  {
    id: 'depreciation',
    unit: 'years',
    datasets: datasets('depreciation'),
    data: prepareDepreciation(loaded.datasets, scenario),
  },
];

const NUMBER_COLUMNS = ['value', 'low', 'high'] as const;

describe('plotted CSVs carry the precision of their sources', () => {
  for (const { id, unit, datasets: ds, data } of panels) {
    it(`${id}: fixture figures keep their fixture's digits; sums their parts' decimals; paths one`, () => {
      const series = Object.keys(data.kinds).map((key) => ({
        key,
        label: key,
        kind: 'computed',
        kinds: data.kinds[key],
      }));
      // Sources as the panel frame finds them: a figure with a fixture row of its value is that row's.
      const figures = timeChartFigures(data.rows, series, unit, FULL_RANGE).map((f) => {
        const v = f.value ?? f.low;
        return f.kind === 'scenario' || typeof f.period !== 'number' || v === null || v === undefined
          ? f
          : { ...f, sourceId: figureSource(ds, f.period, v) };
      });
      const csv = plottedCsv(figures, loaded.sources, 'computed', ds);
      const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
      }).data;
      expect(rows.length).toBeGreaterThan(0);
      const mostInUnit = Math.max(
        ...ds.flatMap((d) =>
          d.series.flatMap((s) =>
            s.observations
              .filter((o) => o.unit === unit)
              .flatMap((o) => [o.value, o.low ?? 0, o.high ?? 0].map(decimalsOf)),
          ),
        ),
      );
      let single = 0;
      for (const row of rows) {
        const ref = data.refs[row.series ?? '']?.[Number(row.period)];
        const cells = NUMBER_COLUMNS.map((c) => row[c]).filter((c): c is string => !!c);
        const where = `${id} ${row.series} ${row.period}: ${cells.join(' ')}`;
        for (const c of cells) expect(c, where).toMatch(/^-?\d+(\.\d+)?$/);
        const decimals = cells.map((c) => c.split('.')[1]?.length ?? 0);
        const parts = ref?.series.split(' ') ?? [];
        const partNumbers = parts.map((p) => (ref ? fixtureNumbers(p, ref.period) : undefined));
        if (
          ref &&
          !ref.revision &&
          parts.length === 1 &&
          partNumbers[0] &&
          row.source_publisher !== 'computed'
        ) {
          // One fixture row behind it, and the CSV names its source: its numbers, digit for digit.
          for (const c of cells) expect(partNumbers[0], where).toContain(c);
          single++;
        } else if (ref && parts.length > 1 && partNumbers.every((n) => n !== undefined)) {
          // A sum of fixture rows: no more decimals than its parts have.
          const most = Math.max(...partNumbers.flat().map((n) => n?.split('.')[1]?.length ?? 0));
          for (const d of decimals) expect(d, where).toBeLessThanOrEqual(most);
        } else {
          // Scenario paths, straight-line ranges: the panel's rule (its fixture decimals in the unit, ≥ 1).
          for (const d of decimals) expect(d, where).toBeLessThanOrEqual(Math.max(1, mostInUnit));
        }
      }
      expect(single, `${id}: some figures are fixture figures`).toBeGreaterThan(0);
    });
  }

  it('the capex scenario path reads to one decimal (it was 735.41844 and 1094.5968061)', () => {
    const data = prepareCapex(loaded.datasets, scenario);
    const key = Object.keys(data.refs).find((k) =>
      Object.values(data.refs[k] ?? {}).some((r) => r.series === 'scenario'),
    );
    expect(key).toBeDefined();
    const figures = timeChartFigures(
      data.rows,
      [{ key: key ?? '', label: 'path', kind: 'scenario' }],
      'usd-bn',
      FULL_RANGE,
    );
    const csv = plottedCsv(figures, [], 'computed', datasets('capex', 'hyperscaler-capex'));
    const values = csv
      .split('\r\n')
      .slice(1, -1)
      .map((l) => l.split(',')[2] ?? '');
    expect(values.length).toBeGreaterThan(3);
    // 405 × 1.22^n: a whole-number base grown by a whole-number rate, written to one decimal.
    expect(values.every((v) => (v.split('.')[1]?.length ?? 0) <= 1)).toBe(true);
    expect(values.some((v) => v.includes('.'))).toBe(true);
  });
});
