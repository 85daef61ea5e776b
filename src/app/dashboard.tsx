import { useEffect } from 'react';
import { isPanelId } from '../domain/ids';
import { Gauge } from '../gauge/gauge';
import { PanelFrame } from '../panels/panel-frame';
import { PANELS } from '../panels/registry';
import { useApp, useAppStore, useT } from '../store/react';
import { Footer } from './footer';
import { Header } from './header';
import { FixtureNotice, UrlNotice } from './notices';
import { Toolbar } from './toolbar';

/** Escape clears the selection (when nothing more local handled it). */
function useEscapeClearsSelection() {
  const store = useAppStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const s = store.getState();
      if (s.selection !== null) s.setSelection(null);
      else if (s.focus !== null) s.setFocus(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

export function Dashboard() {
  const panels = useApp((s) => s.panels);
  const focus = useApp((s) => s.focus);
  const t = useT();
  useEscapeClearsSelection();
  const chartPanels = panels.filter(isPanelId);
  const ordered = focus ? [focus, ...chartPanels.filter((p) => p !== focus)] : chartPanels;
  return (
    <div className="app">
      <a className="skip-link" href="#panels">
        {t('app.skip')}
      </a>
      <Header />
      <main>
        <UrlNotice />
        <FixtureNotice />
        <Gauge />
        <Toolbar />
        <div id="panels" className={`panel-grid${focus ? ' has-focus' : ''}`}>
          {ordered.map((id) => (
            <div key={id} id={`panel-${id}`} className={`panel-cell${focus === id ? ' focus-cell' : ''}`}>
              <PanelFrame def={PANELS[id]} />
            </div>
          ))}
        </div>
      </main>
      <Footer />
    </div>
  );
}
