/**
 * Editing talks: the talk editor's actions (new, open, rename, delete a talk; change, move, duplicate
 * and delete slides; open a slide's view in the dashboard and write the adjusted view back), and those of
 * storage and present mode (talks read from storage, a talk presented or reordered). Apart from
 * the talk slice so the first paint does not carry them: they load with the editor and present mode.
 */
import type { SlideId } from '../domain/ids';
import { overrideTarget } from '../domain/imports';
import { moveItem, newId, SLIDES_MAX, TALKS_MAX, type Talk, type TalkSlide } from '../domain/talk';
import { decode, defaultUrlState } from '../url/codec';
import { slideQuery, talkSlideCount } from '../url/slide-query';
import type { AppStore } from './store';
import type { AppState, TalkFileStatus } from './types';

/** Slides of what is being presented: the talk's, else the panels. */
export function slideCount(s: Pick<AppState, 'talkCode' | 'panels'>): number {
  return s.talkCode ? talkSlideCount(s.talkCode) : s.panels.length;
}

/** The view a slide captures, as a query string of the URL codec (language, theme, mode stay out). */
export function captureView(s: AppState): string {
  return slideQuery({
    ...defaultUrlState(),
    range: s.range,
    issuer: s.selection,
    weights: s.weights,
    scenario: s.scenario,
    year: s.gaugeYear,
    baseline: s.baseline ?? undefined,
    imported: s.imports
      .filter((i) => i.panel !== null || overrideTarget(i.name, s.builtin.datasets) !== null)
      .map((i) => i.name),
  });
}

const now = () => new Date().toISOString();

export interface TalkEdits {
  /** Capture `panel` in the current view as a new slide of the open talk; returns the slide's id. */
  addSlide: (panel: SlideId) => string;
  /**
   * What storage held at start-up, merged with what this tab made meanwhile; or (`replace`) what
   * another tab wrote since.
   */
  setTalks: (talks: Talk[], active: string | null, replace?: boolean) => void;
  /** The talk file opened last: how it went (the editor says it). */
  setTalkFileStatus: (status: TalkFileStatus | null) => void;
  /** Present a talk from its link code (from slide `slide`); notes and source when it is a saved talk. */
  presentTalk: (
    code: string,
    options?: { slide?: number; notes?: readonly string[]; source?: string },
  ) => void;
  /** A new order of the talk being presented (present mode's slide order). */
  setTalkCode: (code: string, notes?: readonly string[] | null) => void;
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
  /** Change one talk (and mark it updated). */
  const edit = (id: string, change: (t: Talk) => Talk) =>
    set((s) => ({ talks: s.talks.map((t) => (t.id === id ? { ...change(t), updatedAt: now() } : t)) }));
  const newTalk = (title = '') => {
    const talk: Talk = { id: newId(), title, slides: [], updatedAt: now() };
    set((s) => ({ talks: [...s.talks, talk].slice(-TALKS_MAX), activeTalk: talk.id }));
    return talk.id;
  };
  const edits: TalkEdits = {
    addSlide: (panel) => {
      const s = get();
      const active = s.talks.find((t) => t.id === s.activeTalk);
      const talkId = active && active.slides.length < SLIDES_MAX ? active.id : newTalk();
      const slide: TalkSlide = { id: newId(), panel, view: captureView(get()), caption: '', notes: '' };
      edit(talkId, (t) => ({ ...t, slides: [...t.slides, slide] }));
      set({ talkEditorOpen: true, lastAddedSlide: slide.id });
      return slide.id;
    },
    setTalks: (loaded, active, replace = false) =>
      set((s) => {
        const ids = new Set(loaded.map((t) => t.id));
        const talks = replace ? loaded : [...loaded, ...s.talks.filter((t) => !ids.has(t.id))];
        const keep = (id: string | null) => (id && talks.some((t) => t.id === id) ? id : null);
        const e = s.editingSlide;
        return {
          talks,
          activeTalk: keep(s.activeTalk) ?? keep(active) ?? talks[talks.length - 1]?.id ?? null,
          editingSlide: e && talks.some((t) => t.id === e.talk) ? e : null,
        };
      }),
    setTalkFileStatus: (talkFileStatus) => set({ talkFileStatus }),
    presentTalk: (code, options = {}) =>
      set({
        mode: 'present',
        hoverYear: null,
        talkCode: code,
        slide: Math.min(Math.max(1, options.slide ?? 1), talkSlideCount(code)),
        talkNotes: options.notes ?? null,
        talkSource: options.source ?? null,
      }),
    setTalkCode: (code, notes) =>
      set((s) => ({
        talkCode: code,
        talkNotes: notes === undefined ? s.talkNotes : notes,
        slide: Math.min(s.slide, talkSlideCount(code)),
      })),
    newTalk,
    addTalk: (talk) => {
      const id = newTalk(talk.title);
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
      const view = captureView(s);
      edit(e.talk, (t) => ({ ...t, slides: t.slides.map((x) => (x.id === e.slide ? { ...x, view } : x)) }));
    },
    stopEditingSlide: () => set({ editingSlide: null }),
  };
  cache.set(store, edits);
  return edits;
}
