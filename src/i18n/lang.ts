/** The languages the app speaks (`lang=`). */
export const LANGS = ['en', 'zh-TW'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);
