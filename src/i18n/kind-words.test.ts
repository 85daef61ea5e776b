import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { zhTW } from './zh-tw';

// The kind of a figure is shown in parentheses after it ("$3T (Interpolated …)") in readouts, deal lists
// and footnotes: a kind word holding parentheses of its own would read "(Interpolated (between …))".
describe('kind words', () => {
  const kindKeys = (Object.keys(en) as MessageKey[]).filter((k) => k.startsWith('kind.'));
  it('covers every kind the charts draw', () => {
    expect(kindKeys.length).toBeGreaterThanOrEqual(7);
  });
  for (const [lang, messages] of [
    ['en', en],
    ['zh-TW', zhTW],
  ] as const)
    it(`${lang}: no kind word holds parentheses (it is put in parentheses itself)`, () => {
      const nested = kindKeys.filter((k) => /[()（）]/.test(messages[k]));
      expect(nested).toEqual([]);
    });
});
