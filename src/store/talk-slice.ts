import { overrideTarget } from '../domain/imports';
import { moveItem, newId, SLIDES_MAX, TALKS_MAX, type Talk, type TalkSlide } from '../domain/talk';
import { decode } from '../url/codec';
import { slideQuery, talkSlideCount } from '../url/slide-query';
import type { AppState, SliceCreator, TalkSlice } from './types';
import { insertInPlace } from './view-slice';

/** Slides of what is being presented: the talk's, else the panels. */
export function slideCount(s: Pick<AppState, 'talkCode' | 'panels'>): number {
  return s.talkCode ? talkSlideCount(s.talkCode) : s.panels.length;
}

const now = () => new Date().toISOString();

export const createTalkSlice: SliceCreator<TalkSlice> = (set, get) => {
  /** Change one talk (and mark it updated). */
  const edit = (id: string, change: (t: Talk) => Talk) =>
    set((s) => ({ talks: s.talks.map((t) => (t.id === id ? { ...change(t), updatedAt: now() } : t)) }));
  const newTalk = (title = '') => {
    const talk: Talk = { id: newId(), title, slides: [], updatedAt: now() };
    set((s) => ({ talks: [...s.talks, talk].slice(-TALKS_MAX), activeTalk: talk.id }));
    return talk.id;
  };
  return {
    talks: [],
    activeTalk: null,
    talkEditorOpen: false,
    editingSlide: null,
    lastAddedSlide: null,
    talkCode: null,
    talkNotes: null,
    talkSource: null,
    setTalks: (loaded, active, replace = false) =>
      set((s) => {
        const ids = new Set(loaded.map((t) => t.id));
        const talks = replace ? loaded : [...loaded, ...s.talks.filter((t) => !ids.has(t.id))];
        const keep = (id: string | null) => (id && talks.some((t) => t.id === id) ? id : null);
        return {
          talks,
          activeTalk: keep(s.activeTalk) ?? keep(active) ?? talks[talks.length - 1]?.id ?? null,
        };
      }),
    setTalkEditorOpen: (talkEditorOpen) => set({ talkEditorOpen }),
    addSlide: (panel) => {
      const s = get();
      const active = s.talks.find((t) => t.id === s.activeTalk);
      const talkId = active && active.slides.length < SLIDES_MAX ? active.id : newTalk();
      const slide: TalkSlide = {
        id: newId(),
        panel,
        view: slideQuery(selectView(get())),
        caption: '',
        notes: '',
      };
      edit(talkId, (t) => ({ ...t, slides: [...t.slides, slide] }));
      set({ talkEditorOpen: true, lastAddedSlide: slide.id });
      return slide.id;
    },
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
      const panels =
        slide.panel === 'gauge' || s.panels.includes(slide.panel)
          ? s.panels
          : insertInPlace(s.panels, slide.panel);
      set({
        range: u.range,
        selection: u.issuer,
        weights: u.weights,
        scenario: u.scenario,
        gaugeYear: u.year,
        baseline: u.baseline ?? null,
        panels,
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
  };
};

/** The view a slide captures: the URL state, from the store's own fields (no import of store.ts). */
function selectView(s: AppState) {
  return {
    ...decode('').state,
    range: s.range,
    issuer: s.selection,
    weights: s.weights,
    scenario: s.scenario,
    year: s.gaugeYear,
    baseline: s.baseline ?? undefined,
    imported: s.imports
      .filter((i) => i.panel !== null || overrideTarget(i.name, s.builtin.datasets) !== null)
      .map((i) => i.name),
  };
}
