import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, RootFallback } from './app/app';
import { afterNextPaint } from './store/after-paint';
import { StoreProvider } from './store/react';
import { markSettled, track } from './store/settle';
import { ErrorBoundary } from './ui/error-boundary';
import './app/styles.css';
import { DEFERRED_FIXTURES, firstPaintFiles, loadDeferredFiles } from './data/fixtures';
import { loadFixtures } from './data/load';
import { langFromLocales } from './i18n/lang';
import { loadCatalogue } from './i18n/messages';
import { createAppStore } from './store/store';
import { startUrlSync } from './store/url-history';
import { decode, encode, type ReaderDefaults } from './url/codec';

const data = loadFixtures(firstPaintFiles, DEFERRED_FIXTURES);
// A link that names no language or theme gets the reader's: the browser's languages and colour scheme.
const reader: ReaderDefaults = {
  lang: langFromLocales(navigator.languages?.length ? navigator.languages : [navigator.language]),
  theme: window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
};
let { state, issues } = decode(window.location.search, undefined, reader);
// A talk link: its reader loads only when a link carries one; it reads each slide on its own.
let talkImported: string[] = [];
if (state.talk)
  ({ state, issues, talkImported } = (await import('./app/presenter')).applyTalkLink(
    { state, issues, version: 1 },
    window.location.search,
  ));
const store = createAppStore({ data, url: state });
store.getState().setUrlIssues(issues);
// The address bar shows the view actually applied: ignored parameters drop out, `v` is written.
window.history.replaceState(null, '', `?${encode(state, { reader })}${window.location.hash}`);
// The address is written after the next paint: a what-if step paints its result first.
startUrlSync(store, window, { reader, defer: afterNextPaint });

// Sources, events and the history method follow the first paint; the full set is validated again
// together, so every cross-reference is checked.
const loadFull = () =>
  loadDeferredFiles().then((rest) =>
    store.getState().setBuiltin(loadFixtures({ ...firstPaintFiles, ...rest })),
  );

// The zh-TW catalogue is a chunk of its own: a zh-TW reader waits for it before the first paint (no
// flash of English), and for the full fixtures, whose series labels the first-paint copies leave out;
// a switch of language loads the catalogue then.
const zhFirst = store.getState().lang !== 'en';
const fullAtBoot = zhFirst ? track(loadFull()) : undefined;
await Promise.all([loadCatalogue(store.getState().lang), fullAtBoot]).catch(() => undefined);
store.subscribe((s, prev) => {
  if (s.lang !== prev.lang) void track(loadCatalogue(s.lang)).catch(() => undefined);
});

// `data-settled` on <html> once everything below and every view's lazily loaded part has arrived.
markSettled(document.documentElement);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <ErrorBoundary fallback={(e) => <RootFallback error={e} />}>
          <App />
        </ErrorBoundary>
      </StoreProvider>
    </StrictMode>,
  );
}

void (fullAtBoot ?? track(loadFull())).catch((e: unknown) =>
  console.error('deferred fixtures failed to load', e),
);

// Imports and saved views come back from IndexedDB after first paint (idb-keyval loads lazily).
// Storage that fails to open is a notice, never a blank page.
void track(
  import('./store/persist').then((m) =>
    m.startPersistence(store, [...(state.imported ?? []), ...talkImported]),
  ),
).catch((e: unknown) =>
  store.getState().addStorageNotice({ code: 'unavailable', record: 'imports', detail: String(e) }),
);
// Talks too, kept in step with this browser's other tabs.
void track(import('./store/persist').then((m) => m.startTalkPersistence(store))).catch((e: unknown) =>
  store.getState().addStorageNotice({ code: 'unavailable', record: 'talks', detail: String(e) }),
);
