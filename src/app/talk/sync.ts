/**
 * The projected slides and the presenter view (a second window) stay on the same slide: each window
 * tells the others of this browser (a BroadcastChannel) when its slide or its slide order changes, and
 * a window that opens asks for the slide and the speaker notes. Nothing leaves the browser.
 */
import { useEffect } from 'react';
import type { AppStore } from '../../store/store';
import { talkEdits } from '../../store/talk-edit';

export const PRESENT_CHANNEL = 'bubble-pressure-present';

type Message =
  | { type: 'hello' }
  | { type: 'slide'; deck: string; slide: number }
  | { type: 'order'; prev: string; talkCode: string | null; panels: string[]; notes: string[] | null }
  | { type: 'notes'; deck: string; notes: string[] };

/** What is being presented: the talk's code, else the panels. */
function deckId(store: AppStore): string {
  const s = store.getState();
  return s.talkCode ?? `panels:${s.panels.join(',')}`;
}

const strings = (x: unknown): string[] | null =>
  Array.isArray(x) && x.every((v) => typeof v === 'string') ? (x as string[]) : null;

export function useSlideSync(store: AppStore): void {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PRESENT_CHANNEL);
    const post = (m: Message) => channel.postMessage(m);
    const slide = () => post({ type: 'slide', deck: deckId(store), slide: store.getState().slide });
    let adopting = false;
    const stop = store.subscribe((next, prev) => {
      if (adopting) return;
      if (next.talkCode !== prev.talkCode || next.panels !== prev.panels) {
        const prevId = prev.talkCode ?? `panels:${prev.panels.join(',')}`;
        post({
          type: 'order',
          prev: prevId,
          talkCode: next.talkCode,
          panels: [...next.panels],
          notes: next.talkNotes ? [...next.talkNotes] : null,
        });
      }
      if (next.slide !== prev.slide || next.talkCode !== prev.talkCode || next.panels !== prev.panels)
        slide();
    });
    channel.onmessage = (e: MessageEvent<unknown>) => {
      const m = e.data as Partial<Message> | null;
      const s = store.getState();
      if (m?.type === 'hello') {
        slide();
        if (s.talkNotes) post({ type: 'notes', deck: deckId(store), notes: [...s.talkNotes] });
      } else if (m?.type === 'slide' && m.deck === deckId(store) && typeof m.slide === 'number') {
        if (m.slide !== s.slide) s.setSlide(m.slide);
      } else if (m?.type === 'notes' && m.deck === deckId(store)) {
        const notes = strings(m.notes);
        if (notes && !s.talkNotes) store.setState({ talkNotes: notes });
      } else if (m?.type === 'order' && m.prev === deckId(store)) {
        // The other window changed the slide order: follow it (without telling it back).
        adopting = true;
        try {
          const panels = strings(m.panels);
          if (typeof m.talkCode === 'string') talkEdits(store).setTalkCode(m.talkCode, strings(m.notes));
          else if (panels)
            s.setPanels(panels.filter((p): p is (typeof s.panels)[number] => s.panels.includes(p as never)));
        } finally {
          adopting = false;
        }
      }
    };
    post({ type: 'hello' });
    return () => {
      stop();
      channel.close();
    };
  }, [store]);
}
