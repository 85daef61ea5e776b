import { YEAR_MAX } from '../../domain/ids';
import { rawMetric } from '../../domain/model';
import { LAST_DATA_YEAR } from '../../domain/raw-value';
import type { Scenario } from '../../domain/scenario';
import { type DatasetMap, findSeries, observationInYear } from '../../domain/series';
import { type PointKinds, type PointRefs, setPointKind, setPointRef } from '../chart/style';
import type { Row } from '../chart/time-chart';

export interface ComputeMixData {
  rows: Row[];
  /** The kind of each plotted point and the rows behind it: the fixture's 2025 figure, then the scenario. */
  kinds: PointKinds;
  refs: PointRefs;
}

const SERIES = 'compute-mix/training-share';

/** Training vs inference share by year: the 2025 estimate, then the scenario's path to the crossover. */
export function prepareComputeMix(d: DatasetMap, scenario: Scenario): ComputeMixData {
  const rows: Row[] = [];
  const kinds: PointKinds = {};
  const refs: PointRefs = {};
  for (let year = LAST_DATA_YEAR; year <= YEAR_MAX; year++) {
    const v = rawMetric('training-share', d, scenario, year);
    if (!v) continue;
    const row: Row = { year, training: v.value, inference: 100 - v.value };
    // The path after the fixture's figure runs to the crossover year the reader chose: a scenario.
    const fromScenario = v.basis === 'scenario';
    // The fixture's own figure is drawn in its row's kind.
    const kind = observationInYear(findSeries(d['compute-mix'], 'training-share'), year)?.kind ?? v.kind;
    const ref = { series: fromScenario ? `scenario ${SERIES}` : SERIES, period: year };
    for (const key of ['training', 'inference']) {
      setPointKind(kinds, key, year, fromScenario ? 'scenario' : kind);
      setPointRef(refs, key, year, ref);
    }
    if (!fromScenario) {
      row.now = v.value;
      setPointKind(kinds, 'now', year, kind);
      setPointRef(refs, 'now', year, ref);
    }
    rows.push(row);
  }
  return { rows, kinds, refs };
}
