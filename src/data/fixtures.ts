/**
 * Bundles the fixtures as raw text at build time (the app never fetches from elsewhere at run time).
 * What the first paint needs (the datasets and the gauge's thresholds) is in the entry chunk; the
 * sources, events and the history method are cited, annotated and back-tested after it, so they come
 * in a chunk of their own, requested right after the first paint.
 */
export const DEFERRED_FIXTURES = ['sources.json', 'events.json', 'history-thresholds.json'] as const;

const eager = import.meta.glob<string>(
  [
    '../../fixtures/*.json',
    '!../../fixtures/sources.json',
    '!../../fixtures/events.json',
    '!../../fixtures/history-thresholds.json',
  ],
  { query: '?raw', import: 'default', eager: true },
);
const deferred = import.meta.glob<string>(
  ['../../fixtures/sources.json', '../../fixtures/events.json', '../../fixtures/history-thresholds.json'],
  { query: '?raw', import: 'default' },
);

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The fixtures the first paint needs, by file name. */
export const firstPaintFiles: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(eager).map(([path, text]) => [fileName(path), text]),
);

/** The deferred fixtures (sources, events, history method), by file name. */
export async function loadDeferredFiles(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(deferred).map(async ([path, load]) => [fileName(path), await load()] as const),
  );
  return Object.fromEntries(entries);
}
