import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, RootFallback } from './app/app';
import { StoreProvider } from './store/react';
import { ErrorBoundary } from './ui/error-boundary';
import './app/styles.css';
import { fixtureFiles } from './data/fixtures';
import { loadFixtures } from './data/load';
import { createAppStore } from './store/store';
import { startUrlSync } from './store/url-history';
import { decode, encode } from './url/codec';

const data = loadFixtures(fixtureFiles);
const { state, issues } = decode(window.location.search);
const store = createAppStore({ data, url: state });
store.getState().setUrlIssues(issues);
// The address bar shows the view actually applied: ignored parameters drop out, `v` is written.
window.history.replaceState(null, '', `?${encode(state)}${window.location.hash}`);
startUrlSync(store);

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

// Imports and saved views come back from IndexedDB after first paint (idb-keyval loads lazily).
// Storage that fails to open is a notice, never a blank page.
void import('./store/persist')
  .then((m) => m.startPersistence(store))
  .catch((e: unknown) =>
    store.getState().addStorageNotice({ code: 'unavailable', record: 'imports', detail: String(e) }),
  );
