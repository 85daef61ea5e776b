/** Bundles every `fixtures/*.json` as raw text at build time (the app never fetches at run time). */
const raw = import.meta.glob<string>('../../fixtures/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const fixtureFiles: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(raw).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);
