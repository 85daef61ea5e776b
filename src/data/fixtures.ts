/**
 * Bundles the fixtures as raw text at build time (the app never fetches from elsewhere at run time).
 * What the first paint needs (the datasets and the gauge's thresholds, lean: without their notes and
 * translated reasons, see `compactFixtures` in vite.config.ts) is in the entry chunk; the sources,
 * events, the history method and the full copies of the rest are cited, annotated and back-tested
 * after it, in chunks of their own requested right after the first paint.
 */
export const DEFERRED_FIXTURES = ['sources.json', 'events.json', 'history-thresholds.json'] as const;

const eager = import.meta.glob<string>(
  [
    '../../fixtures/*.json',
    '!../../fixtures/sources.json',
    '!../../fixtures/events.json',
    '!../../fixtures/history-thresholds.json',
  ],
  { query: '?raw&lean', import: 'default', eager: true },
);
const deferred = import.meta.glob<string>('../../fixtures/*.json', { query: '?raw', import: 'default' });

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The fixtures the first paint needs, by file name. */
export const firstPaintFiles: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(eager).map(([path, text]) => [fileName(path), text]),
);

/** Every fixture in full (the deferred ones and the full copies of the first-paint ones), by file name. */
export async function loadDeferredFiles(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(deferred).map(async ([path, load]) => [fileName(path), await load()] as const),
  );
  return Object.fromEntries(entries);
}
