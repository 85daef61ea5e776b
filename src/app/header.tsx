import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { ageInDays, formatAge, formatDate } from '../domain/format';
import { isLang, LANGS, type Lang } from '../i18n/lang';
import { Pending, useApp, useAppStore, useLocale, useT } from '../store/react';
import { shareUrl } from '../store/url-history';
import { TalkButton } from './talk/talk-button';

/** Both readings, loaded with the gauge (they stay on screen while the analyst scrolls). */
const MiniGaugeSlot = lazy(() => import('./gauge-slot').then((m) => ({ default: m.MiniGaugeSlot })));

const LANG_NAMES: Record<Lang, string> = { en: 'English', 'zh-TW': '繁體中文' };

export function ShareButton() {
  const store = useAppStore();
  const t = useT();
  const [state, setState] = useState<{ url: string; ok: boolean } | null>(null);
  const onClick = async () => {
    const url = shareUrl(store);
    let ok = false;
    try {
      await navigator.clipboard.writeText(url);
      ok = true;
    } catch {
      ok = false;
    }
    setState({ url, ok });
  };
  return (
    <span className="share">
      <button type="button" onClick={onClick} data-action="share">
        {t('app.share')}
      </button>
      {state ? (
        <span className="share-result" role="status">
          {state.ok ? t('app.share.copied') : t('app.share.failed')}{' '}
          <input
            readOnly
            value={state.url}
            data-share-url=""
            aria-label={t('app.share')}
            onFocus={(e) => e.target.select()}
          />
        </span>
      ) : null}
    </span>
  );
}

/**
 * The sticky header's height as `--header-h` on <html>: the page's `scroll-padding-top` keeps what is
 * scrolled to (a panel, a focused control, an anchor) below the header at every width and font.
 */
function useHeaderHeightVar() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const set = () =>
      root.style.setProperty('--header-h', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    const ro = new ResizeObserver(set);
    ro.observe(el);
    set();
    return () => {
      ro.disconnect();
      root.style.removeProperty('--header-h');
    };
  }, []);
  return ref;
}

export function Header() {
  const t = useT();
  const headerRef = useHeaderHeightVar();
  const locale = useLocale();
  const asOf = useApp((s) => s.builtin.asOf);
  const lang = useApp((s) => s.lang);
  const setLang = useApp((s) => s.setLang);
  const theme = useApp((s) => s.theme);
  const setTheme = useApp((s) => s.setTheme);
  const startPresenting = useApp((s) => s.startPresenting);
  // How old the newest figure is, on the reader's clock.
  const now = useMemo(() => new Date(), []);
  return (
    <header className="app-header" ref={headerRef}>
      <div className="brand">
        <h1>{t('app.name')}</h1>
        <p className="tagline">
          {t('app.tagline')}
          {asOf ? (
            <span className="muted" data-as-of={asOf} data-age-days={ageInDays(asOf, now)}>
              {' · '}
              {t('app.asOfAge', { date: formatDate(asOf, locale), age: formatAge(asOf, now, locale) })}
            </span>
          ) : null}
        </p>
      </div>
      <Suspense fallback={<Pending />}>
        <MiniGaugeSlot />
      </Suspense>
      <div className="header-controls">
        <label>
          <span className="sr-only">{t('app.language')}</span>
          <select
            value={lang}
            onChange={(e) => {
              const value = e.target.value;
              if (isLang(value)) setLang(value);
            }}
            data-control="lang"
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}
          data-control="theme"
          title={t('app.theme')}
        >
          {theme === 'light' ? t('app.theme.dark') : t('app.theme.light')}
        </button>
        <button
          type="button"
          data-action="present"
          onClick={() => {
            startPresenting();
            document.documentElement.requestFullscreen?.().catch(() => undefined);
          }}
        >
          {t('app.present')}
        </button>
        <TalkButton />
        <ShareButton />
      </div>
    </header>
  );
}
