import { useEffect, useState } from 'react';
import { Gauge } from '../gauge/gauge';
import { ChartHeightContext } from '../panels/chart/height';
import { PanelFrame } from '../panels/panel-frame';
import { PANELS } from '../panels/registry';
import { useApp, useAppStore, useT } from '../store/react';
import { UrlNotice } from './notices';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const PREV = new Set(['ArrowLeft', 'PageUp']);

function exitFullscreen() {
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
}

/** One panel per slide, in `panels` order; large type; a slide counter; keys move between slides. */
export function Presenter() {
  const store = useAppStore();
  const panels = useApp((s) => s.panels);
  const slide = useApp((s) => s.slide);
  const t = useT();
  const [fullscreen, setFullscreen] = useState(() => Boolean(document.fullscreenElement));
  // Slides size their charts to the projector: follow window resizes (entering full screen is one).
  const [viewportHeight, setViewportHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setViewportHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (
        target &&
        (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')
      )
        return;
      const s = store.getState();
      if (NEXT.has(e.key)) {
        e.preventDefault();
        s.nextSlide(1);
      } else if (PREV.has(e.key)) {
        e.preventDefault();
        s.nextSlide(-1);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        exitFullscreen();
        s.setMode('dashboard');
      }
    };
    // Leaving full screen with the browser's own Escape also ends the presentation.
    const onFullscreen = () => {
      setFullscreen(Boolean(document.fullscreenElement));
      if (!document.fullscreenElement && store.getState().mode === 'present')
        store.getState().setMode('dashboard');
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [store]);
  const id = panels[slide - 1] ?? panels[0];
  return (
    <div className="presenter" data-slide={slide}>
      <UrlNotice />
      <main className="slide">
        <ChartHeightContext.Provider value={Math.max(260, viewportHeight - 400)}>
          {id === 'gauge' ? <Gauge /> : id ? <PanelFrame def={PANELS[id]} variant="slide" key={id} /> : null}
        </ChartHeightContext.Provider>
      </main>
      <footer className="slide-bar">
        <button
          type="button"
          onClick={() => store.getState().nextSlide(-1)}
          disabled={slide <= 1}
          aria-label={t('present.prev')}
        >
          ←
        </button>
        <span className="slide-counter" data-slide-counter="" aria-live="polite">
          {t('present.counter', { n: slide, total: panels.length })}
        </span>
        <button
          type="button"
          onClick={() => store.getState().nextSlide(1)}
          disabled={slide >= panels.length}
          aria-label={t('present.next')}
        >
          →
        </button>
        <span className="muted small">{t('present.help')}</span>
        {document.fullscreenEnabled && !fullscreen ? (
          <button
            type="button"
            onClick={() => document.documentElement.requestFullscreen?.().catch(() => undefined)}
          >
            {t('present.fullscreen')}
          </button>
        ) : null}
        <button
          type="button"
          onClick={() => {
            exitFullscreen();
            store.getState().setMode('dashboard');
          }}
        >
          {t('present.exit')}
        </button>
      </footer>
    </div>
  );
}
