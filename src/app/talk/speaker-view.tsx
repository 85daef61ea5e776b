/**
 * The presenter view: a second window (present mode with `#notes`) showing the slide on screen and
 * the next one, the speaker notes and a clock. It follows the projected window and moves it too. The
 * notes are shown here only, never on a projected slide.
 */
import { useEffect, useState } from 'react';
import { formatNumber } from '../../domain/format';
import { ChartHeightContext } from '../../panels/chart/height';
import { useApp, useAppStore, useLocale, useT } from '../../store/react';
import { textLang, useTextFont } from '../../ui/text-lang';
import type { Deck } from './deck';
import { SlideBody, useSlideKeys } from './slide-parts';
import { useSlideSync } from './sync';
import { useTT } from './use-tt';

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

const two = (n: number) => String(n).padStart(2, '0');

export function SpeakerView({ deck }: { deck: Deck }) {
  const store = useAppStore();
  const t = useT();
  const tt = useTT();
  const locale = useLocale();
  const slide = useApp((s) => s.slide);
  const [started, setStarted] = useState(() => Date.now());
  const now = useNow();
  useSlideKeys(store, { qr: () => undefined, escape: () => undefined });
  useSlideSync(store);
  const count = deck.slides.length;
  const index = Math.min(Math.max(0, slide - 1), count - 1);
  const current = deck.slides[index];
  const next = deck.slides[index + 1];
  const notes = deck.notes?.[index] ?? '';
  useTextFont(deck.title, notes, current?.caption, next?.caption);
  const elapsed = Math.max(0, Math.floor((now - started) / 1000));
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(now);
  return (
    <div className="speaker-view" data-speaker-view="">
      <header className="speaker-head">
        <span className="slide-counter" data-slide-counter="" aria-live="polite">
          {t('present.counter', { n: slide, total: count })}
        </span>
        {deck.title ? (
          <span className="speaker-title" lang={textLang(deck.title)}>
            {deck.title}
          </span>
        ) : null}
        <span className="speaker-clock" data-speaker-clock="">
          <time>{clock}</time>
          <span className="muted">
            {tt('speaker.elapsed', {
              time: `${formatNumber(Math.floor(elapsed / 60), locale, 0)}:${two(elapsed % 60)}`,
            })}
          </span>
          <button type="button" className="link-button" onClick={() => setStarted(Date.now())}>
            {tt('speaker.restart')}
          </button>
        </span>
      </header>
      <section className="speaker-current" aria-label={tt('speaker.current')}>
        <h2 className="speaker-label">{tt('speaker.current')}</h2>
        <div className="speaker-frame">
          <ChartHeightContext.Provider value={240}>
            {current ? <SlideBody slide={current} /> : null}
          </ChartHeightContext.Provider>
        </div>
      </section>
      <section className="speaker-next" aria-label={tt('speaker.next')}>
        <h2 className="speaker-label">{tt('speaker.next')}</h2>
        <div className="speaker-frame">
          {next ? (
            <ChartHeightContext.Provider value={140}>
              <SlideBody slide={next} />
            </ChartHeightContext.Provider>
          ) : (
            <p className="muted">{tt('speaker.end')}</p>
          )}
        </div>
      </section>
      <section className="speaker-notes" aria-label={tt('speaker.notes')}>
        <h2 className="speaker-label">{tt('speaker.notes')}</h2>
        {notes ? (
          <p data-speaker-notes="" lang={textLang(notes)}>
            {notes}
          </p>
        ) : (
          <p className="muted" data-speaker-notes="">
            {tt('speaker.noNotes')}
          </p>
        )}
      </section>
      <footer className="speaker-bar">
        <button type="button" onClick={() => store.getState().nextSlide(-1)} disabled={slide <= 1}>
          ← {t('present.prev')}
        </button>
        <button type="button" onClick={() => store.getState().nextSlide(1)} disabled={slide >= count}>
          {t('present.next')} →
        </button>
      </footer>
    </div>
  );
}
