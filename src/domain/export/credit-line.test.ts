import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CreditInput, creditLine, displayLink, fitCreditLine } from './credit-line';

/** Every character 6 units wide (a stand-in for a canvas). */
const measure = (s: string) => [...s].length * 6;
const labels = {
  source: (list: string) => `Source: ${list}`,
  listSeparator: ', ',
  more: (n: number) => `+${n}`,
};
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

const input: CreditInput = {
  title: 'AI capital expenditure',
  sources: ['CTIMES/SmartAuto', 'MarketMinute', 'AIGazine', 'Alphabet Inc. (SEC EDGAR)'],
  asOf: 'As of Jun 12, 2026',
  link: 'https://bubble.example/app/?v=1&range=2024-2030&w.valuation=3&s.growth=50',
};

describe('displayLink', () => {
  it('drops the scheme only', () => {
    expect(displayLink('http://127.0.0.1:4173/some/sub/path/?v=1')).toBe('127.0.0.1:4173/some/sub/path/?v=1');
    expect(displayLink('https://x.org/?a=b')).toBe('x.org/?a=b');
  });
});

describe('creditLine', () => {
  it('writes title · source · as of · link in one line when it fits, the link whole', () => {
    const line = creditLine(input, labels, 10_000, measure);
    expect(text(line)).toBe(
      'AI capital expenditure · Source: CTIMES/SmartAuto, MarketMinute, AIGazine, Alphabet Inc. (SEC EDGAR) · As of Jun 12, 2026 · bubble.example/app/?v=1&range=2024-2030&w.valuation=3&s.growth=50',
    );
    expect(line.at(-1)?.href).toBe(input.link);
  });

  it('names fewer publishers first, counting the rest', () => {
    const full = measure(text(creditLine(input, labels, 10_000, measure)));
    const line = creditLine(input, labels, full - 6 * 12, measure);
    expect(text(line)).toContain('Source: CTIMES/SmartAuto, MarketMinute, AIGazine +1 · ');
    expect(text(line)).toContain(displayLink(input.link));
  });

  it('then cuts the link’s text (never below host and path), keeping the link itself whole', () => {
    const line = creditLine(input, labels, 6 * 95, measure);
    const link = line.at(-1);
    expect(link?.href).toBe(input.link);
    expect(link?.text).toMatch(/^bubble\.example\/app\/\?.*…$/);
    expect(text(line)).toContain('Source: CTIMES/SmartAuto +3');
    expect(measure(text(line))).toBeLessThanOrEqual(6 * 95);
  });

  it('then cuts the title, then leaves out title and sources; fits any width the date and the host do', () => {
    const least = measure(`As of Jun 12, 2026 · bubble.example/app/?…`);
    fc.assert(
      fc.property(fc.integer({ min: least, max: 2000 }), (width) => {
        const line = creditLine(input, labels, width, measure);
        const link = line.at(-1);
        expect(link?.href).toBe(input.link);
        expect(link?.text.startsWith('bubble.example/app/?')).toBe(true);
        expect(text(line)).toContain(input.asOf);
        expect(measure(text(line))).toBeLessThanOrEqual(width);
      }),
    );
    // Narrower than that: the shortest line there is (one line, never wrapped).
    expect(text(creditLine(input, labels, 60, measure))).toBe('As of Jun 12, 2026 · bubble.example/app/?…');
  });

  it('keeps the title, cut, while a few characters of it fit', () => {
    const line = creditLine(
      input,
      labels,
      measure('AI capita… · Source: CTIMES/SmartAuto +3 · As of Jun 12, 2026 · bubble.example/app/?…'),
      measure,
    );
    expect(text(line)).toBe(
      'AI capita… · Source: CTIMES/SmartAuto +3 · As of Jun 12, 2026 · bubble.example/app/?…',
    );
  });

  it('leaves out what is missing (no sources, no date)', () => {
    const line = creditLine({ ...input, sources: [], asOf: null }, labels, 10_000, measure);
    expect(text(line)).toBe(`AI capital expenditure · ${displayLink(input.link)}`);
  });
});

describe('fitCreditLine', () => {
  /** Every character half its type size wide. */
  const measureAt = (s: string, size: number) => [...s].length * size * 0.5;
  const full = text(creditLine(input, labels, 10_000, measure));
  const length = [...full].length;

  it('keeps the largest size at which the whole line fits', () => {
    const fit = fitCreditLine(input, labels, length * 5.5, measureAt);
    expect(fit.size).toBe(11);
    expect(text(fit.segments)).toBe(full);
  });

  it('sets a narrow picture’s line smaller before it cuts the link or drops the title', () => {
    // Too narrow at 11 px for title, one publisher, date and whole link; wide enough at 10 px.
    const least = `${input.title} · Source: CTIMES/SmartAuto +3 · ${input.asOf} · ${displayLink(input.link)}`;
    const width = [...least].length * 5;
    expect(
      text(creditLine(input, labels, width, (s) => measureAt(s, 11))).includes(displayLink(input.link)),
    ).toBe(false);
    const fit = fitCreditLine(input, labels, width, measureAt);
    expect(fit.size).toBe(10);
    expect(fit.segments.at(-1)?.text).toBe(displayLink(input.link));
    expect(text(fit.segments).startsWith(input.title)).toBe(true);
  });

  it('too narrow at every size: the smallest, as creditLine fits it', () => {
    const fit = fitCreditLine(input, labels, 200, measureAt);
    expect(fit.size).toBe(9);
    expect(fit.segments).toEqual(creditLine(input, labels, 200, (s) => measureAt(s, 9)));
  });
});
