/**
 * The slides present mode shows, whatever they come from: the view's panels (one shared view, the
 * main store) or a talk (each slide its own view, in a store of its own, with its caption). Each
 * slide knows the years it opened on (so a zoom made while presenting can be undone) and its own
 * short link (the QR code and the printed page).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SlideId, YearRange } from '../../domain/ids';
import { moveItem } from '../../domain/talk';
import { useApp, useAppStore } from '../../store/react';
import { connectSlideStore, createSlideStore } from '../../store/slide-store';
import { type AppStore, selectUrlState } from '../../store/store';
import { talkEdits } from '../../store/talk-edit';
import { encode, type UrlState } from '../../url/codec';
import { decodeTalk, encodeTalk, slideQuery, type TalkRead, talkFromRead } from '../../url/talk';
import { slideState } from '../../url/talk-view';

export interface DeckSlide {
  key: string;
  panel: SlideId;
  store: AppStore;
  caption: string | null;
  /** The slide's view as a query string (as it opened, before any zoom). */
  view: string;
  /** The years the slide opened on: a zoom made while presenting goes back to these. */
  range: YearRange;
  /** The slide's own short link: only what differs from the defaults, opening it on screen. */
  link: string;
}

/** The CSV of each talk slide's panel, by slide key, for the talk's all-data ZIP. */
export type FigureCollector = Map<string, () => Promise<string>>;

export interface Deck {
  slides: DeckSlide[];
  /** The talk's title; null when presenting the view's panels. */
  title: string | null;
  /** Speaker notes by slide (a saved talk's), or null. */
  notes: readonly string[] | null;
  /** Move a slide (the slide on screen stays on screen). */
  reorder: (from: number, to: number) => void;
  /** A talk opened from a link: keep it among this browser's talks (null when it is one already). */
  keep: (() => void) | null;
}

const base = () => `${window.location.origin}${window.location.pathname}`;

/** The short link of slide `n` of the view's panels: present mode, only what differs from the defaults. */
export function panelSlideLink(u: UrlState, n: number): string {
  // The audience's own language and theme: the reader's defaults leave them out.
  const query = encode({ ...u, mode: 'present', slide: n }, { reader: { lang: u.lang, theme: u.theme } });
  return `${base()}?${query}`;
}

/** The short link of one talk slide: a talk of that slide alone (title, view, caption). */
export function talkSlideLink(title: string, slide: TalkRead['slides'][number]): string {
  const enc = encodeTalk({ title, slides: [slide] });
  return enc.ok ? `${base()}?talk=${enc.code}` : base();
}

/** The view's panels as slides, all in the main store's view. */
export function usePanelDeck(): Deck {
  const store = useAppStore();
  const panels = useApp((s) => s.panels);
  const state = useApp(useShallow(selectUrlState));
  // The years the presentation started on.
  const start = useRef(store.getState().range);
  const slides = useMemo(
    () =>
      panels.map((id, i) => ({
        key: id,
        panel: id,
        store,
        caption: null,
        view: slideQuery(state),
        range: start.current,
        link: panelSlideLink(state, i + 1),
      })),
    [panels, store, state],
  );
  return {
    slides,
    title: null,
    notes: null,
    keep: null,
    reorder: (from, to) => {
      const s = store.getState();
      const current = s.panels[s.slide - 1];
      const next = moveItem(s.panels, from, to);
      s.setPanels(next);
      if (current) store.getState().setSlide(next.indexOf(current) + 1);
    },
  };
}

/** One store per talk slide, kept while the slide is in the talk (moving it keeps its store). */
function useSlideStores(main: AppStore, read: TalkRead): AppStore[] {
  const cache = useRef(new Map<string, AppStore>());
  const stores = useMemo(() => {
    const seen = new Map<string, number>();
    const next = new Map<string, AppStore>();
    const list = read.slides.map((s) => {
      const k = `${s.panel}|${s.view}|${s.caption}`;
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      const key = `${k}#${n}`;
      const store = cache.current.get(key) ?? createSlideStore(main, s.panel, slideState(s.view));
      next.set(key, store);
      return store;
    });
    cache.current = next;
    return list;
  }, [main, read]);
  useEffect(() => {
    const stops = stores.map((s) => connectSlideStore(main, s));
    return () => {
      for (const stop of stops) stop();
    };
  }, [main, stores]);
  return stores;
}

/** A talk's slides, each in its own view with its caption. */
export function useTalkDeck(code: string): Deck {
  const main = useAppStore();
  const notes = useApp((s) => s.talkNotes);
  const source = useApp((s) => s.talkSource);
  const read = useMemo(() => decodeTalk(code), [code]);
  const stores = useSlideStores(main, read);
  const slides = useMemo(
    () =>
      read.slides.map((s, i) => ({
        key: s.id,
        panel: s.panel,
        store: stores[i] as AppStore,
        caption: s.caption,
        view: s.view,
        range: slideState(s.view).range,
        link: talkSlideLink(read.title, s),
      })),
    [read, stores],
  );
  return {
    slides,
    title: read.title,
    notes,
    keep: source
      ? null
      : () => {
          const id = talkEdits(main).addTalk(talkFromRead(read));
          main.setState({ talkSource: id, talkNotes: read.slides.map(() => '') });
        },
    reorder: (from, to) => {
      const talk = talkFromRead(read);
      talk.slides = moveItem(talk.slides, from, to);
      const enc = encodeTalk(talk);
      if (!enc.ok) return;
      const s = main.getState();
      const current = read.slides[s.slide - 1]?.id;
      talkEdits(main).setTalkCode(enc.code, notes ? moveItem(notes, from, to) : null);
      if (s.talkSource) talkEdits(main).moveSlide(s.talkSource, from, to);
      const at = talk.slides.findIndex((x) => x.id === current);
      if (at >= 0) main.getState().setSlide(at + 1);
    },
  };
}
