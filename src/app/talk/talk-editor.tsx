/**
 * The talk editor: a drawer beside the dashboard with the open talk's title and slides. Each slide
 * (`[data-story-slide]`) has its caption and speaker notes, moves by drag or keyboard, can be
 * duplicated or deleted, and can open its view in the dashboard to be adjusted and updated. Talks are
 * presented, shared as one link, and saved to or opened from a talk file. Loaded when first opened.
 */
import { type ChangeEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { encodeTalkFile } from '../../data/import/talk-file';
import { slug } from '../../domain/export/file-name';
import { type Talk, TITLE_MAX } from '../../domain/talk';
import { cleanLine } from '../../domain/talk-text';
import { useApp, useAppStore, useT } from '../../store/react';
import { talkEdits } from '../../store/talk-edit';
import { textLang, useTextFont } from '../../ui/text-lang';
import { decode } from '../../url/codec';
import { encodeTalk, TALK_LINK_SLIDES } from '../../url/talk';
import { download } from '../import-actions';
import { ReorderList } from './reorder';
import { SlideRow } from './slide-row';
import { openTalkFile } from './talk-file-open';
import { type TalkTranslate, useTT } from './use-tt';

/** Links longer than this are cut by some chat apps and mail clients. */
const LINK_COMFORT = 2000;

function talkLink(code: string): string {
  return `${window.location.origin}${window.location.pathname}?talk=${code}`;
}

function fileErrorText(
  tt: TalkTranslate,
  file: string,
  code: 'json' | 'format' | 'newer' | 'invalid',
  detail: string,
) {
  return tt('talk.fileError', { file, reason: tt(`talk.fileError.${code}`, { detail }) });
}

function TalkActions({ talk }: { talk: Talk }) {
  const store = useAppStore();
  const t = useT();
  const tt = useTT();
  const [share, setShare] = useState<{ link: string; copied: boolean } | { many: number } | null>(null);
  const status = useApp((s) => s.talkFileStatus);
  const message = status
    ? status.ok
      ? {
          error: false,
          text: tt('talk.fileOpened', { file: status.file, n: status.slides }),
          details: status.issues.map(({ slide, issue }) =>
            tt('talk.fileIssue', {
              n: slide,
              param: issue.param,
              value: issue.value,
              reason: t(`url.reason.${issue.reason}`, issue.detail),
            }),
          ),
        }
      : { error: true, text: fileErrorText(tt, status.file, status.code, status.detail), details: [] }
    : null;
  const [sure, setSure] = useState(false);
  // Another talk opened: its own share link and delete button.
  const [shown, setShown] = useState(talk.id);
  if (shown !== talk.id) {
    setShown(talk.id);
    setShare(null);
    setSure(false);
  }
  useEffect(() => {
    if (!sure) return;
    const timer = setTimeout(() => setSure(false), 4000);
    return () => clearTimeout(timer);
  }, [sure]);
  const present = () => {
    const enc = encodeTalk(talk);
    if (!enc.ok) {
      setShare({ many: enc.max });
      return;
    }
    talkEdits(store).presentTalk(enc.code, { notes: talk.slides.map((s) => s.notes), source: talk.id });
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  const shareLink = async () => {
    const enc = encodeTalk(talk);
    if (!enc.ok) {
      setShare({ many: enc.max });
      return;
    }
    const link = talkLink(enc.code);
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      copied = false;
    }
    setShare({ link, copied });
  };
  const saveFile = () => {
    const names = new Set(talk.slides.flatMap((s) => decode(s.view).state.imported ?? []));
    download(
      `bubble-pressure-talk-${slug(talk.title) || 'untitled'}.json`,
      encodeTalkFile({ ...talk, imports: store.getState().imports.filter((i) => names.has(i.name)) }),
    );
  };
  const openFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) await openTalkFile(store, file);
  };
  const empty = talk.slides.length === 0;
  return (
    <>
      <div className="talk-actions">
        <button type="button" data-action="story-present" disabled={empty} onClick={present}>
          {tt('talk.present')}
        </button>
        <button type="button" data-action="story-share" disabled={empty} onClick={() => void shareLink()}>
          {tt('talk.share')}
        </button>
        <button type="button" data-action="story-file" disabled={empty} onClick={saveFile}>
          {tt('talk.file')}
        </button>
        <label className="file-button">
          {tt('talk.fileOpen')}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="story-file-input"
            onChange={(e) => void openFile(e)}
          />
        </label>
      </div>
      {share && 'link' in share ? (
        <div className="talk-share-result" role="status">
          <p className="small">{share.copied ? tt('talk.shareCopied') : tt('talk.shareFailed')}</p>
          <input
            type="text"
            readOnly
            value={share.link}
            data-story-link=""
            aria-label={tt('talk.share')}
            onFocus={(e) => e.target.select()}
          />
          <p className="muted small">{tt('talk.shareLength', { n: share.link.length })}</p>
          {share.link.length > LINK_COMFORT ? <p className="small">{tt('talk.shareLong')}</p> : null}
        </div>
      ) : share ? (
        <p className="small" role="alert">
          {tt('talk.shareMany', { max: TALK_LINK_SLIDES })}
        </p>
      ) : null}
      {message ? (
        <div
          className={`talk-message small${message.error ? ' panel-warning' : ''}`}
          role={message.error ? 'alert' : 'status'}
          data-story-message={message.error ? 'error' : 'ok'}
        >
          <p>{message.text}</p>
          {message.details.length > 0 ? (
            <ul>
              {message.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <p className="muted small">{tt('talk.fileHint')}</p>
      {talk.id ? (
        <button
          type="button"
          className="link-button"
          data-action="story-clear"
          onClick={() => {
            if (!sure) setSure(true);
            else talkEdits(store).deleteTalk(talk.id);
          }}
        >
          {sure ? tt('talk.deleteSure') : tt('talk.delete')}
        </button>
      ) : null}
    </>
  );
}

const NO_TALK: Talk = { id: '', title: '', slides: [], updatedAt: '' };

function Drawer() {
  const store = useAppStore();
  const tt = useTT();
  const talks = useApp((s) => s.talks);
  const activeId = useApp((s) => s.activeTalk);
  const lastAdded = useApp((s) => s.lastAddedSlide);
  const editing = useApp((s) => s.editingSlide);
  const talk = talks.find((t) => t.id === activeId) ?? null;
  useTextFont(talk?.title, ...(talk?.slides.flatMap((s) => [s.caption, s.notes]) ?? []));
  const titleId = useId();
  const pickId = useId();
  const ref = useRef<HTMLElement>(null);
  const close = () => {
    store.getState().setTalkEditorOpen(false);
    talkEdits(store).setTalkFileStatus(null);
    document.querySelector<HTMLElement>('[data-action="story-editor"]')?.focus();
  };
  // Opened by hand (not by adding a slide, which puts the caret in the new caption): the focus goes
  // into the drawer.
  const [byHand] = useState(() => store.getState().lastAddedSlide === null);
  // On a wide screen the dashboard makes room for the drawer (talk.css).
  useEffect(() => {
    document.documentElement.dataset.talkDrawer = '';
    return () => {
      delete document.documentElement.dataset.talkDrawer;
    };
  }, []);
  useEffect(() => {
    if (byHand) ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [byHand]);
  const items = useMemo(
    () => (talk?.slides ?? []).map((s, i) => ({ ...s, key: s.id, label: tt('talk.slide', { n: i + 1 }) })),
    [talk, tt],
  );
  const editingIndex =
    talk && editing?.talk === talk.id ? talk.slides.findIndex((x) => x.id === editing.slide) : -1;
  return (
    <aside
      className="talk-drawer"
      data-story=""
      aria-labelledby={titleId}
      ref={ref}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <div className="talk-drawer-head">
        <h2 id={titleId} tabIndex={-1}>
          {tt('talk.title')}
        </h2>
        <button type="button" className="link-button" onClick={close} aria-label={tt('talk.close')}>
          ×
        </button>
      </div>
      <div className="talk-pick">
        <label htmlFor={pickId} className="sr-only">
          {tt('talk.pick')}
        </label>
        <select
          id={pickId}
          value={talk?.id ?? ''}
          data-story-pick=""
          onChange={(e) => talkEdits(store).setActiveTalk(e.target.value)}
          disabled={talks.length === 0}
        >
          {talks.map((t) => (
            <option key={t.id} value={t.id}>
              {tt('talk.count', { title: t.title || tt('talk.untitled'), n: t.slides.length })}
            </option>
          ))}
        </select>
        <button type="button" data-action="story-new" onClick={() => talkEdits(store).newTalk()}>
          {tt('talk.new')}
        </button>
      </div>
      {talk ? (
        <>
          <label className="small">
            {tt('talk.name')}
            <input
              type="text"
              value={talk.title}
              maxLength={TITLE_MAX}
              data-story-title=""
              lang={textLang(talk.title)}
              placeholder={tt('talk.untitled')}
              onChange={(e) => talkEdits(store).renameTalk(talk.id, e.target.value.replace(/[\r\n]+/g, ' '))}
              onBlur={(e) => talkEdits(store).renameTalk(talk.id, cleanLine(e.target.value, TITLE_MAX))}
            />
          </label>
          {editingIndex >= 0 ? (
            <div className="talk-editing small" role="status">
              {tt('talk.editing', { n: editingIndex + 1 })}{' '}
              <button
                type="button"
                data-action="story-update"
                onClick={() => talkEdits(store).updateSlideView()}
              >
                {tt('talk.update')}
              </button>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => talkEdits(store).stopEditingSlide()}
              >
                {tt('talk.done')}
              </button>
            </div>
          ) : null}
          <h3>{tt('talk.slides')}</h3>
          {talk.slides.length === 0 ? (
            <p className="muted">{tt('talk.empty')}</p>
          ) : (
            <ReorderList
              className="talk-slides"
              items={items}
              label={tt('talk.slides')}
              onMove={(from, to) => talkEdits(store).moveSlide(talk.id, from, to)}
              rowProps={(item) => ({
                'data-story-slide': item.panel,
                'data-editing': editing?.slide === item.id ? '' : undefined,
              })}
              renderRow={(item, i, handle) => (
                <SlideRow
                  talk={talk}
                  slide={item}
                  index={i}
                  handle={handle}
                  focusCaption={lastAdded === item.id}
                />
              )}
            />
          )}
        </>
      ) : (
        <p className="muted">{tt('talk.empty')}</p>
      )}
      {/* One place for it, so what it says (a file just opened) stays when the talk changes. */}
      <TalkActions talk={talk ?? NO_TALK} />
    </aside>
  );
}

/** While a slide's view is adjusted with the drawer closed: update it, or be done. */
function EditingBar() {
  const store = useAppStore();
  const tt = useTT();
  const editing = useApp((s) => s.editingSlide);
  const talks = useApp((s) => s.talks);
  const talk = talks.find((t) => t.id === editing?.talk);
  const index = talk?.slides.findIndex((x) => x.id === editing?.slide) ?? -1;
  if (!talk || index < 0) return null;
  return (
    <div className="talk-editing-bar" role="status" data-story-editing="">
      <span>{tt('talk.editing', { n: index + 1 })}</span>
      <button type="button" data-action="story-update" onClick={() => talkEdits(store).updateSlideView()}>
        {tt('talk.update')}
      </button>
      <button type="button" onClick={() => store.getState().setTalkEditorOpen(true)}>
        {tt('talk.title')}
      </button>
      <button type="button" className="link-button" onClick={() => talkEdits(store).stopEditingSlide()}>
        {tt('talk.done')}
      </button>
    </div>
  );
}

export default function TalkEditor() {
  const open = useApp((s) => s.talkEditorOpen);
  return open ? <Drawer /> : <EditingBar />;
}
