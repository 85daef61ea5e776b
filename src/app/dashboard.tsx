import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { isPanelId } from '../domain/ids';
import { Gauge } from '../gauge/gauge';
import { PanelFrame } from '../panels/panel-frame';
import { PANELS } from '../panels/registry';
import { Pending, useApp, useAppStore, useT } from '../store/react';
import { track } from '../store/settle';
import { Footer } from './footer';
import { Header } from './header';
import { FixtureNotice, MissingImportsNotice, StorageNotice, UrlNotice } from './notices';
import { Toolbar } from './toolbar';

/** The gauge's body and its history v2 data load right after first paint. */
const GaugeSlot = lazy(() => import('./gauge-slot'));

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

const DataSection = lazy(() => import('./data-section'));
/** The registry as a list, for the import's message (where an imported series is shown). */
const PANEL_LIST = Object.values(PANELS);

/** A file dropped anywhere on the page is imported (the import code loads on first use). */
function useFileDrop(): boolean {
  const store = useAppStore();
  const [over, setOver] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) void import('./import-actions').then((m) => m.importFile(store, file));
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [store]);
  return over;
}

export function Dashboard() {
  const dragging = useFileDrop();
  const panels = useApp((s) => s.panels);
  const focus = useApp((s) => s.focus);
  const t = useT();
  useEscapeClearsSelection();
  const chartPanels = panels.filter(isPanelId);
  const ordered = focus ? [focus, ...chartPanels.filter((p) => p !== focus)] : chartPanels;
  const gridRef = useRef<HTMLDivElement>(null);
  // The grid without holes (app/masonry.ts) loads after the first paint.
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    let stop: (() => void) | undefined;
    let done = false;
    void track(import('./masonry'))
      .then((m) => {
        if (!done) stop = m.startMasonry(grid);
      })
      .catch(() => undefined);
    return () => {
      done = true;
      stop?.();
    };
  }, []);
  return (
    <div
      className={`app${dragging ? ' dragging' : ''}`}
      data-drop-label={dragging ? t('import.drop') : undefined}
    >
      <a className="skip-link" href="#panels">
        {t('app.skip')}
      </a>
      <Header />
      <main>
        <UrlNotice />
        <FixtureNotice />
        <StorageNotice />
        <MissingImportsNotice />
        <Gauge>
          <GaugeSlot />
        </Gauge>
        <Toolbar />
        <Suspense fallback={<Pending />}>
          <DataSection panelDefs={PANEL_LIST} />
        </Suspense>
        <div id="panels" className={`panel-grid${focus ? ' has-focus' : ''}`} ref={gridRef}>
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
