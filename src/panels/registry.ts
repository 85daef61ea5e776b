/**
 * The one registry of panels. The dashboard, presenter mode, embed mode, the URL `panels=` list and
 * the tests all read it. Adding a panel: one folder (prepare.ts + panel.tsx), one id in `ids.ts`,
 * one line here, and its title/description keys in the message catalogues.
 */
import BondsPanel from './bonds/panel';
import CapexPanel from './capex/panel';
import ComputeMixPanel from './compute-mix/panel';
import DcInvestmentPanel from './dc-investment/panel';
import DepreciationPanel from './depreciation/panel';
import type { PanelId } from './ids';
import IgSharePanel from './ig-share/panel';
import PressurePanel from './pressure/panel';
import SpvPanel from './spv/panel';
import type { PanelDef } from './types';
import ValuationPanel from './valuation/panel';

export const PANELS: Readonly<Record<PanelId, PanelDef>> = {
  capex: { id: 'capex', datasets: ['capex', 'hyperscaler-capex'], timeseries: true, Component: CapexPanel },
  'dc-investment': {
    id: 'dc-investment',
    datasets: ['dc-investment', 'capex'],
    timeseries: true,
    Component: DcInvestmentPanel,
  },
  bonds: { id: 'bonds', datasets: ['bonds'], timeseries: false, Component: BondsPanel },
  spv: { id: 'spv', datasets: ['spv', 'bonds'], timeseries: false, Component: SpvPanel },
  'ig-share': { id: 'ig-share', datasets: ['ig-share'], timeseries: true, Component: IgSharePanel },
  valuation: { id: 'valuation', datasets: ['valuation'], timeseries: false, Component: ValuationPanel },
  'compute-mix': {
    id: 'compute-mix',
    datasets: ['compute-mix'],
    timeseries: true,
    Component: ComputeMixPanel,
  },
  depreciation: {
    id: 'depreciation',
    datasets: ['depreciation'],
    timeseries: true,
    Component: DepreciationPanel,
  },
  pressure: { id: 'pressure', datasets: [], timeseries: true, Component: PressurePanel },
};
