/**
 * The one registry of panels. The dashboard, presenter mode, embed mode, the URL `panels=` list and
 * the tests all read it. Adding a panel: one folder (prepare.ts + panel.tsx), one id in `ids.ts`,
 * one line here, and its title/description keys in the message catalogues.
 *
 * Chart bodies load lazily (with Recharts) so the shell, the gauge and the panel frames paint first.
 */
import { lazy } from 'react';
import { HISTORY_V2_SERIES, HISTORY_V2_SOURCE_IDS } from '../domain/history-ids';
import type { PanelId } from '../domain/ids';
import type { PanelDef } from './types';

/**
 * A chart chunk renders once the page's fonts have loaded (the bundled UI font is preloaded, so this
 * rarely waits): Recharts measures tick labels and annotations when it first draws them, and they are
 * measured in the font they are drawn in on every machine.
 */
function afterFonts<T>(chunk: Promise<T>): Promise<T> {
  const ready = typeof document !== 'undefined' && document.fonts ? document.fonts.ready : undefined;
  return Promise.all([chunk, ready]).then(([m]) => m);
}

export const PANELS: Readonly<Record<PanelId, PanelDef>> = {
  capex: {
    id: 'capex',
    datasets: ['capex', 'hyperscaler-capex'],
    timeseries: true,
    Component: lazy(() => afterFonts(import('./capex/panel'))),
  },
  'dc-investment': {
    id: 'dc-investment',
    datasets: ['dc-investment', 'capex'],
    timeseries: true,
    Component: lazy(() => afterFonts(import('./dc-investment/panel'))),
  },
  bonds: {
    id: 'bonds',
    datasets: ['bonds'],
    timeseries: false,
    Component: lazy(() => afterFonts(import('./bonds/panel'))),
  },
  spv: {
    id: 'spv',
    datasets: ['spv', 'bonds'],
    timeseries: false,
    Component: lazy(() => afterFonts(import('./spv/panel'))),
  },
  'ig-share': {
    id: 'ig-share',
    datasets: ['ig-share'],
    timeseries: true,
    Component: lazy(() => afterFonts(import('./ig-share/panel'))),
  },
  valuation: {
    id: 'valuation',
    datasets: ['valuation'],
    timeseries: false,
    Component: lazy(() => afterFonts(import('./valuation/panel'))),
  },
  'compute-mix': {
    id: 'compute-mix',
    datasets: ['compute-mix'],
    timeseries: true,
    Component: lazy(() => afterFonts(import('./compute-mix/panel'))),
  },
  depreciation: {
    id: 'depreciation',
    datasets: ['depreciation'],
    timeseries: true,
    Component: lazy(() => afterFonts(import('./depreciation/panel'))),
  },
  credit: {
    id: 'credit',
    // The daily BBB spread is a dated (FRED) series, loaded by the panel itself; the thresholds' sources
    // name it.
    datasets: [],
    dated: ['BAMLC0A4CBBB'],
    timeseries: true,
    Component: lazy(() => afterFonts(import('./credit/panel'))),
    Table: lazy(() => afterFonts(import('./credit/table'))),
  },
  pressure: {
    id: 'pressure',
    datasets: [],
    timeseries: true,
    Component: lazy(() => afterFonts(import('./pressure/panel'))),
  },
  history: {
    id: 'history',
    datasets: [],
    dated: HISTORY_V2_SERIES,
    sourceIds: [...HISTORY_V2_SOURCE_IDS],
    timeseries: true,
    Component: lazy(() => afterFonts(import('./history/panel'))),
  },
};
