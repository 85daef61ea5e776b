import { describe, expect, it } from 'vitest';
import { qrPath } from './qr';

describe('qrPath', () => {
  it('draws one unit square per dark module, shifted by the quiet zone', () => {
    const path = qrPath(
      [
        [true, false],
        [false, true],
      ],
      4,
    );
    expect(path).toBe('M4 4h1v1h-1zM5 5h1v1h-1z');
  });
  it('draws nothing for an all-light matrix', () => {
    expect(qrPath([[false, false]])).toBe('');
  });
});
