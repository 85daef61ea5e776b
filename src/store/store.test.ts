import { describe, expect, it, vi } from 'vitest';
import { realFiles } from '../../tests/fixture-files';
import { loadFixtures } from '../data/load';
import { GAUGE_COMPONENT_IDS as COMPONENT_IDS } from '../domain/gauge-ids';
import { MAX_WEIGHT } from '../domain/pressure';
import type { ImportedSeries } from '../domain/types';
import { defaultUrlState, type UrlState } from '../url/codec';
import { selectDatasets, selectGaugeUsesImports, selectOverridden } from './selectors';
import { type AppStore, applyUrlState, createAppStore, selectUrlState } from './store';

const fresh = (): AppStore => createAppStore();

const imported = (name: string, value: number, unit: ImportedSeries['unit'] = 'usd-bn'): ImportedSeries => ({
  name,
  unit,
  unitText: unit ?? 'GW',
  format: 'long',
  file: 'mine.csv',
  sources: ['analyst'],
  points: [{ period: 2025, value, kind: 'estimate', source: 'analyst' }],
  panel: null,
});

describe('data slice', () => {
  it('starts empty without initial data and holds the given built-in data', () => {
    expect(fresh().getState().builtin.datasets).toEqual({});
    const data = loadFixtures(realFiles());
    const store = createAppStore({ data });
    expect(store.getState().builtin).toBe(data);
    expect(store.getState().imports).toEqual([]);
  });

  it('imports keep the built-in datasets untouched', () => {
    const data = loadFixtures(realFiles());
    const store = createAppStore({ data });
    const builtinDatasets = store.getState().builtin.datasets;
    const capexBefore = builtinDatasets.capex;
    store.getState().addImports([imported('capex/article-path', 999), imported('extra', 1)]);
    expect(store.getState().builtin.datasets).toBe(builtinDatasets);
    expect(store.getState().builtin.datasets.capex).toBe(capexBefore);
    expect(store.getState().builtin.datasets.capex?.series[0]?.observations[0]?.value).toBe(405);
    expect(store.getState().imports.map((i) => i.name)).toEqual(['capex/article-path', 'extra']);
  });

  it('a second import of a name replaces it in place; remove and reset', () => {
    const store = fresh();
    store.getState().addImports([imported('a', 1), imported('b', 2)]);
    store.getState().setImportPanel('a', 'capex');
    store.getState().addImports([imported('a', 5)]);
    expect(store.getState().imports.map((i) => [i.name, i.points[0]?.value, i.panel])).toEqual([
      ['a', 5, 'capex'],
      ['b', 2, null],
    ]);
    store.getState().removeImport('a');
    expect(store.getState().imports.map((i) => i.name)).toEqual(['b']);
    store.getState().resetImports();
    expect(store.getState().imports).toEqual([]);
  });

  it('selectDatasets swaps overriding series in, leaves custom series out, and is stable while unchanged', () => {
    const data = loadFixtures(realFiles());
    const store = createAppStore({ data });
    const before = selectDatasets(store.getState());
    expect(Object.keys(before).sort()).toEqual(Object.keys(data.datasets).sort());
    expect(selectDatasets(store.getState())).toBe(before);
    expect(selectGaugeUsesImports(store.getState())).toBe(false);

    store.getState().addImports([imported('capex/article-path', 999), imported('extra', 1)]);
    const merged = selectDatasets(store.getState());
    expect(merged).not.toBe(before);
    expect(merged.capex?.series.find((s) => s.id === 'article-path')?.observations).toEqual([
      { period: 2025, value: 999, unit: 'usd-bn', kind: 'estimate', sourceId: 'analyst' },
    ]);
    expect(merged.bonds).toBe(data.datasets.bonds);
    expect(Object.keys(merged).sort()).toEqual(Object.keys(data.datasets).sort());
    expect([...selectOverridden(store.getState())]).toEqual(['capex']);
    expect(selectGaugeUsesImports(store.getState())).toBe(true);
    // Unrelated state changes leave the merged object as it was.
    store.getState().setLang('zh-TW');
    expect(selectDatasets(store.getState())).toBe(merged);

    store.getState().removeImport('capex/article-path');
    expect(selectDatasets(store.getState()).capex).toBe(data.datasets.capex);
  });

  it('setBuiltin replaces the built-in data', () => {
    const store = fresh();
    const data = loadFixtures(realFiles());
    store.getState().setBuiltin(data);
    expect(store.getState().builtin).toBe(data);
    expect(selectDatasets(store.getState()).capex).toBe(data.datasets.capex);
  });
});

