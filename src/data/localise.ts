import type { Translations } from '../domain/types';
import { fullWidthPunctuation } from '../i18n/punctuation';

/** A fixture's text in the reader's language, falling back to its English `label`. */
export function localLabel(item: { label: string; labels?: Translations | undefined }, lang: string): string {
  const zh = lang === 'zh-TW' ? item.labels?.['zh-TW'] : undefined;
  return zh === undefined ? item.label : fullWidthPunctuation(zh);
}
