import { describe, expect, it } from 'vitest';
import { langFromLocales } from './lang';

describe('langFromLocales', () => {
  it.each([
    [['zh-TW'], 'zh-TW'],
    [['zh-tw'], 'zh-TW'],
    [['zh-Hant'], 'zh-TW'],
    [['zh-Hant-TW'], 'zh-TW'],
    [['zh-HK'], 'zh-TW'],
    [['zh-MO'], 'zh-TW'],
    [['zh-CN', 'zh-TW'], 'zh-TW'],
    [['zh-CN'], 'en'],
    [['zh'], 'en'],
    [['en-US', 'zh-TW'], 'en'],
    [['fr-FR', 'zh-TW'], 'zh-TW'],
    [['de'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (locales, lang) => {
    expect(langFromLocales(locales)).toBe(lang);
  });
});
