import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DEFAULT_PANELS } from '../domain/ids';
import { Gauge } from '../gauge/gauge';
import { ChartHeightContext, FILL } from '../panels/chart/height';
import { PanelFrame } from '../panels/panel-frame';
import { PANELS } from '../panels/registry';
import { useApp, useT } from '../store/react';
import { selectUrlState } from '../store/store';
import { encode } from '../url/codec';
import GaugeSlot from './gauge-slot';
import { UrlNotice } from './notices';

/** Only the listed panel(s): no toolbar, a compact source line and a link to the full dashboard. */
export function EmbedView() {
  const state = useApp(useShallow(selectUrlState));
  const t = useT();
  // The full dashboard (every panel), focused on the embedded panel when there is one, scrolled to it.
  const href = useMemo(() => {
    const only = state.panels.length === 1 ? state.panels[0] : undefined;
    const focus = only && only !== 'gauge' ? only : state.focus;
    const query = encode(
      { ...state, mode: 'dashboard', panels: DEFAULT_PANELS, focus, slide: 1 },
      { full: true },
    );
    return `?${query}${only ? `#panel-${only}` : ''}`;
  }, [state]);
  // One panel fills the iframe (a flex column): its chart takes what the title, legend and source line leave.
  const chartHeight = state.panels.length === 1 ? FILL : 220;
  return (
    <ChartHeightContext.Provider value={chartHeight}>
      <main className={`embed${state.panels.length === 1 ? ' embed-single' : ''}`}>
        <UrlNotice />
        {state.panels.map((id) =>
          id === 'gauge' ? (
            <Gauge key={id} compact>
              <GaugeSlot compact />
            </Gauge>
          ) : (
            <PanelFrame key={id} def={PANELS[id]} variant="embed" />
          ),
        )}
        <p className="embed-foot small">
          <a href={href} target="_blank" rel="noopener" data-action="open-dashboard">
            {t('embed.open')} ↗
          </a>
        </p>
      </main>
    </ChartHeightContext.Provider>
  );
}
