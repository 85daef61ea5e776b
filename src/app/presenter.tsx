import {
  lazy,
  type ReactNode,
  type RefObject,
  Suspense,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import { GaugeExportMenu } from '../gauge/gauge-export';
import { useGaugeV2 } from '../gauge/use-gauge';
import { AxisFontContext } from '../panels/chart/axis-font';
import { ChartHeightContext } from '../panels/chart/height';
import { useBacktestV2 } from '../panels/history/use-backtest';
import { Pending, StoreProvider, useApp, useAppStore, useT } from '../store/react';
import type { AppStore } from '../store/store';
import { usePrintFit } from '../ui/print-fit';
import { type SlideFigures, SlideFiguresContext } from '../ui/talk-add';
import { textLang, useTextFont } from '../ui/text-lang';
import { PrintButton } from './export-tools';
import { UrlNotice } from './notices';
import { ShareQr } from './share-qr';
import { useSlideFit, useViewport } from './slide-fit';
import { type Deck, type DeckSlide, type FigureCollector, usePanelDeck, useTalkDeck } from './talk/deck';
import { SlideOrder } from './talk/slide-order';
import { SlideBody, SPEAKER_HASH, useSlideKeys } from './talk/slide-parts';
import { useSlideSync } from './talk/sync';
import { useTT } from './talk/use-tt';

/** A talk link is read with present mode's code (it opens in present mode). */
export { applyTalkLink } from '../url/talk';

const SpeakerView = lazy(() => import('./talk/speaker-view').then((m) => ({ default: m.SpeakerView })));

function exitFullscreen() {
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
}

/** Chart height of a slide waiting to be printed: what a landscape A4 page leaves after title and legend. */
const PRINT_CHART = 330;

function useFigureSink(collector: FigureCollector, key: string): SlideFigures {
  return useMemo(
    () => ({
      set(csv) {
        if (csv) collector.set(key, csv);
        else collector.delete(key);
      },
    }),
    [collector, key],
  );
}

/** A slide laid out out of sight for printing, in its place (`order`) among the slides. */
function PrintSlide({
  order,
  last,
  slide,
  collector,
}: {
  order: number;
  last: boolean;
  slide: DeckSlide;
  collector: FigureCollector;
}) {
  const ref = useRef<HTMLDivElement>(null);
  usePrintFit(ref, 'landscape');
  const sink = useFigureSink(collector, slide.key);
  return (
    <div className={`print-slide${last ? ' last-slide' : ''}`} style={{ order }}>
      <div className="print-slide-inner" ref={ref}>
        <SlideFiguresContext.Provider value={sink}>
          <SlideBody slide={slide} />
        </SlideFiguresContext.Provider>
      </div>
    </div>
  );
}

/**
 * The slides not on screen, for printing (one a page, in order, with the one on screen). Mounted a
 * moment after the slide on screen (or at once when printing starts or the ZIP asks), never in its way.
 */
function PrintDeck({
  deck,
  current,
  collector,
  now,
}: {
  deck: Deck;
  current: number;
  collector: FigureCollector;
  now: boolean;
}) {
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
  if (!ready && !now) return null;
  return (
    <div className="print-deck" aria-hidden="true" inert data-print-deck="">
      <ChartHeightContext.Provider value={PRINT_CHART}>
        {deck.slides.map((slide, i) =>
          i === current ? null : (
            <PrintSlide
              key={slide.key}
              order={i}
              last={i === deck.slides.length - 1}
              slide={slide}
              collector={collector}
            />
          ),
        )}
      </ChartHeightContext.Provider>
    </div>
  );
}

/**
 * On a touch screen, a horizontal swipe that does not start on a chart's plot moves between slides
 * (on the plot, a drag still zooms; the zoom is undone with one tap).
 */
function useSwipe(ref: RefObject<HTMLElement | null>, store: AppStore) {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let start: { x: number; y: number } | null = null;
    const onStart = (e: TouchEvent) => {
      const target = e.target as Element | null;
      const touch = e.touches[0];
      start =
        e.touches.length === 1 &&
        touch &&
        !target?.closest('[data-plot-overlay], .slide-order, input, select')
          ? { x: touch.clientX, y: touch.clientY }
          : null;
    };
    const onEnd = (e: TouchEvent) => {
      const touch = e.changedTouches[0];
      if (!start || !touch) return;
      const dx = touch.clientX - start.x;
      const dy = touch.clientY - start.y;
      start = null;
      if (Math.abs(dx) >= 50 && Math.abs(dx) > 2 * Math.abs(dy)) store.getState().nextSlide(dx < 0 ? 1 : -1);
    };
    el.addEventListener('touchstart', onStart, { passive: true });
    el.addEventListener('touchend', onEnd, { passive: true });
    return () => {
      el.removeEventListener('touchstart', onStart);
      el.removeEventListener('touchend', onEnd);
    };
  }, [ref, store]);
}

