import { type ReactNode, type RefObject, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { GaugeExportMenu } from '../gauge/gauge-export';
import { RoomGauge } from '../gauge/room-gauge';
import { AxisFontContext } from '../panels/chart/axis-font';
import { ChartHeightContext } from '../panels/chart/height';
import { PanelFrame } from '../panels/panel-frame';
import { PANELS } from '../panels/registry';
import { useApp, useAppStore, useT } from '../store/react';
import { selectUrlState } from '../store/store';
import { usePrintFit } from '../ui/print-fit';
import { encode } from '../url/codec';
import { PrintButton } from './export-tools';
import { UrlNotice } from './notices';
import { ShareQr } from './share-qr';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const PREV = new Set(['ArrowLeft', 'PageUp']);
/** The smallest chart height a slide shrinks to before it makes its type smaller instead. */
const MIN_CHART = 150;

/** Fit levels: 1 smaller type, 2 secondary notes and lists folded away, 3 smaller type again. */
const MAX_LEVEL = 3;

/**
 * The shortest chart a fit level accepts before it steps the type down: on a slide the chart is the
 * point, so it keeps 40% of the window while smaller type and folded notes can make room, and goes
 * down to MIN_CHART only at the last level.
 */
function minChartAt(level: number, windowHeight: number): number {
  return level >= MAX_LEVEL ? MIN_CHART : Math.max(MIN_CHART, Math.round(windowHeight * 0.4));
}

function exitFullscreen() {
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
}

/** The chart height a slide starts from: what the window leaves after the title, legend and slide bar. */
function startHeight(width: number, height: number): number {
  const reserve = width < 700 ? 430 : 330;
  return Math.max(MIN_CHART, height - reserve);
}

function useViewport(): { width: number; height: number } {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/**
 * Fit the slide to the screen without any scrolling: start with the chart as tall as the window allows,
 * then, while the slide's content overflows its box, shorten the chart by the overflow; at the shortest
 * chart, step the type down (fit levels) and start the chart tall again. Restarts when the slide, the window or the language changes.
 * Re-checks when the content changes (lazy chart chunks arrive, fonts load).
 */
function useSlideFit(ref: RefObject<HTMLElement | null>, key: string, width: number, height: number) {
  const [fit, setFit] = useState(() => ({ key, chart: startHeight(width, height), level: 0 }));
  const current = fit.key === key ? fit : { key, chart: startHeight(width, height), level: 0 };
  useLayoutEffect(() => {
    if (fit.key !== key) setFit({ key, chart: startHeight(width, height), level: 0 });
  }, [fit.key, key, width, height]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-check after every fit step (see below)
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const check = () => {
      frame = 0;
      // The slide and its boxes (the content, the QR code) each clip: none may overflow.
      const boxes = [el, ...el.children];
      const overY = Math.max(...boxes.map((b) => b.scrollHeight - b.clientHeight));
      const overX = Math.max(...boxes.map((b) => b.scrollWidth - b.clientWidth));
      // `data-fitted` tells tests (and anyone watching) that the slide has settled without overflow.
      if (overY <= 1 && overX <= 1) {
        el.dataset.fitted = '';
        return;
      }
      delete el.dataset.fitted;
      setFit((f) => {
        if (f.key !== key) return f;
        const min = minChartAt(f.level, height);
        if (overY > 1 && f.chart > min) return { ...f, chart: Math.max(min, f.chart - overY - 4) };
        // The next level frees room (smaller type, notes folded away): the chart starts tall again and
        // shrinks only as far as that level needs, so it never stays shorter than the slide requires.
        return f.level < MAX_LEVEL ? { ...f, level: f.level + 1, chart: startHeight(width, height) } : f;
      });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(check);
    };
    const resize = new ResizeObserver(schedule);
    resize.observe(el);
    for (const child of el.children) resize.observe(child);
    const mutation = new MutationObserver(schedule);
    mutation.observe(el, { childList: true, subtree: true });
    document.fonts?.addEventListener?.('loadingdone', schedule);
    schedule();
    return () => {
      if (frame) cancelAnimationFrame(frame);
      resize.disconnect();
      mutation.disconnect();
      document.fonts?.removeEventListener?.('loadingdone', schedule);
    };
    // Re-run after every step: a step that changed nothing on screen (a slide without a chart) still
    // needs the next one.
  }, [ref, key, current.chart, current.level]);
  return current;
}

/** The link the audience scans: the same view (panels, years, selection, weights, scenario) as a dashboard. */
function useAudienceLink(): string {
  const state = useApp(useShallow(selectUrlState));
  return useMemo(() => {
    const query = encode({ ...state, mode: 'dashboard', slide: 1 }, { full: true });
    return `${window.location.origin}${window.location.pathname}?${query}`;
  }, [state]);
}

/** Chart height of a slide waiting to be printed: what a landscape A4 page leaves after title and legend. */
const PRINT_CHART = 330;

/** A slide laid out out of sight for printing, in its place (`order`) among the slides. */
function PrintSlide({ order, last, children }: { order: number; last: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  usePrintFit(ref, 'landscape');
  return (
    <div className={`print-slide${last ? ' last-slide' : ''}`} style={{ order }}>
      <div className="print-slide-inner" ref={ref}>
        {children}
      </div>
    </div>
  );
}

/**
 * The slides not on screen, for printing (one a page, in order, with the one on screen). Mounted a
 * moment after the slide on screen (or at once when printing starts), never in its way.
 */
function PrintDeck({ current }: { current: number }) {
  const panels = useApp((s) => s.panels);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 400);
    const onPrint = () => flushSync(() => setReady(true));
    window.addEventListener('beforeprint', onPrint);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('beforeprint', onPrint);
    };
  }, []);
  if (!ready) return null;
  return (
    <div className="print-deck" aria-hidden="true" inert>
      <ChartHeightContext.Provider value={PRINT_CHART}>
        {panels.map((id, i) =>
          i === current ? null : (
            <PrintSlide key={id} order={i} last={i === panels.length - 1}>
              {id === 'gauge' ? <RoomGauge /> : <PanelFrame def={PANELS[id]} variant="slide" />}
            </PrintSlide>
          ),
        )}
      </ChartHeightContext.Provider>
    </div>
  );
}

