import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { StoreProvider } from './app/store-context';
import './app/styles.css';
import { fixtureFiles } from './data/fixtures';
import { loadFixtures } from './data/load';
import { createAppStore } from './store/store';
import { decode } from './url/codec';
import { startUrlSync } from './url/history';

const data = loadFixtures(fixtureFiles);
const { state, issues } = decode(window.location.search);
const store = createAppStore({ data, url: state });
store.getState().setUrlIssues(issues);
startUrlSync(store);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
