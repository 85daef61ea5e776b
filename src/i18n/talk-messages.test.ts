import { describe, expect, it } from 'vitest';
import { TALK_CATALOGUES, type TalkMessageKey, translateTalk } from './talk-messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('talk catalogue', () => {
  it('zh-TW has every English key, non-empty, with the same placeholders', () => {
    const en = TALK_CATALOGUES.en;
    const zh = TALK_CATALOGUES['zh-TW'];
    for (const key of Object.keys(en) as TalkMessageKey[]) {
      expect(zh[key], key).toBeTruthy();
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it('fills placeholders as plain text, in the language asked for', () => {
    expect(translateTalk('en', 'talk.slide', { n: '<b>2</b>' })).toBe('Slide <b>2</b>');
    expect(translateTalk('zh-TW', 'talk.slide', { n: 2 })).toBe('第 2 張');
  });
});
