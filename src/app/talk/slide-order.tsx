/**
 * Present mode's slide order (with or without a talk): every slide in a list that can be reordered by
 * drag, by keyboard and with ↑ ↓ buttons; a row's title jumps to that slide.
 */
import { useEffect, useRef } from 'react';
import type { SlideId } from '../../domain/ids';
import { useAppStore, useT } from '../../store/react';
import { textLang } from '../../ui/text-lang';
import type { Deck } from './deck';
import { ReorderList } from './reorder';
import { useTT } from './use-tt';

export function SlideOrder({ deck, current, onClose }: { deck: Deck; current: number; onClose: () => void }) {
  const t = useT();
  const tt = useTT();
  const store = useAppStore();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-reorder-handle]')?.focus();
  }, []);
  const title = (panel: SlideId) => t(`${panel}.title`);
  const items = deck.slides.map((s) => ({
    key: s.key,
    panel: s.panel,
    caption: s.caption,
    label: s.caption ? `${title(s.panel)}: ${s.caption}` : title(s.panel),
  }));
  return (
    <section className="slide-order" data-slide-order="" aria-labelledby="slide-order-title" ref={ref}>
      <header>
        <h2 id="slide-order-title">{tt('present.order')}</h2>
        <button type="button" className="link-button" onClick={onClose} aria-label={tt('present.orderClose')}>
          ×
        </button>
      </header>
      <p className="muted small">{tt('reorder.hint')}</p>
      <ReorderList
        items={items}
        label={tt('present.order')}
        onMove={deck.reorder}
        rowProps={(item, i) => ({
          'data-order-slide': item.panel,
          'aria-current': i === current ? 'step' : undefined,
        })}
        renderRow={(item, i, handle) => (
          <>
            {handle}
            <span className="order-n">{i + 1}</span>
            <button
              type="button"
              className="link-button order-go"
              onClick={() => store.getState().setSlide(i + 1)}
              title={tt('present.orderGo')}
            >
              <span className="order-title">{title(item.panel)}</span>
              {item.caption ? (
                <span className="order-caption muted" lang={textLang(item.caption)}>
                  {item.caption}
                </span>
              ) : null}
            </button>
            <span className="order-moves">
              <button
                type="button"
                data-action="move-up"
                disabled={i === 0}
                aria-label={tt('reorder.up', { label: item.label })}
                onClick={() => deck.reorder(i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                data-action="move-down"
                disabled={i === items.length - 1}
                aria-label={tt('reorder.down', { label: item.label })}
                onClick={() => deck.reorder(i, i + 1)}
              >
                ↓
              </button>
            </span>
          </>
        )}
      />
    </section>
  );
}
