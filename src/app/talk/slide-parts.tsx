/**
 * Parts of a slide shared by the projected slides and the presenter view: the slide's body (caption,
 * panel or room gauge, and on paper its sources and link) and the keys that move between slides.
 */
import { useEffect, useMemo, useRef } from 'react';
import { RoomGauge } from '../../gauge/room-gauge';
import { useBacktestV2 } from '../../panels/history/use-backtest';
import { PanelFrame, SourceList } from '../../panels/panel-frame';
import { PANELS } from '../../panels/registry';
import { StoreProvider, useApp, useT } from '../../store/react';
import type { AppStore } from '../../store/store';
import { slideCount } from '../../store/talk-edit';
import { textLang } from '../../ui/text-lang';
import type { DeckSlide } from './deck';
import { useTT } from './use-tt';

/** The hash of the presenter view (a second window: current and next slide, notes, a clock). */
export const SPEAKER_HASH = '#notes';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const PREV = new Set(['ArrowLeft', 'PageUp']);
/** Sources of the gauge slide on paper: those of its thresholds. */
function GaugeSources() {
  const t = useT();
  const thresholds = useApp((s) => s.builtin.thresholds);
  const all = useApp((s) => s.builtin.sources);
  const sources = useMemo(() => {
    const ids = new Set((thresholds?.thresholds ?? []).flatMap((x) => x.sourceIds));
    return all.filter((s) => ids.has(s.id));
  }, [thresholds, all]);
  if (sources.length === 0) return null;
  return (
    <div className="panel-sources">
      {t('panel.sourceLabel')}
      <SourceList sources={sources} />
    </div>
  );
}

/** The room gauge with history v2's run (read in the slide's store). */
function SlideGauge() {
  return <RoomGauge market={useBacktestV2()} />;
}

/** A slide's body: its caption (a talk's), the panel or the room gauge, and, on paper, its sources and link. */
export function SlideBody({ slide }: { slide: DeckSlide }) {
  const tt = useTT();
  return (
    <>
      {slide.caption ? (
        <p className="slide-caption" data-slide-caption="" lang={textLang(slide.caption)}>
          {slide.caption}
        </p>
      ) : null}
      <StoreProvider store={slide.store}>
        {slide.panel === 'gauge' ? (
          <>
            <SlideGauge />
            <div className="print-only slide-print-sources">
              <GaugeSources />
            </div>
          </>
        ) : (
          <PanelFrame def={PANELS[slide.panel]} variant="slide" key={slide.key} />
        )}
      </StoreProvider>
      <p className="print-only slide-print-link">{tt('talk.slideLink', { url: slide.link })}</p>
    </>
  );
}

/** Keys: → ← Space PageUp PageDown move, Home End jump, Q the QR code, Esc closes what is open or leaves. */
export function useSlideKeys(store: AppStore, on: { qr: () => void; escape: () => void }) {
  const ref = useRef(on);
  ref.current = on;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (
        target &&
        (target.tagName === 'INPUT' ||
          target.tagName === 'SELECT' ||
          target.tagName === 'TEXTAREA' ||
          // A focused button takes its own Space and Enter.
          (target.tagName === 'BUTTON' && (e.key === ' ' || e.key === 'Enter')))
      )
        return;
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
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
        s.setSlide(slideCount(s));
      } else if (e.key === 'q' || e.key === 'Q') {
        e.preventDefault();
        ref.current.qr();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        ref.current.escape();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
