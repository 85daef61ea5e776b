import { describe, expect, it } from 'vitest';
import type { Dataset, DatedSeries, Source } from '../types';
import { BOM } from './csv';
import {
  allDataFiles,
  datasetCsv,
  figureSource,
  plottedCsv,
  referenceFigures,
  timeChartFigures,
} from './plotted';

const ds: Dataset = {
  id: 'capex',
  title: 'AI capex',
  description: '',
  asOf: '2025-12-02',
  series: [
    {
      id: 'article-path',
      label: 'Article',
      observations: [
        {
          period: 2025,
          value: 405,
          unit: 'usd-bn',
          kind: 'estimate',
          sourceId: 'ctimes',
          revisions: [{ value: 250, sourceId: 'early' }],
        },
        {
          period: 2027,
          value: 600,
          unit: 'usd-bn',
          kind: 'projection',
          sourceId: 'ctimes',
          low: 550,
          high: 650,
        },
      ],
    },
  ],
};
const sources: Source[] = [
  { id: 'ctimes', publisher: 'CTIMES', title: 'Article', url: 'https://www.ctimes.com.tw/x' },
  { id: 'early', publisher: '=Early, Inc.', title: 'Early' },
];

describe('figureSource', () => {
  it('finds the observation, its bounds or its earlier revision by year and value', () => {
    expect(figureSource([ds], 2025, 405)).toBe('ctimes');
    expect(figureSource([ds], 2025, 250)).toBe('early');
    expect(figureSource([ds], 2027, 650)).toBe('ctimes');
  });
  it('matches nothing for a computed figure or another year', () => {
    expect(figureSource([ds], 2025, 494.1)).toBeUndefined();
    expect(figureSource([ds], 2026, 405)).toBeUndefined();
  });
});

describe('referenceFigures', () => {
  it("gives each listed series' first figure under the line's label, leaving out missing series", () => {
    expect(
      referenceFigures(ds, [
        ['nope', 'Missing'],
        ['article-path', 'The article'],
      ]),
    ).toEqual([
      {
        period: 2025,
        series: 'The article',
        value: 405,
        unit: 'usd-bn',
        kind: 'estimate',
        sourceId: 'ctimes',
      },
    ]);
    expect(referenceFigures(undefined, [['article-path', 'x']])).toEqual([]);
  });
});

describe('timeChartFigures', () => {
  const rows = [
    { year: 2024, path: 300 },
    { year: 2025, path: 405, first: 250 },
    { year: 2026, path: 494.1, band: [400, 600] as const },
    { year: 2027, path: 600, first: null },
  ];
  const series = [
    { key: 'path', label: 'Scenario path', kind: 'scenario' },
    { key: 'first', label: 'First estimate', kind: 'superseded' },
    { key: 'band', label: 'Range', kind: 'projection' },
  ];
  it('gives one figure per drawn cell inside the range, missing cells left out', () => {
    const figs = timeChartFigures(rows, series, 'usd-bn', [2025, 2026], (y, v) => figureSource([ds], y, v));
    expect(figs).toEqual([
      {
        period: 2025,
        series: 'Scenario path',
        value: 405,
        unit: 'usd-bn',
        kind: 'scenario',
        sourceId: 'ctimes',
      },
      {
        period: 2026,
        series: 'Scenario path',
        value: 494.1,
        unit: 'usd-bn',
        kind: 'scenario',
        sourceId: undefined,
      },
      {
        period: 2025,
        series: 'First estimate',
        value: 250,
        unit: 'usd-bn',
        kind: 'superseded',
        sourceId: 'early',
      },
      {
        period: 2026,
        series: 'Range',
        value: null,
        low: 400,
        high: 600,
        unit: 'usd-bn',
        kind: 'projection',
        sourceId: undefined,
      },
    ]);
  });
});

