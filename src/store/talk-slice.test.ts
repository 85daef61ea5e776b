import { describe, expect, it } from 'vitest';
import { decode } from '../url/codec';
import { encodeTalk } from '../url/talk';
import { applyUrlState, createAppStore, selectUrlState } from './store';
import { slideCount, talkEdits } from './talk-edit';

const store = () => createAppStore({ url: decode('?range=2024-2027&issuer=meta&s.life=3').state });
const active = (s: ReturnType<typeof store>) => {
  const st = s.getState();
  const t = st.talks.find((x) => x.id === st.activeTalk);
  if (!t) throw new Error('no open talk');
  return t;
};

describe('talk slice', () => {
  it('"Add to talk" captures the panel in the complete view, starting a draft when there is none', () => {
    const s = store();
    talkEdits(s).addSlide('capex');
    expect(s.getState().talkEditorOpen).toBe(true);
    const t = active(s);
    expect(t.slides).toHaveLength(1);
    const slide = t.slides[0];
    expect(slide?.panel).toBe('capex');
    expect(s.getState().lastAddedSlide).toBe(slide?.id);
    const view = decode(slide?.view ?? '').state;
    expect(view.range).toEqual([2024, 2027]);
    expect(view.issuer).toBe('meta');
    expect(view.scenario.life).toBe(3);
    // Language, theme, mode and panels stay the viewer's: the slide does not carry them.
    expect(slide?.view).not.toMatch(/lang=|theme=|mode=|panels=|focus=/);
    // The next one goes into the same draft.
    s.getState().setSelection(null);
    talkEdits(s).addSlide('gauge');
    expect(active(s).slides.map((x) => x.panel)).toEqual(['capex', 'gauge']);
    expect(decode(active(s).slides[1]?.view ?? '').state.issuer).toBeNull();
  });

  it('moves, duplicates and deletes slides; captions and notes are kept per slide', () => {
    const s = store();
    for (const p of ['capex', 'bonds', 'credit'] as const) talkEdits(s).addSlide(p);
    const t = active(s);
    const [a, b, c] = t.slides;
    talkEdits(s).updateSlide(t.id, a?.id ?? '', { caption: 'first', notes: 'n1' });
    talkEdits(s).moveSlide(t.id, 0, 2);
    expect(active(s).slides.map((x) => x.panel)).toEqual(['bonds', 'credit', 'capex']);
    talkEdits(s).duplicateSlide(t.id, a?.id ?? '');
    const dup = active(s).slides[3];
    expect(dup).toMatchObject({ panel: 'capex', caption: 'first', notes: 'n1' });
    expect(dup?.id).not.toBe(a?.id);
    talkEdits(s).deleteSlide(t.id, b?.id ?? '');
    talkEdits(s).deleteSlide(t.id, c?.id ?? '');
    expect(active(s).slides.map((x) => x.caption)).toEqual(['first', 'first']);
  });

  it('opens a slide’s view in the dashboard and writes the adjusted view back into it', () => {
    const s = store();
    talkEdits(s).addSlide('bonds');
    const t = active(s);
    const id = t.slides[0]?.id ?? '';
    s.getState().setRange([2020, 2030]);
    s.getState().setSelection(null);
    s.getState().setPanels(['capex']);
    talkEdits(s).openSlideView(t.id, id);
    const st = s.getState();
    expect([st.range, st.selection, st.scenario.life, st.focus]).toEqual([[2024, 2027], 'meta', 3, 'bonds']);
    expect(st.panels).toContain('bonds');
    expect(st.editingSlide).toEqual({ talk: t.id, slide: id });
    s.getState().setSelection('oracle');
    talkEdits(s).updateSlideView();
    expect(decode(active(s).slides[0]?.view ?? '').state.issuer).toBe('oracle');
  });

  it('several named talks: new, rename, switch, delete', () => {
    const s = store();
    const a = talkEdits(s).newTalk('A');
    talkEdits(s).addSlide('capex');
    const b = talkEdits(s).newTalk('B');
    expect(s.getState().activeTalk).toBe(b);
    talkEdits(s).renameTalk(b, 'Bee');
    talkEdits(s).setActiveTalk(a);
    talkEdits(s).addSlide('spv');
    expect(s.getState().talks.map((t) => [t.title, t.slides.length])).toEqual([
      ['A', 2],
      ['Bee', 0],
    ]);
    talkEdits(s).deleteTalk(a);
    expect(s.getState().activeTalk).toBe(b);
  });

  it('storage merges with talks made before it loaded', () => {
    const s = store();
    talkEdits(s).addSlide('capex');
    const mine = active(s);
    talkEdits(s).setTalks([{ id: 'old', title: 'Old', slides: [], updatedAt: '' }], 'old');
    expect(s.getState().talks.map((t) => t.id)).toEqual(['old', mine.id]);
    expect(s.getState().activeTalk).toBe(mine.id);
  });

  it('presenting a talk: its link is the URL state, slides are the talk’s, leaving present mode drops it', () => {
    const s = store();
    const enc = encodeTalk({
      title: 'T',
      slides: ['a', 'b', 'c'].map((caption) => ({ panel: 'capex' as const, view: '', caption })),
    });
    if (!enc.ok) throw new Error('encode');
    talkEdits(s).presentTalk(enc.code, { slide: 2, notes: ['x', 'y', 'z'], source: 'id' });
    expect(selectUrlState(s.getState())).toMatchObject({ mode: 'present', slide: 2, talk: enc.code });
    expect(slideCount(s.getState())).toBe(3);
    s.getState().setSlide(99);
    expect(s.getState().slide).toBe(3);
    // Back to the same link keeps the notes; another link (or none) drops them.
    applyUrlState(s, selectUrlState(s.getState()));
    expect(s.getState().talkNotes).toEqual(['x', 'y', 'z']);
    s.getState().setMode('dashboard');
    expect(selectUrlState(s.getState()).talk).toBeUndefined();
    expect(s.getState().talkNotes).toBeNull();
    s.getState().startPresenting();
    expect(s.getState().talkCode).toBeNull();
  });
});
