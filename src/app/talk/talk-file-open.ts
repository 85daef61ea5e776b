/**
 * Opening a talk file (from the editor or dropped on the page): checked like a view file; a good one
 * becomes a new talk, opened in the editor, with its imported series; each slide's view is read like a
 * link, so a setting it cannot take is named. What happened is kept in the store for the editor to say.
 */
import { decodeTalkFile } from '../../data/import/talk-file';
import type { AppStore } from '../../store/store';
import { talkEdits } from '../../store/talk-edit';
import { decode } from '../../url/codec';

export async function openTalkFile(store: AppStore, file: File): Promise<void> {
  const r = decodeTalkFile(await file.text());
  const s = store.getState();
  if (!r.ok) {
    talkEdits(store).setTalkFileStatus({ ok: false, file: file.name, code: r.code, detail: r.detail });
    s.setTalkEditorOpen(true);
    return;
  }
  if (r.talk.imports.length > 0) s.addImports(r.talk.imports);
  const issues = r.talk.slides.flatMap((slide, i) =>
    decode(slide.view)
      .issues.filter((x) => x.param !== 'v')
      .map((issue) => ({ slide: i + 1, issue })),
  );
  talkEdits(store).addTalk({ title: r.talk.title, slides: r.talk.slides.map((x) => ({ ...x, id: '' })) });
  talkEdits(store).setTalkFileStatus({ ok: true, file: file.name, slides: r.talk.slides.length, issues });
  s.setTalkEditorOpen(true);
}