describe('plottedCsv', () => {
  it('writes publisher and link, "computed" for figures without a source, and escapes formula text', () => {
    const csv = plottedCsv(
      [
        { period: 2025, series: 'Article', value: 405, unit: 'usd-bn', kind: 'estimate', sourceId: 'ctimes' },
        { period: 2025, series: 'First', value: 250, unit: 'usd-bn', kind: 'superseded', sourceId: 'early' },
        { period: 2026, series: '-Scenario', value: 494.1, unit: 'usd-bn', kind: 'scenario' },
        {
          period: '2025-10-30',
          series: 'Range',
          value: null,
          low: 1,
          high: 2,
          unit: 'pct',
          kind: 'estimate',
        },
      ],
      sources,
      'computed (Bubble Pressure)',
    );
    expect(csv.split('\r\n')).toEqual([
      `${BOM}period,series,value,low,high,unit,kind,source_publisher,source_url`,
      '2025,Article,405,,,usd-bn,estimate,CTIMES,https://www.ctimes.com.tw/x',
      `2025,First,250,,,usd-bn,superseded,"'=Early, Inc.",`,
      "2026,'-Scenario,494.1,,,usd-bn,scenario,computed (Bubble Pressure),",
      '2025-10-30,Range,,1,2,pct,estimate,computed (Bubble Pressure),',
      '',
    ]);
  });
});

describe('datasetCsv', () => {
  it('holds every observation with its source and revisions', () => {
    const lines = datasetCsv(ds, sources).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      'article-path,Article,,,2025,405,,,usd-bn,estimate,ctimes,CTIMES,https://www.ctimes.com.tw/x,,250 (early)',
    );
    expect(lines[2]).toBe(
      'article-path,Article,,,2027,600,550,650,usd-bn,projection,ctimes,CTIMES,https://www.ctimes.com.tw/x,,',
    );
  });
});

describe('allDataFiles', () => {
  const dated: DatedSeries = {
    id: 'GDP',
    title: 'GDP',
    unit: 'usd-bn',
    frequency: 'quarterly',
    kind: 'reported',
    sourceId: 'ctimes',
    asOf: '2025-07-01',
    provenance: {} as DatedSeries['provenance'],
    observations: [
      ['2025-04-01', 30000],
      ['2025-07-01', null],
    ],
  };
  const files = allDataFiles({
    datasets: [ds, { ...ds, id: '../my import' }],
    dated: [dated],
    sources,
    thresholds: {
      methodVersion: 'v1',
      thresholds: [
        {
          component: 'valuation',
          metric: 'buffett-indicator',
          unit: 'pct',
          calm: 100,
          extreme: 200,
          reason: 'Dot-com, then 2021',
          sourceIds: ['ctimes', 'early'],
        },
      ],
    },
    gauge: 'G',
    readme: 'R',
  });
  it('keeps a licensed series out, naming it with its owner and notice instead', () => {
    const ice: DatedSeries = {
      ...dated,
      id: 'BAMLC0A4CBBB',
      title: 'BBB spread',
      provenance: { url: 'https://fred.stlouisfed.org/series/BAMLC0A4CBBB' } as DatedSeries['provenance'],
      licence: {
        owner: 'ICE Data Indices, LLC',
        notice:
          'Reproduction of this data in any form is prohibited except with the prior written permission.',
        noticeSource: 'FRED series notes',
        redistribution: 'Redistribution needs permission.',
      },
    };
    const out = allDataFiles({
      datasets: [],
      dated: [dated, ice],
      sources,
      thresholds: null,
      gauge: 'G',
      readme: 'R',
    });
    expect(Object.keys(out)).toContain('dated/GDP.csv');
    expect(Object.keys(out).some((k) => k.includes('BAMLC0A4CBBB'))).toBe(false);
    const notice = out['dated/LICENSED-SERIES.txt'] ?? '';
    expect(notice).toContain('BAMLC0A4CBBB');
    expect(notice).toContain('ICE Data Indices, LLC');
    expect(notice).toContain('prior written permission');
    expect(notice).not.toContain('30000');
  });
  it('has every dataset, every dated series, sources, thresholds, the gauge and a README', () => {
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'datasets/__my_import.csv',
      'datasets/capex.csv',
      'dated/GDP.csv',
      'gauge-components.csv',
      'sources.csv',
      'thresholds.csv',
    ]);
    expect(files['dated/GDP.csv']?.split('\r\n').slice(1, 3)).toEqual([
      'GDP,2025-04-01,30000,usd-bn,reported,ctimes,CTIMES,https://www.ctimes.com.tw/x',
      'GDP,2025-07-01,,usd-bn,reported,ctimes,CTIMES,https://www.ctimes.com.tw/x',
    ]);
    expect(files['thresholds.csv']?.split('\r\n')[1]).toBe(
      'v1,valuation,buffett-indicator,pct,100,200,"Dot-com, then 2021",ctimes early',
    );
    expect(files['sources.csv']?.split('\r\n')[2]).toBe(`early,"'=Early, Inc.",Early,,,`);
  });
});
