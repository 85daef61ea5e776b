/**
 * Editing talks: the talk editor's actions (new, open, rename, delete a talk; change, move, duplicate
 * and delete slides; open a slide's view in the dashboard and write the adjusted view back). Apart from
 * the talk slice so the first paint does not carry them: they load with the editor and present mode.
 */
import { moveItem, newId, SLIDES_MAX, type Talk, type TalkSlide } from '../domain/talk';
import { decode } from '../url/codec';
import { slideQuery } from '../url/slide-query';
import type { AppStore } from './store';
import { editTalk, newTalk, selectView } from './talk-slice';

export interface TalkEdits {
  newTalk: (title?: string) => string;
  /** A copy of a talk read elsewhere (a file) as a new saved talk, opened in the editor. */
  addTalk: (talk: Pick<Talk, 'title' | 'slides'>) => string;
  setActiveTalk: (id: string) => void;
  renameTalk: (id: string, title: string) => void;
  deleteTalk: (id: string) => void;
  updateSlide: (talk: string, slide: string, patch: Partial<Pick<TalkSlide, 'caption' | 'notes'>>) => void;
  moveSlide: (talk: string, from: number, to: number) => void;
  duplicateSlide: (talk: string, slide: string) => void;
  deleteSlide: (talk: string, slide: string) => void;
  /** Show a slide's view in the dashboard (its panel enlarged) to adjust it. */
  openSlideView: (talk: string, slide: string) => void;
  /** Write the dashboard's current view into the slide being adjusted. */
  updateSlideView: () => void;
  stopEditingSlide: () => void;
}

const cache = new WeakMap<AppStore, TalkEdits>();

/** The editing actions on a store. */
export function talkEdits(store: AppStore): TalkEdits {
  const known = cache.get(store);
  if (known) return known;
  const get = store.getState;
  const set = store.setState;
  const edit = (id: string, change: (t: Talk) => Talk) => editTalk(set, id, change);
  const edits: TalkEdits = {
    newTalk: (title = '') => newTalk(set, title),
    addTalk: (talk) => {
      const id = newTalk(set, talk.title);
      edit(id, (t) => ({
        ...t,
        slides: talk.slides.slice(0, SLIDES_MAX).map((x) => ({ ...x, id: newId() })),
      }));
      return id;
    },
    setActiveTalk: (id) =>
      set((s) => (s.talks.some((t) => t.id === id) ? { activeTalk: id, editingSlide: null } : {})),
    renameTalk: (id, title) => edit(id, (t) => ({ ...t, title })),
    deleteTalk: (id) =>
      set((s) => {
        const talks = s.talks.filter((t) => t.id !== id);
        return {
          talks,
          activeTalk: s.activeTalk === id ? (talks[talks.length - 1]?.id ?? null) : s.activeTalk,
          editingSlide: s.editingSlide?.talk === id ? null : s.editingSlide,
        };
      }),
    updateSlide: (talk, slide, patch) =>
      edit(talk, (t) => ({ ...t, slides: t.slides.map((x) => (x.id === slide ? { ...x, ...patch } : x)) })),
    moveSlide: (talk, from, to) => edit(talk, (t) => ({ ...t, slides: moveItem(t.slides, from, to) })),
    duplicateSlide: (talk, slide) =>
      edit(talk, (t) => {
        const at = t.slides.findIndex((x) => x.id === slide);
        const original = t.slides[at];
        if (!original || t.slides.length >= SLIDES_MAX) return t;
        const slides = [...t.slides];
        slides.splice(at + 1, 0, { ...original, id: newId() });
        return { ...t, slides };
      }),
    deleteSlide: (talk, slide) => {
      edit(talk, (t) => ({ ...t, slides: t.slides.filter((x) => x.id !== slide) }));
      const e = get().editingSlide;
      if (e?.talk === talk && e.slide === slide) set({ editingSlide: null });
    },
    openSlideView: (talkId, slideId) => {
      const s = get();
      const slide = s.talks.find((t) => t.id === talkId)?.slides.find((x) => x.id === slideId);
      if (!slide) return;
      const u = decode(slide.view).state;
      // A hidden panel comes back in its place.
      if (slide.panel !== 'gauge' && !s.panels.includes(slide.panel)) s.togglePanel(slide.panel);
      set({
        range: u.range,
        selection: u.issuer,
        weights: u.weights,
        scenario: u.scenario,
        gaugeYear: u.year,
        baseline: u.baseline ?? null,
        focus: slide.panel === 'gauge' ? null : slide.panel,
        editingSlide: { talk: talkId, slide: slideId },
      });
    },
    updateSlideView: () => {
      const s = get();
      const e = s.editingSlide;
      if (!e) return;
      const view = slideQuery(selectView(s));
      edit(e.talk, (t) => ({ ...t, slides: t.slides.map((x) => (x.id === e.slide ? { ...x, view } : x)) }));
    },
    stopEditingSlide: () => set({ editingSlide: null }),
  };
  cache.set(store, edits);
  return edits;
}
