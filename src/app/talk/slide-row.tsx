/**
 * One slide of the talk editor (`[data-story-slide]`): its thumbnail summary, caption, speaker notes and
 * actions (open in the dashboard, update, duplicate, delete), and how a slide's view opens in the dashboard.
 */
import { useEffect, useId, useRef } from 'react';
import { CAPTION_MAX, NOTES_MAX, type Talk, type TalkSlide } from '../../domain/talk';
import { cleanLine, cleanNotes } from '../../domain/talk-text';
import { translateGauge } from '../../i18n/gauge-messages';
import { useApp, useAppStore, useT } from '../../store/react';
import type { AppStore } from '../../store/store';
import { talkEdits } from '../../store/talk-edit';
import { textLang } from '../../ui/text-lang';
import { decode, defaultUrlState } from '../../url/codec';
import { useTT } from './use-tt';

/** What a slide's view changes from the defaults, in words: years, selection, gauge year, what-if. */
function useSummary(): (slide: TalkSlide) => string {
  const t = useT();
  const tt = useTT();
  const lang = useApp((s) => s.lang);
  return (slide) => {
    const u = decode(slide.view).state;
    const d = defaultUrlState();
    const parts: string[] = [t(`${slide.panel}.title`)];
    if (u.range[0] !== d.range[0] || u.range[1] !== d.range[1])
      parts.push(tt('talk.summary.years', { from: u.range[0], to: u.range[1] }));
    if (u.issuer) parts.push(t(`issuer.${u.issuer}`));
    if (u.year !== d.year) parts.push(tt('talk.summary.year', { year: u.year }));
    for (const [k, v] of Object.entries(u.scenario) as [keyof typeof u.scenario, number][])
      if (v !== d.scenario[k]) parts.push(`${translateGauge(lang, `g.scenario.${k}`)} ${v}`);
    if (Object.entries(u.weights).some(([k, v]) => v !== d.weights[k as keyof typeof d.weights]))
      parts.push(tt('talk.summary.weights'));
    if (u.baseline) parts.push(tt('talk.summary.baseline'));
    return parts.join(' · ');
  };
}

export function SlideRow({
  talk,
  slide,
  index,
  handle,
  focusCaption,
}: {
  talk: Talk;
  slide: TalkSlide;
  index: number;
  handle: React.ReactNode;
  focusCaption: boolean;
}) {
  const store = useAppStore();
  const tt = useTT();
  const summary = useSummary();
  const editing = useApp((s) => s.editingSlide);
  const captionId = useId();
  const notesId = useId();
  const captionRef = useRef<HTMLTextAreaElement>(null);
  const isEditing = editing?.talk === talk.id && editing.slide === slide.id;
  useEffect(() => {
    if (!focusCaption) return;
    const el = captionRef.current;
    if (!el) return;
    el.focus();
    el.scrollIntoView({ block: 'nearest' });
    store.setState({ lastAddedSlide: null });
  }, [focusCaption, store]);
  const n = index + 1;
  const s = talkEdits(store);
  return (
    <>
      <div className="slide-row-head">
        {handle}
        <span className="order-n">{n}</span>
        <span className="slide-row-title">
          <b>{summary(slide)}</b>
        </span>
      </div>
      <div className="slide-row-body">
        <label htmlFor={captionId} className="small">
          {tt('talk.caption')}
        </label>
        <textarea
          id={captionId}
          ref={captionRef}
          rows={2}
          maxLength={CAPTION_MAX}
          value={slide.caption}
          data-story-caption=""
          lang={textLang(slide.caption)}
          onKeyDown={(e) => {
            // One line of plain text: Enter does not break it.
            if (e.key === 'Enter') e.preventDefault();
          }}
          onChange={(e) =>
            s.updateSlide(talk.id, slide.id, {
              caption: e.target.value.replace(/[\r\n]+/g, ' ').slice(0, CAPTION_MAX),
            })
          }
          onBlur={(e) =>
            s.updateSlide(talk.id, slide.id, { caption: cleanLine(e.target.value, CAPTION_MAX) })
          }
        />
        <div className="muted small caption-count">
          {tt('talk.captionCount', { n: slide.caption.length, max: CAPTION_MAX })}
        </div>
        <details open={slide.notes.length > 0 ? true : undefined}>
          <summary className="small">{tt('talk.notes')}</summary>
          <textarea
            id={notesId}
            rows={3}
            maxLength={NOTES_MAX}
            value={slide.notes}
            aria-label={tt('talk.notes')}
            data-story-notes=""
            lang={textLang(slide.notes)}
            onChange={(e) => s.updateSlide(talk.id, slide.id, { notes: e.target.value.slice(0, NOTES_MAX) })}
            onBlur={(e) => s.updateSlide(talk.id, slide.id, { notes: cleanNotes(e.target.value) })}
          />
        </details>
        <div className="slide-row-actions">
          <button
            type="button"
            className="link-button"
            data-action="story-open"
            title={tt('talk.openHint')}
            onClick={() => openInDashboard(store, talk.id, slide)}
          >
            {tt('talk.open')}
          </button>
          {isEditing ? (
            <button type="button" data-action="story-update" onClick={() => s.updateSlideView()}>
              {tt('talk.update')}
            </button>
          ) : null}
          <button
            type="button"
            className="link-button"
            data-action="story-duplicate"
            onClick={() => s.duplicateSlide(talk.id, slide.id)}
          >
            {tt('talk.duplicate')}
          </button>
          <button
            type="button"
            className="link-button"
            data-action="story-delete"
            aria-label={tt('talk.removeNamed', { n })}
            onClick={() => s.deleteSlide(talk.id, slide.id)}
          >
            {tt('talk.remove')}
          </button>
          <span className="order-moves">
            <button
              type="button"
              data-action="move-up"
              disabled={index === 0}
              aria-label={tt('reorder.up', { label: tt('talk.slide', { n }) })}
              onClick={() => s.moveSlide(talk.id, index, index - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              data-action="move-down"
              disabled={index === talk.slides.length - 1}
              aria-label={tt('reorder.down', { label: tt('talk.slide', { n }) })}
              onClick={() => s.moveSlide(talk.id, index, index + 1)}
            >
              ↓
            </button>
          </span>
        </div>
      </div>
    </>
  );
}

/** Show a slide's view in the dashboard and bring its panel into sight. */
export function openInDashboard(store: AppStore, talk: string, slide: TalkSlide) {
  talkEdits(store).openSlideView(talk, slide.id);
  // On a narrow screen the drawer covers the dashboard: it gives way to the editing bar.
  if (window.innerWidth < 900) store.getState().setTalkEditorOpen(false);
  requestAnimationFrame(() => {
    const target =
      slide.panel === 'gauge'
        ? document.querySelector('.gauge')
        : document.getElementById(`panel-${slide.panel}`);
    target?.scrollIntoView({ block: 'start' });
  });
}
