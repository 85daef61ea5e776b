/**
 * An analyst's FRED file replaces the built-in FRED series at the store's `dated` state, so everything
 * that reads it (the gauge's model input, the credit and history panels, the back-test) gets it: real
 * fixtures, a BBB download with its 2026 values at 3.50.
 */
import { describe, expect, it } from 'vitest';
import { realDatedFiles, realFiles } from '../../tests/fixture-files';
import { loadFixtures } from '../data/load';
import { readYear } from '../domain/model';
import type { ImportedSeries } from '../domain/types';
import { loadDatedOverrides } from './dated-view';
import { importedDatedName, selectGaugeUsesImports, selectModelInput } from './selectors';
import { createAppStore } from './store';

const dated = realDatedFiles();
const store = () => createAppStore({ data: loadFixtures(realFiles()), readDated: async (id) => dated[id] });

/** FRED's download of the BBB spread for Jan–Apr 2026, every business day at 3.50. */
function bbb2026(name = 'BAMLC0A4CBBB'): ImportedSeries {
  const points: ImportedSeries['points'] = [];
  for (let t = Date.UTC(2026, 0, 2); t <= Date.UTC(2026, 3, 2); t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() === 0 || d.getUTCDay() === 6) continue;
    points.push({
      period: d.toISOString().slice(0, 10),
      value: 3.5,
      kind: 'reported',
      source: `FRED ${name}`,
    });
  }
  return {
    name: `fred/${name}`,
    unit: null,
    unitText: '',
    format: 'fred',
    file: 'fred-BAMLC0A4CBBB.csv',
    sources: [`FRED ${name}`],
    points,
    panel: null,
  };
}

const bbbOf = (s: ReturnType<typeof store>) => {
  const d = s.getState().dated.BAMLC0A4CBBB;
  return d?.status === 'ready' ? d.series : undefined;
};
const composite2026 = (s: ReturnType<typeof store>) => {
  const r = readYear(selectModelInput(s.getState()), 2026).result;
  return r.ok ? r.value : Number.NaN;
};

describe('imported FRED series at the dated-series level', () => {
  it('replaces the built-in values over the file’s span, keeps the rest, and moves the gauge', async () => {
    const s = store();
    await s.getState().loadDated(['BAMLC0A4CBBB', 'GDP']);
    const before = bbbOf(s);
    const gaugeBefore = composite2026(s);
    s.getState().addImports([bbb2026()]);
    // The override code loads on the first imported FRED file (not on first paint).
    await loadDatedOverrides();
    const after = bbbOf(s);
    expect(importedDatedName(s.getState().dated.BAMLC0A4CBBB)).toBe('fred/BAMLC0A4CBBB');
    // The file's span (2026-01-02 … 2026-04-02) at 3.50; before it (2025, the 2026-01-01 holiday) as built in.
    const inSpan = after?.observations.filter(([d]) => d >= '2026-01-02') ?? [];
    expect(inSpan.length).toBe(bbb2026().points.length);
    expect(inSpan.every(([, v]) => v === 3.5)).toBe(true);
    expect(after?.observations.find(([d]) => d === '2026-01-01')).toEqual(
      before?.observations.find(([d]) => d === '2026-01-01'),
    );
    expect(after?.observations.find(([d]) => d === '2025-04-09')).toEqual(
      before?.observations.find(([d]) => d === '2025-04-09'),
    );
    // The built-in copy is never changed.
    const builtin = s.getState().datedBuiltin.BAMLC0A4CBBB;
    expect(builtin?.status === 'ready' && builtin.series).toBe(before);
    // 350 bp is past the 300 bp alert: the BBB metric saturates and the gauge rises.
    const bbb = readYear(selectModelInput(s.getState()), 2026).components['debt-financing'].metrics.find(
      (m) => m.metric === 'bbb-spread',
    );
    expect(bbb?.raw?.value).toBeCloseTo(350, 9);
    expect(bbb?.score).toBe(1);
    expect(composite2026(s)).toBeGreaterThan(gaugeBefore);
    expect(selectGaugeUsesImports(s.getState())).toBe(true);
    // Removing the import restores the built-in series and the gauge.
    s.getState().removeImport('fred/BAMLC0A4CBBB');
    expect(bbbOf(s)).toBe(before);
    expect(composite2026(s)).toBeCloseTo(gaugeBefore, 12);
    expect(selectGaugeUsesImports(s.getState())).toBe(false);
  });

  it('applies an import restored before the built-in series loads, once it arrives', async () => {
    const s = store();
    s.getState().setImports([bbb2026()]);
    expect(s.getState().dated.BAMLC0A4CBBB).toBeUndefined();
    await s.getState().loadDated(['BAMLC0A4CBBB']);
    expect(importedDatedName(s.getState().dated.BAMLC0A4CBBB)).toBe('fred/BAMLC0A4CBBB');
  });

  it('scales a FRED download of a Z.1 level (millions) to the fixture’s billions', async () => {
    const s = store();
    await s.getState().loadDated(['NCBEILQ027S']);
    s.getState().addImports([
      {
        name: 'fred/NCBEILQ027S',
        unit: null,
        unitText: '',
        format: 'fred',
        file: 'fred-NCBEILQ027S.csv',
        sources: ['FRED NCBEILQ027S'],
        points: [{ period: '2026-04-01', value: 90_000_000, kind: 'reported', source: 'FRED NCBEILQ027S' }],
        panel: null,
      },
    ]);
    await loadDatedOverrides();
    const d = s.getState().dated.NCBEILQ027S;
    expect(d?.status === 'ready' && d.series.observations.at(-1)).toEqual(['2026-04-01', 90_000]);
  });

  it('keeps the same objects when nothing about the dated series changed', async () => {
    const s = store();
    await s.getState().loadDated(['BAMLC0A4CBBB']);
    const dated = s.getState().dated;
    s.getState().addImports([
      {
        name: 'my-series',
        unit: 'usd-bn',
        unitText: 'usd-bn',
        format: 'long',
        file: 'x.csv',
        sources: ['me'],
        points: [{ period: 2025, value: 1, kind: 'estimate', source: 'me' }],
        panel: null,
      },
    ]);
    expect(s.getState().dated).toBe(dated);
  });
});
