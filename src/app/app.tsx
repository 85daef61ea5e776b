import { lazy, Suspense, useEffect, useRef } from 'react';
import { Pending, useApp, useT } from '../store/react';
import { track } from '../store/settle';
import { Dashboard } from './dashboard';

// Present and embed modes are chunks of their own: the dashboard's first paint does not carry them.
const Presenter = lazy(() => import('./presenter').then((m) => ({ default: m.Presenter })));
const EmbedView = lazy(() => import('./embed').then((m) => ({ default: m.EmbedView })));
// Page size and headers for printing: not needed for the first paint (the page settles once it is in).
const PrintSetup = lazy(() => import('./print-setup').then((m) => ({ default: m.PrintSetup })));
// The talk editor (and the bar shown while a slide's view is adjusted) loads when first opened.
const TalkEditor = lazy(() => import('./talk/talk-editor'));

/** Chooses the mode and keeps `<html lang>` and the theme in step with the store. */
export function App() {
  const mode = useApp((s) => s.mode);
  const lang = useApp((s) => s.lang);
  const theme = useApp((s) => s.theme);
  const talkEditor = useApp((s) => s.talkEditorOpen || s.editingSlide !== null);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = theme;
    document.documentElement.dataset.mode = mode;
  }, [lang, theme, mode]);
  useEffect(() => {
    if (lang === 'zh-TW') track(import('../ui/zh-font')).catch(() => undefined);
  }, [lang]);
  useFocusBackFromPresenting(mode, talkEditor);
  const view = mode === 'present' ? <Presenter /> : mode === 'embed' ? <EmbedView /> : <Dashboard />;
  return (
    <>
      <Suspense fallback={<Pending />}>
        <PrintSetup />
      </Suspense>
      <Suspense
        fallback={
          <Pending>
            <div className="panel-loading" aria-busy="true" />
          </Pending>
        }
      >
        {view}
      </Suspense>
      {talkEditor && mode === 'dashboard' ? (
        <Suspense fallback={<Pending />}>
          <TalkEditor />
        </Suspense>
      ) : null}
    </>
  );
}

/** Last resort if the whole app fails to render: say so and offer the default view. */
export function RootFallback({ error }: { error: Error }) {
  const t = useT();
  return (
    <main className="root-error" role="alert">
      <h1>{t('app.name')}</h1>
      <p>{t('notice.appError', { message: error.message })}</p>
      <a href="?">{t('notice.openDefault')}</a>
    </main>
  );
}

/**
 * Back from presenting, the keyboard focus returns to the button that starts it (the talk editor's
 * "Present the talk" when the editor is open, else the header's Present), not to the page's start.
 * Left alone when something on the page has taken the focus already.
 */
function useFocusBackFromPresenting(mode: string, talkEditor: boolean) {
  const was = useRef(mode);
  useEffect(() => {
    const from = was.current;
    was.current = mode;
    if (from !== 'present' || mode !== 'dashboard') return;
    const selector = talkEditor ? '[data-action="story-present"]' : '[data-action="present"]';
    let frame = 0;
    let tries = 0;
    const focus = () => {
      const active = document.activeElement;
      if (active && active !== document.body) return;
      const el = document.querySelector<HTMLElement>(selector);
      if (el) el.focus();
      // The editor is a chunk of its own: wait a few frames for it.
      else if (tries++ < 120) frame = requestAnimationFrame(focus);
    };
    frame = requestAnimationFrame(focus);
    return () => cancelAnimationFrame(frame);
  }, [mode, talkEditor]);
}
