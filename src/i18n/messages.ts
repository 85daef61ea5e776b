import { en, type MessageKey, type Messages } from './en';
import type { Lang } from './lang';
import { fullWidthPunctuation } from './punctuation';

export type { MessageKey, Messages };

/**
 * The catalogues loaded so far. English is always there (it is the fallback); the others come in a
 * chunk of their own when first shown (`loadCatalogue`), so an English reader downloads none of them.
 */
export const CATALOGUES: Partial<Record<Lang, Messages>> = { en };

let version = 0;
const listeners = new Set<() => void>();

/** Load a language's catalogue (once); resolves when `translate` speaks it. */
export async function loadCatalogue(lang: Lang): Promise<void> {
  if (CATALOGUES[lang]) return;
  if (lang === 'zh-TW') CATALOGUES['zh-TW'] = (await import('./zh-tw')).zhTW;
  version += 1;
  for (const l of listeners) l();
}

/** For React's useSyncExternalStore: re-render when a catalogue arrives. */
export function subscribeCatalogues(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const cataloguesVersion = (): number => version;

/** Look up a message and fill its `{placeholders}`. Values are plain text. */
export function translate(
  lang: Lang,
  key: MessageKey,
  vars?: Readonly<Record<string, string | number>>,
): string {
  // Unknown keys (e.g. from a fixture) or a catalogue still loading fall back to English, then to the
  // key itself: never a crash.
  const raw: string = CATALOGUES[lang]?.[key] ?? en[key] ?? String(key);
  // Traditional Chinese takes full-width punctuation (`成長率:22%`), whatever the catalogue typed.
  const template = lang === 'zh-TW' && CATALOGUES['zh-TW'] ? fullWidthPunctuation(raw) : raw;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;
