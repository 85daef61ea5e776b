import { FULL_RANGE, RANGE_MIN, SLIDE_IDS, type SlideId, YEAR_MAX, type YearRange } from '../domain/ids';
import { defaultUrlState } from '../url/codec';
import { talkSlideCount } from '../url/slide-query';
import type { SliceCreator, ViewSlice } from './types';

/** Order a pair of years and clamp it to the years `range=` accepts. */
export function normaliseRange([a, b]: YearRange): YearRange {
  const lo = Math.max(RANGE_MIN, Math.min(YEAR_MAX, Math.round(Math.min(a, b))));
  const hi = Math.max(RANGE_MIN, Math.min(YEAR_MAX, Math.round(Math.max(a, b))));
  return [lo, hi];
}

/**
 * Bring a hidden panel back in its place: before the first shown panel that comes after it in the
 * standard order (so hiding and showing again restores the layout), at the end if none does.
 */
export function insertInPlace(panels: readonly SlideId[], id: SlideId): SlideId[] {
  const rank = (p: SlideId) => SLIDE_IDS.indexOf(p);
  const at = panels.findIndex((p) => rank(p) > rank(id));
  return at === -1 ? [...panels, id] : [...panels.slice(0, at), id, ...panels.slice(at)];
}

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => {
  const d = defaultUrlState();
  return {
    range: d.range,
    hoverYear: null,
    selection: d.issuer,
    panels: d.panels,
    focus: d.focus,
    mode: d.mode,
    slide: d.slide,
    lang: d.lang,
    theme: d.theme,
    gaugeYear: d.year,
    showEvents: true,
    urlIssues: [],
    setRange: (range) => {
      const next = normaliseRange(range);
      const [from, to] = get().range;
      // Same years: keep the same array, so charts keyed on the range do not redraw.
      if (next[0] !== from || next[1] !== to) set({ range: next });
    },
    resetRange: () => get().setRange(FULL_RANGE),
    setHoverYear: (year) => {
      const y = year === null ? null : Math.round(year);
      if (get().hoverYear !== y) set({ hoverYear: y });
    },
    setSelection: (selection) => set({ selection }),
    toggleSelection: (id) => set((s) => ({ selection: s.selection === id ? null : id })),
    setPanels: (panels) =>
      set((s) => {
        const list = panels.filter((p, i) => panels.indexOf(p) === i);
        if (list.length === 0) return {};
        return {
          panels: list,
          focus: s.focus && list.includes(s.focus) ? s.focus : null,
          slide: Math.min(s.slide, list.length),
        };
      }),
    togglePanel: (id) => {
      const { panels, setPanels } = get();
      setPanels(panels.includes(id) ? panels.filter((p) => p !== id) : insertInPlace(panels, id));
    },
    setFocus: (focus) => set((s) => ({ focus: focus && s.panels.includes(focus) ? focus : null })),
    // Leaving present mode forgets the slide (and the talk), so `slide` drops out of the address.
    setMode: (mode) =>
      set((s) => ({
        mode,
        hoverYear: null,
        slide: mode === 'present' ? s.slide : 1,
        ...(mode === 'present' ? {} : { talkCode: null, talkNotes: null, talkSource: null }),
      })),
    startPresenting: () =>
      set({ mode: 'present', slide: 1, hoverYear: null, talkCode: null, talkNotes: null, talkSource: null }),
    setSlide: (slide) =>
      set((s) => {
        // A talk counts its own slides.
        const count = s.talkCode ? talkSlideCount(s.talkCode) : s.panels.length;
        return Number.isFinite(slide) ? { slide: Math.min(Math.max(1, Math.round(slide)), count) } : {};
      }),
    nextSlide: (delta) => get().setSlide(get().slide + delta),
    setLang: (lang) => set({ lang }),
    setTheme: (theme) => set({ theme }),
    setGaugeYear: (gaugeYear) => set({ gaugeYear }),
    setShowEvents: (showEvents) => set({ showEvents }),
    setUrlIssues: (urlIssues) => set({ urlIssues }),
  };
};
