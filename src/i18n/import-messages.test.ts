import { describe, expect, it } from 'vitest';
import { IMPORT_CATALOGUES, type ImportMessageKey, translateImport } from './import-messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('import catalogue', () => {
  it('zh-TW has every English key, non-empty, with the same placeholders', () => {
    const en = IMPORT_CATALOGUES.en;
    const zh = IMPORT_CATALOGUES['zh-TW'];
    for (const key of Object.keys(en) as ImportMessageKey[]) {
      expect(zh[key], key).toBeTruthy();
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it('fills placeholders in the language asked for', () => {
    expect(translateImport('en', 'import.done', { file: 'a.csv' })).toBe('Imported a.csv.');
    expect(translateImport('zh-TW', 'import.done', { file: 'a.csv' })).toBe('已匯入 a.csv。');
  });
});
