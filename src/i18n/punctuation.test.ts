import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translateGauge } from './gauge-messages';
import { IMPORT_CATALOGUES, type ImportMessageKey, translateImport } from './import-messages';
import { translate } from './messages';
import { fullWidthPunctuation } from './punctuation';
import { zhTW } from './zh-tw';

// Full-width marks, spelled as escapes so no editor or tool folds them back to ASCII.
const COMMA = '\uFF0C';
const COLON = '\uFF1A';
const SEMI = '\uFF1B';
const QUESTION = '\uFF1F';
const BANG = '\uFF01';
const OPEN = '\uFF08';
const CLOSE = '\uFF09';

describe('fullWidthPunctuation', () => {
  it.each([
    ['成長率: 22%', `成長率${COLON}22%`],
    ['是否正走向泡沫?', `是否正走向泡沫${QUESTION}`],
    ['指標(作為投影片;儀表板上一律顯示)', `指標${OPEN}作為投影片${SEMI}儀表板上一律顯示${CLOSE}`],
    ['離開 (Esc)', `離開${OPEN}Esc${CLOSE}`],
    ['拖曳, 即可!', `拖曳${COMMA}即可${BANG}`],
    ['共 1,000 筆, 10:30 更新', `共 1,000 筆${COMMA}10:30 更新`],
    ['見 https://example.com', '見 https://example.com'],
    ['{label}: {value}', `{label}${COLON}{value}`],
  ])('%s', (input, output) => {
    expect(fullWidthPunctuation(input)).toBe(output);
  });

  it('leaves no half-width , : ; ? ! ( ) when no digit or link is involved', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('泡', '沫', ',', ':', ';', '?', '!', '(', ')', ' ', 'a') }),
        (s) => {
          expect(fullWidthPunctuation(s)).not.toMatch(/[,:;?!()]/);
        },
      ),
    );
  });
});

describe('zh-TW text', () => {
  it('uses full-width punctuation in every catalogue message', () => {
    for (const key of Object.keys(zhTW) as Array<keyof typeof zhTW>) {
      const text = translate('zh-TW', key);
      expect(text.replace(/\d[,:]\d|:\/\//g, ''), key).not.toMatch(/[,:;?!()]/);
    }
  });
  it('uses full-width punctuation in every import message too (a catalogue of its own)', () => {
    for (const key of Object.keys(IMPORT_CATALOGUES['zh-TW']) as ImportMessageKey[]) {
      const text = translateImport('zh-TW', key);
      expect(text.replace(/\d[,:]\d|:\/\//g, ''), key).not.toMatch(/[,:;?!()]/);
    }
  });
  it('keeps the figures it fills in as they are', () => {
    expect(translate('zh-TW', 'app.asOf', { date: '2026-06-12' })).toMatch(/2026-06-12/);
    expect(translateGauge('zh-TW', 'g.metricValue', { label: 'AI 資本支出年增率', value: '22%' })).toBe(
      `AI 資本支出年增率${COLON}22%`,
    );
  });
});
