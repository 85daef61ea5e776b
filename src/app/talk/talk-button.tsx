/** The header's "Talk" button: opens the talk editor, and says how many slides the open talk has. */
import { useApp, useAppStore, useT } from '../../store/react';

export function TalkButton() {
  const store = useAppStore();
  const t = useT();
  const open = useApp((s) => s.talkEditorOpen);
  const count = useApp((s) => s.talks.find((x) => x.id === s.activeTalk)?.slides.length ?? 0);
  return (
    <button
      type="button"
      data-action="story-editor"
      aria-expanded={open}
      onClick={() => store.getState().setTalkEditorOpen(!open)}
    >
      {count > 0 ? t('talk.buttonCount', { n: count }) : t('talk.button')}
    </button>
  );
}