describe('scenario slice', () => {
  // The NVIDIA drawdown starts at the fixture's latest figure (26 Feb 2026: 4.6% below the high).
  const DEFAULTS = { life: 4, growth: 22, debt: 25, drawdown: 4.6, inference: 2029, gdp: 5 };

  it('starts from the documented defaults', () => {
    expect(fresh().getState().scenario).toEqual(DEFAULTS);
  });

  it('setScenarioInput clamps into each input range', () => {
    const store = fresh();
    const set = store.getState().setScenarioInput;
    set('growth', 1000);
    set('debt', -20);
    set('drawdown', 100);
    set('inference', 2040);
    set('life', 1);
    set('gdp', 40);
    expect(store.getState().scenario).toEqual({
      life: 2,
      growth: 100,
      debt: 0,
      drawdown: 95,
      inference: 2035,
      gdp: 12,
    });
  });

  it('setScenarioInput snaps to the step', () => {
    const store = fresh();
    store.getState().setScenarioInput('growth', 22.4);
    expect(store.getState().scenario.growth).toBe(22);
    store.getState().setScenarioInput('life', 3.3);
    expect(store.getState().scenario.life).toBe(3.5);
    store.getState().setScenarioInput('life', 5.2);
    expect(store.getState().scenario.life).toBe(5);
    store.getState().setScenarioInput('inference', 2030.6);
    expect(store.getState().scenario.inference).toBe(2031);
  });

  it('setScenarioInput ignores NaN and infinities', () => {
    const store = fresh();
    store.getState().setScenarioInput('growth', 30);
    const before = store.getState().scenario;
    store.getState().setScenarioInput('growth', Number.NaN);
    store.getState().setScenarioInput('debt', Number.POSITIVE_INFINITY);
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().scenario.growth).toBe(30);
  });

  it('setScenarioInput changes only the given input', () => {
    const store = fresh();
    store.getState().setScenarioInput('drawdown', 40);
    expect(store.getState().scenario).toEqual({ ...DEFAULTS, drawdown: 40 });
  });

  it('resetScenario restores the defaults', () => {
    const store = fresh();
    store.getState().setScenarioInput('growth', 50);
    store.getState().setScenarioInput('life', 6);
    store.getState().resetScenario();
    expect(store.getState().scenario).toEqual(DEFAULTS);
  });
});

describe('weights slice', () => {
  const allOnes = () => Object.fromEntries(COMPONENT_IDS.map((id) => [id, 1]));

  it('starts with every component at weight 1', () => {
    expect(fresh().getState().weights).toEqual(allOnes());
  });

  it('setWeight sets one component', () => {
    const store = fresh();
    store.getState().setWeight('valuation', 2.5);
    expect(store.getState().weights).toEqual({ ...allOnes(), valuation: 2.5 });
  });

  it('setWeight clamps to [0, MAX_WEIGHT]', () => {
    const store = fresh();
    store.getState().setWeight('valuation', MAX_WEIGHT + 5);
    expect(store.getState().weights.valuation).toBe(MAX_WEIGHT);
    store.getState().setWeight('depreciation', -3);
    expect(store.getState().weights.depreciation).toBe(0);
  });

  it('setWeight ignores NaN and infinities', () => {
    const store = fresh();
    store.getState().setWeight('valuation', 3);
    const before = store.getState().weights;
    store.getState().setWeight('valuation', Number.NaN);
    store.getState().setWeight('debt-financing', Number.NEGATIVE_INFINITY);
    expect(store.getState().weights).toBe(before);
    expect(store.getState().weights.valuation).toBe(3);
  });

  it('resetWeights restores weight 1 everywhere', () => {
    const store = fresh();
    for (const id of COMPONENT_IDS) store.getState().setWeight(id, 0);
    store.getState().resetWeights();
    expect(store.getState().weights).toEqual(allOnes());
  });
});

