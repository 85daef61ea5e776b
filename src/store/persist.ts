/**
 * Keeps imports and saved views across reloads and restarts: loads them once at start-up (after first
 * paint), then writes each record whenever it changes. Loaded lazily with idb-keyval.
 */
import { type AppStorage, createAppStorage } from '../data/storage';
import { mergeImports } from '../domain/imports';
import { track } from './settle';
import type { AppStore } from './store';

export { startTalkPersistence } from './talk-persist';

/** `wanted`: the imported series the opening link named; those this browser does not have get a notice. */
export async function startPersistence(
  store: AppStore,
  wanted: readonly string[] = [],
  storage: AppStorage = createAppStorage(),
): Promise<void> {
  const [imports, views] = await Promise.all([storage.loadImports(), storage.loadViews()]);
  const s = store.getState();
  // Anything imported while storage was loading wins over what was saved.
  s.setImports(mergeImports(imports.items, s.imports).list);
  s.setSavedViews([
    ...views.items,
    ...s.savedViews.filter((v) => !views.items.some((x) => x.name === v.name)),
  ]);
  for (const n of [...imports.notices, ...views.notices]) s.addStorageNotice(n);
  const have = new Set(store.getState().imports.map((i) => i.name));
  s.setMissingImports(wanted.filter((n) => !have.has(n)));
  // Records set aside are not written over until the user changes something.
  let writing = Promise.resolve();
  // Writes wait for the page to paint first (a large import is cloned into IndexedDB on this thread).
  const later = () => new Promise<void>((resolve) => setTimeout(resolve, 50));
  store.subscribe((next, prev) => {
    if (next.imports !== prev.imports) {
      const list = next.imports;
      writing = track(
        writing.then(later).then(async () => {
          const n = await storage.saveImports(list);
          if (n) store.getState().addStorageNotice(n);
        }),
      );
    }
    if (next.savedViews !== prev.savedViews) {
      const list = next.savedViews;
      writing = track(
        writing.then(later).then(async () => {
          const n = await storage.saveViews(list);
          if (n) store.getState().addStorageNotice(n);
        }),
      );
    }
  });
}
