import { describe, expect, it } from 'vitest';
import { familyList } from './snapshot-file';

describe('familyList', () => {
  it('reads a computed font-family list in order, without quotes', () => {
    expect(familyList('"Inter Variable", "PingFang TC", system-ui, -apple-system, sans-serif')).toEqual([
      'Inter Variable',
      'PingFang TC',
      'system-ui',
      '-apple-system',
      'sans-serif',
    ]);
  });
  it('reads single quotes and an empty list', () => {
    expect(familyList("'Noto Sans TC'")).toEqual(['Noto Sans TC']);
    expect(familyList('')).toEqual([]);
  });
});
