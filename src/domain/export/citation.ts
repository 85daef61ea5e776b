/** "Cite this view": plain text and BibTeX for the view's link, data date and method version. */

export interface CitationInput {
  /** Author / publisher of the dashboard. */
  author: string;
  /** Title of the work (the app) and, optionally, of the view. */
  title: string;
  /** Data "as of" date (ISO). */
  asOf: string | null;
  methodVersion: string;
  /** The view's readings in words ("2026: build-up 53.6 (High), stress 12.0 (Calm)"), if drawn. */
  reading?: string | null;
  /** Access date (ISO, the reader's today). */
  accessed: string;
  url: string;
  /** Localised words for the plain-text form. */
  words: { asOf: string; method: string; accessed: string };
}

/** Plain text, one line: Author. Title (data as of …, method v1). URL (accessed …). */
export function citationText(c: CitationInput): string {
  const inParens = [
    c.asOf ? `${c.words.asOf} ${c.asOf}` : null,
    `${c.words.method} ${c.methodVersion}`,
    c.reading ?? null,
  ]
    .filter((x) => x !== null)
    .join(', ');
  return `${c.author}. ${c.title} (${inParens}). ${c.url} (${c.words.accessed} ${c.accessed}).`;
}

/** Characters BibTeX treats specially, escaped so a title or link never breaks the entry. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\textbackslash{}';
      case '^':
        return '\\textasciicircum{}';
      case '~':
        return '\\textasciitilde{}';
      default:
        return `\\${ch}`;
    }
  });
}

/** A key from the access date: `bubblepressure2026-11-26` → letters and digits only. */
export function bibtexKey(accessed: string): string {
  return `bubblepressure${accessed.replace(/[^0-9]/g, '')}`;
}

/** A @misc entry; the link goes in `url` as is (biblatex/url packages take it verbatim). */
export function citationBibtex(c: CitationInput): string {
  const year = (c.asOf ?? c.accessed).slice(0, 4);
  const note = [
    c.asOf ? `${c.words.asOf} ${c.asOf}` : null,
    `${c.words.method} ${c.methodVersion}`,
    c.reading ?? null,
  ]
    .filter((x) => x !== null)
    .join(', ');
  const fields: Array<[string, string]> = [
    ['author', `{${bibtexEscape(c.author)}}`],
    ['title', `{${bibtexEscape(c.title)}}`],
    ['year', year],
    ['note', bibtexEscape(note)],
    ['url', c.url.replace(/[{}]/g, encodeURIComponent)],
    ['urldate', c.accessed],
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@misc{${bibtexKey(c.accessed)},\n${body}\n}`;
}
