/** The languages the app speaks (`lang=`). */
export const LANGS = ['en', 'zh-TW'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/**
 * The language to show a reader whose link names none, from the browser's preferred languages in order:
 * Traditional Chinese for zh-TW, zh-Hant (any region) and zh-HK/zh-MO; the first of the two in the list wins;
 * other languages (zh-CN included: the app has no Simplified Chinese) are passed over; English if none. Matching ignores case.
 */
export function langFromLocales(locales: readonly string[]): Lang {
  for (const raw of locales) {
    const tag = raw.toLowerCase();
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (/^zh-(tw|hk|mo)\b/.test(tag) || /^zh-hant\b/.test(tag) || /^zh-[a-z]+-hant\b/.test(tag))
      return 'zh-TW';
  }
  return 'en';
}
