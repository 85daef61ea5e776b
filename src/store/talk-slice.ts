import { overrideTarget } from '../domain/imports';
import { newId, SLIDES_MAX, TALKS_MAX, type Talk, type TalkSlide } from '../domain/talk';
import { defaultUrlState } from '../url/codec';
import { slideQuery, talkSlideCount } from '../url/slide-query';
import type { AppState, SliceCreator, TalkSlice } from './types';

/** Slides of what is being presented: the talk's, else the panels. */
export function slideCount(s: Pick<AppState, 'talkCode' | 'panels'>): number {
  return s.talkCode ? talkSlideCount(s.talkCode) : s.panels.length;
}

const now = () => new Date().toISOString();
type Set = Parameters<SliceCreator<TalkSlice>>[0];

/** Change one talk (and mark it updated). */
export function editTalk(set: Set, id: string, change: (t: Talk) => Talk): void {
  set((s) => ({ talks: s.talks.map((t) => (t.id === id ? { ...change(t), updatedAt: now() } : t)) }));
}

/** Start a talk and open it in the editor; returns its id. */
export function newTalk(set: Set, title = ''): string {
  const talk: Talk = { id: newId(), title, slides: [], updatedAt: now() };
  set((s) => ({ talks: [...s.talks, talk].slice(-TALKS_MAX), activeTalk: talk.id }));
  return talk.id;
}

export const createTalkSlice: SliceCreator<TalkSlice> = (set, get) => {
  const edit = (id: string, change: (t: Talk) => Talk) => editTalk(set, id, change);
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
        const e = s.editingSlide;
        return {
          talks,
          activeTalk: keep(s.activeTalk) ?? keep(active) ?? talks[talks.length - 1]?.id ?? null,
          editingSlide: e && talks.some((t) => t.id === e.talk) ? e : null,
        };
      }),
    setTalkEditorOpen: (talkEditorOpen) => set({ talkEditorOpen }),
    talkFileStatus: null,
    setTalkFileStatus: (talkFileStatus) => set({ talkFileStatus }),
    addSlide: (panel) => {
      const s = get();
      const active = s.talks.find((t) => t.id === s.activeTalk);
      const talkId = active && active.slides.length < SLIDES_MAX ? active.id : newTalk(set);
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
export function selectView(s: AppState) {
  return {
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
  };
}