describe('URL state (applyUrlState / selectUrlState)', () => {
  // Spread from the defaults, so a parameter added later needs no edit here.
  const url: UrlState = {
    ...defaultUrlState(),
    range: [2022, 2027],
    panels: ['gauge', 'bonds', 'spv'],
    focus: 'bonds',
    issuer: 'meta',
    weights: {
      ...Object.fromEntries(COMPONENT_IDS.map((id) => [id, 1])),
      valuation: 3,
    } as UrlState['weights'],
    scenario: { life: 3, growth: 30, debt: 40, drawdown: 20, inference: 2031, gdp: 4 },
    lang: 'zh-TW',
    theme: 'dark',
    mode: 'present',
    slide: 2,
    year: 2028,
  };

  it('round-trips through the store', () => {
    const store = fresh();
    applyUrlState(store, url);
    expect(selectUrlState(store.getState())).toEqual(url);
  });

  it('maps issuer to selection and year to gaugeYear', () => {
    const store = fresh();
    applyUrlState(store, url);
    expect(store.getState().selection).toBe('meta');
    expect(store.getState().gaugeYear).toBe(2028);
  });

  it('is applied by createAppStore when given', () => {
    const store = createAppStore({ url });
    expect(selectUrlState(store.getState())).toEqual(url);
  });

  it('reads back a state changed through the actions', () => {
    const store = fresh();
    store.getState().setRange([2030, 2024]);
    store.getState().toggleSelection('oracle');
    store.getState().setLang('zh-TW');
    const u = selectUrlState(store.getState());
    expect(u.range).toEqual([2024, 2030]);
    expect(u.issuer).toBe('oracle');
    expect(u.lang).toBe('zh-TW');
    const other = fresh();
    applyUrlState(other, u);
    expect(selectUrlState(other.getState())).toEqual(u);
  });
});

describe('dated (FRED) series, loaded lazily', () => {
  const gdp = JSON.stringify({
    id: 'GDP',
    title: 'Gross Domestic Product',
    unit: 'usd-bn',
    frequency: 'quarterly',
    kind: 'reported',
    sourceId: 'fred-gdp',
    asOf: '2000-01-01',
    provenance: {
      publisher: 'FRED',
      url: 'https://fred.stlouisfed.org/series/GDP',
      originalSource: 'BEA',
      fredUnits: 'Billions of dollars',
      copiedFrom: 'a copy',
      inputFile: 'fred-GDP.csv',
      sha256: 'b'.repeat(64),
      checks: '',
      note: '',
    },
    observations: [['2000-01-01', 10002.179]],
  });

  it('goes from loading to ready, and reads each file once', async () => {
    const read = vi.fn(async (id: string) => (id === 'GDP' ? gdp : undefined));
    const store = createAppStore({ readDated: read });
    const pending = store.getState().loadDated(['GDP']);
    expect(store.getState().dated.GDP).toEqual({ status: 'loading' });
    await pending;
    const state = store.getState().dated.GDP;
    expect(state?.status).toBe('ready');
    expect(state?.status === 'ready' && state.series.observations).toEqual([['2000-01-01', 10002.179]]);
    await store.getState().loadDated(['GDP']);
    expect(read).toHaveBeenCalledTimes(1);
    expect(store.getState().datedErrors).toEqual([]);
  });

  it('reports a missing file, a failed read and a broken file as fixture errors; the rest still loads', async () => {
    const store = createAppStore({
      readDated: async (id) => {
        if (id === 'GDP') return gdp;
        if (id === 'NASDAQCOM') throw new Error('chunk failed');
        if (id === 'NCBEILQ027S') return '{"id": "NCBEILQ027S"';
        return undefined;
      },
    });
    await store.getState().loadDated(['GDP', 'NASDAQCOM', 'NCBEILQ027S', 'BAMLC0A4CBBB']);
    const s = store.getState();
    expect(s.dated.GDP?.status).toBe('ready');
    expect(s.dated.NASDAQCOM).toEqual({ status: 'error' });
    expect(s.dated.BAMLC0A4CBBB).toEqual({ status: 'error' });
    const byFile = Object.fromEntries(s.datedErrors.map((e) => [e.file, e.code]));
    expect(byFile).toEqual({
      'fred/NASDAQCOM.json': 'read-failed',
      'fred/NCBEILQ027S.json': 'json',
      'fred/BAMLC0A4CBBB.json': 'file-missing',
    });
  });

  it('checks the source against the loaded sources registry', async () => {
    const data = loadFixtures({
      'sources.json': JSON.stringify({ sources: [{ id: 'x', publisher: 'p', title: 't' }] }),
    });
    const store = createAppStore({ data, readDated: async () => gdp });
    await store.getState().loadDated(['GDP']);
    expect(store.getState().datedErrors.map((e) => [e.path, e.code])).toEqual([
      ['sourceId', 'unknown-source'],
    ]);
  });

  it('bundles every FRED fixture as a lazy chunk the default reader finds', async () => {
    const store = createAppStore({ data: loadFixtures(realFiles()) });
    await store.getState().loadDated(['BAMLC0A4CBBB', 'GDP']);
    expect(store.getState().datedErrors).toEqual([]);
    expect(store.getState().dated.BAMLC0A4CBBB?.status).toBe('ready');
  });
});