/**
 * One panel per slide, in `panels` order; large type; a slide counter; keys move between slides. Every
 * slide fits the screen (no page scroll, no inner scroll area); the last slide carries a QR code of the view.
 */
export function Presenter() {
  const store = useAppStore();
  const panels = useApp((s) => s.panels);
  const slide = useApp((s) => s.slide);
  const lang = useApp((s) => s.lang);
  const t = useT();
  const [fullscreen, setFullscreen] = useState(() => Boolean(document.fullscreenElement));
  const [qrOpen, setQrOpen] = useState(false);
  const qrRef = useRef(qrOpen);
  qrRef.current = qrOpen;
  const { width, height } = useViewport();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (
        target &&
        (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')
      )
        return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const s = store.getState();
      if (NEXT.has(e.key)) {
        e.preventDefault();
        s.nextSlide(1);
      } else if (PREV.has(e.key)) {
        e.preventDefault();
        s.nextSlide(-1);
      } else if (e.key === 'Home') {
        e.preventDefault();
        s.setSlide(1);
      } else if (e.key === 'End') {
        e.preventDefault();
        s.setSlide(s.panels.length);
      } else if (e.key === 'q' || e.key === 'Q') {
        e.preventDefault();
        setQrOpen((v) => !v);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        if (qrRef.current) {
          setQrOpen(false);
          return;
        }
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
  const last = slide >= panels.length;
  const showQr = last || qrOpen;
  const slideRef = useRef<HTMLElement>(null);
  const fit = useSlideFit(slideRef, `${id}|${width}x${height}|${lang}|${showQr}`, width, height);
  const link = useAudienceLink();
  const portrait = width < height;
  const contentRef = useRef<HTMLDivElement>(null);
  usePrintFit(contentRef, 'landscape');
  const index = Math.max(0, panels.indexOf(id ?? 'gauge'));
  // Axis labels are drawn at `--slide-small`, which each fit level sets: charts measure them at that size.
  const presenterRef = useRef<HTMLDivElement>(null);
  const [axisFont, setAxisFont] = useState(16);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read when the fit level changes the type
  useLayoutEffect(() => {
    const el = presenterRef.current;
    if (!el) return;
    const px = Number.parseFloat(getComputedStyle(el).getPropertyValue('--slide-small'));
    if (Number.isFinite(px) && px > 0) setAxisFont(px);
  }, [fit.level]);
  return (
    <AxisFontContext.Provider value={axisFont}>
      <div className="presenter" data-slide={slide} data-fit={fit.level} ref={presenterRef}>
        <UrlNotice />
        <main
          className={`slide${showQr ? ' with-qr' : ''}${portrait ? ' portrait' : ''}${last ? ' last-slide' : ''}`}
          ref={slideRef}
          data-slide-id={id}
          style={{ order: index }}
        >
          <div className="slide-content" ref={contentRef}>
            <ChartHeightContext.Provider value={fit.chart}>
              {id === 'gauge' ? (
                <RoomGauge />
              ) : id ? (
                <PanelFrame def={PANELS[id]} variant="slide" key={id} />
              ) : null}
            </ChartHeightContext.Provider>
          </div>
          {showQr ? <ShareQr url={link} /> : null}
        </main>
        <PrintDeck current={index} />
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
          <span className="muted small slide-help">{t('present.help')}</span>
          {id === 'gauge' ? <GaugeExportMenu parts={() => [contentRef.current]} /> : null}
          <PrintButton slides />
          {last ? null : (
            <button type="button" aria-pressed={qrOpen} onClick={() => setQrOpen((v) => !v)} data-action="qr">
              {t('present.qr')}
            </button>
          )}
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
    </AxisFontContext.Provider>
  );
}
