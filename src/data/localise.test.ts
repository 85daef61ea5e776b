import { describe, expect, it } from 'vitest';
import { localLabel } from './localise';

describe('localLabel', () => {
  const item = { label: 'Oracle prices $18B bond', labels: { 'zh-TW': 'Oracle 發行 180 億美元公司債' } };
  it('uses the translation for zh-TW', () => {
    expect(localLabel(item, 'zh-TW')).toBe('Oracle 發行 180 億美元公司債');
  });
  it('keeps English for en', () => {
    expect(localLabel(item, 'en')).toBe('Oracle prices $18B bond');
  });
  it('falls back to English when a translation is missing', () => {
    expect(localLabel({ label: 'Only English' }, 'zh-TW')).toBe('Only English');
    expect(localLabel({ label: 'Only English', labels: {} }, 'zh-TW')).toBe('Only English');
  });
});
