import { describe, expect, it } from 'vitest';
import { bibtexEscape, type CitationInput, citationBibtex, citationText } from './citation';

const input: CitationInput = {
  author: 'Bubble Pressure',
  title: 'Bubble Pressure: is the AI capital-spending boom turning into a bubble?',
  asOf: '2025-12-02',
  methodVersion: 'v1',
  accessed: '2026-11-26',
  url: 'https://example.org/bp/?v=1&panels=capex,bonds&w.valuation=2',
  words: { asOf: 'data as of', method: 'method', accessed: 'accessed' },
};

describe('citationText', () => {
  it('names the title, data date, method version, link and access date', () => {
    expect(citationText(input)).toBe(
      'Bubble Pressure. Bubble Pressure: is the AI capital-spending boom turning into a bubble? (data as of 2025-12-02, method v1). https://example.org/bp/?v=1&panels=capex,bonds&w.valuation=2 (accessed 2026-11-26).',
    );
  });
  it('leaves out a missing data date', () => {
    expect(citationText({ ...input, asOf: null })).toContain('(method v1)');
  });
});

describe('citationBibtex', () => {
  it('is a @misc entry with every field, the link verbatim', () => {
    const bib = citationBibtex(input);
    expect(bib.startsWith('@misc{bubblepressure20261126,\n')).toBe(true);
    expect(bib).toContain('  author = {{Bubble Pressure}},');
    expect(bib).toContain('  year = {2025},');
    expect(bib).toContain('  note = {data as of 2025-12-02, method v1},');
    expect(bib).toContain('  url = {https://example.org/bp/?v=1&panels=capex,bonds&w.valuation=2},');
    expect(bib).toContain('  urldate = {2026-11-26}');
    expect(bib.endsWith('\n}')).toBe(true);
  });
  it('escapes characters special to TeX in text fields, and braces in the link', () => {
    expect(bibtexEscape('50% & $5T_#1 {x} ~^\\')).toBe(
      '50\\% \\& \\$5T\\_\\#1 \\{x\\} \\textasciitilde{}\\textasciicircum{}\\textbackslash{}',
    );
    const bib = citationBibtex({ ...input, title: '100% sure', url: 'https://x.org/?a={b}' });
    expect(bib).toContain('title = {{100\\% sure}}');
    expect(bib).toContain('url = {https://x.org/?a=%7Bb%7D}');
  });
});