/** Shown when the slide on screen was zoomed while presenting: one tap brings its years back. */
function UndoZoom({ slide }: { slide: DeckSlide }) {
  return (
    <StoreProvider store={slide.store}>
      <UndoZoomButton slide={slide} />
    </StoreProvider>
  );
}

function UndoZoomButton({ slide }: { slide: DeckSlide }) {
  const tt = useTT();
  const range = useApp((s) => s.range);
  if (range[0] === slide.range[0] && range[1] === slide.range[1]) return null;
  return (
    <button
      type="button"
      className="undo-zoom"
      data-action="undo-zoom"
      onClick={() => slide.store.getState().setRange(slide.range)}
    >
      {tt('present.undoZoom', { from: slide.range[0], to: slide.range[1] })}
    </button>
  );
}

/** The talk's ZIP: each slide's figures. The slides waiting for print are mounted first. */
function TalkZipButton({
  deck,
  collector,
  prepare,
}: {
  deck: Deck;
  collector: FigureCollector;
  prepare: () => void;
}) {
  const t = useT();
  const tt = useTT();
  const store = useAppStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      prepare();
      const m = await import('./talk/talk-zip');
      await m.downloadTalkZip(store, deck, collector, t, tt);
    } catch (e) {
      setError(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" data-action="story-zip" aria-busy={busy} onClick={() => void run()}>
        {t('export.allData')}
      </button>
      {error ? (
        <span className="panel-warning small" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

/**
 * One slide at a time, in order; large type; a slide counter; keys and swipes move between slides.
 * Every slide fits the screen (no page scroll, no inner scroll area); the last slide carries a QR code
 * of the slide's own short link.
 */
function SlideShow({ deck }: { deck: Deck }) {
  const store = useAppStore();
  const slide = useApp((s) => s.slide);
  const lang = useApp((s) => s.lang);
  const t = useT();
  const tt = useTT();
  const [fullscreen, setFullscreen] = useState(() => Boolean(document.fullscreenElement));
  const [qrOpen, setQrOpen] = useState(false);
  const [orderOpen, setOrderOpen] = useState(false);
  const [zipNow, setZipNow] = useState(false);
  const collector = useRef<FigureCollector>(new Map()).current;
  const { width, height } = useViewport();
  const open = useRef({ qr: qrOpen, order: orderOpen });
  open.current = { qr: qrOpen, order: orderOpen };
  useSlideKeys(store, {
    qr: () => setQrOpen((v) => !v),
    escape: () => {
      if (open.current.order) setOrderOpen(false);
      else if (open.current.qr) setQrOpen(false);
      else {
        exitFullscreen();
        store.getState().setMode('dashboard');
      }
    },
  });
  useSlideSync(store);
  useEffect(() => {
    // Leaving full screen with the browser's own Escape also ends the presentation.
    const onFullscreen = () => {
      setFullscreen(Boolean(document.fullscreenElement));
      if (!document.fullscreenElement && store.getState().mode === 'present')
        store.getState().setMode('dashboard');
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => document.removeEventListener('fullscreenchange', onFullscreen);
  }, [store]);
  const count = deck.slides.length;
  const index = Math.min(Math.max(0, slide - 1), count - 1);
  const current = deck.slides[index];
  const last = slide >= count;
  const showQr = last || qrOpen;
  const slideRef = useRef<HTMLElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  useSwipe(rootRef, store);
  const fit = useSlideFit(
    slideRef,
    `${current?.key}|${width}x${height}|${lang}|${showQr}|${current?.caption ?? ''}`,
    width,
    height,
  );
  const portrait = width < height;
  const contentRef = useRef<HTMLDivElement>(null);
  usePrintFit(contentRef, 'landscape');
  const sink = useFigureSink(collector, current?.key ?? '');
  const talk = deck.title !== null;
  useTextFont(deck.title, ...deck.slides.map((s) => s.caption));
  // Axis labels are drawn at `--slide-small`, which each fit level sets: charts measure them at that size.
  const [axisFont, setAxisFont] = useState(16);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read when the fit level changes the type
  useLayoutEffect(() => {
    const el = rootRef.current;
    if (!el) return;
    const px = Number.parseFloat(getComputedStyle(el).getPropertyValue('--slide-small'));
    if (Number.isFinite(px) && px > 0) setAxisFont(px);
  }, [fit.level]);
  if (!current) return null;
  return (
    <AxisFontContext.Provider value={axisFont}>
      <div
        className={`presenter${talk ? ' talk-show' : ''}`}
        data-slide={slide}
        data-fit={fit.level}
        data-talk={talk ? '' : undefined}
        ref={rootRef}
      >
        <UrlNotice />
        <main
          className={`slide${showQr ? ' with-qr' : ''}${portrait ? ' portrait' : ''}${last ? ' last-slide' : ''}`}
          ref={slideRef}
          data-slide-id={current.panel}
          style={{ order: index }}
        >
          <div className="slide-content" ref={contentRef}>
            <ChartHeightContext.Provider value={fit.chart}>
              <SlideFiguresContext.Provider value={sink}>
                <SlideBody slide={current} />
              </SlideFiguresContext.Provider>
            </ChartHeightContext.Provider>
          </div>
          {showQr ? <ShareQr url={current.link} /> : null}
        </main>
        <PrintDeck deck={deck} current={index} collector={collector} now={zipNow} />
        {orderOpen ? <SlideOrder deck={deck} current={index} onClose={() => setOrderOpen(false)} /> : null}
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
            {t('present.counter', { n: slide, total: count })}
          </span>
          <button
            type="button"
            onClick={() => store.getState().nextSlide(1)}
            disabled={slide >= count}
            aria-label={t('present.next')}
          >
            →
          </button>
          <UndoZoom slide={current} />
          {deck.title ? (
            <span className="slide-talk-title" lang={textLang(deck.title)}>
              {deck.title}
            </span>
          ) : null}
          <span className="muted small slide-help">{t('present.help')}</span>
          {current.panel === 'gauge' ? (
            <StoreProvider store={current.store}>
              <SlideGaugeExport parts={() => [contentRef.current]} />
            </StoreProvider>
          ) : null}
          <button
            type="button"
            aria-expanded={orderOpen}
            data-action="slide-order"
            aria-label={tt('present.order')}
            title={tt('present.order')}
            onClick={() => setOrderOpen((v) => !v)}
          >
            {/* On a phone the bar keeps to two lines: the button shows its symbol only. */}
            <span className="order-label">{tt('present.order')}</span>
            <span className="order-icon" aria-hidden="true">
              ⇅
            </span>
          </button>
          <PrintButton slides />
          {talk ? <TalkZipButton deck={deck} collector={collector} prepare={() => setZipNow(true)} /> : null}
          {deck.keep ? (
            <button type="button" data-action="story-keep" onClick={deck.keep}>
              {tt('talk.keep')}
            </button>
          ) : null}
          {last ? null : (
            <button type="button" aria-pressed={qrOpen} onClick={() => setQrOpen((v) => !v)} data-action="qr">
              {t('present.qr')}
            </button>
          )}
          <button
            type="button"
            data-action="presenter-view"
            className="presenter-view-button"
            onClick={() =>
              window.open(
                `${window.location.pathname}${window.location.search}${SPEAKER_HASH}`,
                'bubble-pressure-notes',
                'popup,width=1100,height=760',
              )
            }
          >
            {tt('present.speaker')}
          </button>
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

function useSpeakerView(): boolean {
  const [on, setOn] = useState(() => window.location.hash === SPEAKER_HASH);
  useEffect(() => {
    const onHash = () => setOn(window.location.hash === SPEAKER_HASH);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return on;
}

function Show({ deck, speaker }: { deck: Deck; speaker: boolean }): ReactNode {
  if (!speaker) return <SlideShow deck={deck} />;
  return (
    <Suspense
      fallback={
        <Pending>
          <div className="panel-loading" aria-busy="true" />
        </Pending>
      }
    >
      <SpeakerView deck={deck} />
    </Suspense>
  );
}

function TalkShow({ code, speaker }: { code: string; speaker: boolean }) {
  return <Show deck={useTalkDeck(code)} speaker={speaker} />;
}

function PanelShow({ speaker }: { speaker: boolean }) {
  return <Show deck={usePanelDeck()} speaker={speaker} />;
}

/** Present mode: the view's panels as slides, or a talk (`talk=`); `#notes` is the presenter view. */
/** The gauge slide's downloads: the meters as the slide's store reads them. */
function SlideGaugeExport({ parts }: { parts: () => ReadonlyArray<Element | null> }) {
  const g = useGaugeV2(useBacktestV2());
  return <GaugeExportMenu g={g} parts={parts} />;
}

export function Presenter() {
  const code = useApp((s) => s.talkCode);
  const speaker = useSpeakerView();
  return code ? <TalkShow code={code} speaker={speaker} /> : <PanelShow speaker={speaker} />;
}
