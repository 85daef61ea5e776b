import { describe, expect, it } from 'vitest';
import { HEADER_LINK_MAX, headerLink } from './print-setup';

describe('headerLink', () => {
  it('shows a link without its scheme', () => {
    expect(headerLink('https://example.org/app/?v=1&w.valuation=3')).toBe(
      'example.org/app/?v=1&w.valuation=3',
    );
    expect(headerLink('http://127.0.0.1:4173/some/sub/path/?v=1')).toBe('127.0.0.1:4173/some/sub/path/?v=1');
  });

  it('cuts a link longer than the header holds, saying so', () => {
    const long = `https://example.org/?v=1&panels=${'capex,'.repeat(40)}`;
    const shown = headerLink(long);
    expect([...shown]).toHaveLength(HEADER_LINK_MAX);
    expect(shown.endsWith('…')).toBe(true);
    expect(long.includes(shown.slice(0, -1))).toBe(true);
    const exact = `https://${'a'.repeat(HEADER_LINK_MAX)}`;
    expect(headerLink(exact)).toBe('a'.repeat(HEADER_LINK_MAX));
  });
});
