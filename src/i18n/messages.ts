import { en, type MessageKey, type Messages } from './en';
import type { Lang } from './lang';
import { fullWidthPunctuation } from './punctuation';
import { zhTW } from './zh-tw';

export type { MessageKey, Messages };

export const CATALOGUES: Readonly<Record<Lang, Messages>> = { en, 'zh-TW': zhTW };

/** Look up a message and fill its `{placeholders}`. Values are plain text. */
export function translate(
  lang: Lang,
  key: MessageKey,
  vars?: Readonly<Record<string, string | number>>,
): string {
  // Unknown keys (e.g. from a fixture) fall back to English, then to the key itself: never a crash.
  const raw: string = CATALOGUES[lang]?.[key] ?? en[key] ?? String(key);
  // Traditional Chinese takes full-width punctuation (`成長率:22%`), whatever the catalogue typed.
  const template = lang === 'zh-TW' ? fullWidthPunctuation(raw) : raw;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;
