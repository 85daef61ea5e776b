/**
 * Talks: the saved talks and the one open in the editor (the draft "Add to talk" adds to), the slide
 * whose view the dashboard is showing for adjustment, and the talk being presented (as its link code:
 * presenting a talk is opening its link). The state lives here; the actions that change talks load on
 * first use (`talk-edit.ts`), so the first paint carries only these fields. Persisted by
 * `talk-persist.ts`.
 */
import type { SliceCreator, TalkSlice } from './types';

export const createTalkSlice: SliceCreator<TalkSlice> = (set) => ({
  talks: [],
  activeTalk: null,
  talkEditorOpen: false,
  editingSlide: null,
  lastAddedSlide: null,
  talkCode: null,
  talkNotes: null,
  talkSource: null,
  talkFileStatus: null,
  setTalkEditorOpen: (talkEditorOpen) => set({ talkEditorOpen }),
});
