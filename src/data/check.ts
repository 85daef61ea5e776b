/**
 * `npm run check-data`: validate every fixture file with the app's own schemas and cross-checks (the same
 * code the app runs at start-up, plus the lazily loaded dated series) and list each problem as
 * `file › path: reason`. Pure: the script reads the files and prints; this module only checks.
 */
import type { Source } from '../domain/types';
import { datedFileName, loadDatedSeries } from './dated';
import { formatLoadError, type LoadError, loadFixtures, problem } from './load';

/** Path segments that name a listing, not a document, under an investor-relations root. */
const LISTING =
  /^(default\.aspx|index\.html?|quarterly-results|financials?|financial-information|overview|reports?|sec-filings|events|news|press-releases|home)$/i;

/**
 * What a source's link points at when it is not a document: an EDGAR company index (the company's list of
 * filings) or an investor-relations landing page (the IR site's root or one of its listings). Null for a
 * link to a document (a filing, a release, an article).
 */
export function landingKind(url: string): 'edgar-index' | 'ir-landing' | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  const path = u.pathname;
  if (/(^|\.)sec\.gov$/.test(host)) {
    if (/\/cgi-bin\/browse-edgar/i.test(path) || /^\/edgar\/browse\//i.test(path)) return 'edgar-index';
    if (/^\/cgi-bin\//i.test(path) && /[?&]action=getcompany/i.test(u.search)) return 'edgar-index';
    return null;
  }
  const segs = path.split('/').filter(Boolean);
  const irHost = /^(ir|investors?)\./.test(host);
  const at = segs.findIndex((x) => /^(investors?|ir|investor-relations)$/i.test(x));
  if (!irHost && at < 0) return null;
  const rest = irHost ? segs : segs.slice(at + 1);
  return rest.every((x) => LISTING.test(x)) ? 'ir-landing' : null;
}

const WHAT = { 'edgar-index': 'an EDGAR company index', 'ir-landing': 'an investor-relations landing page' };

/** Sources whose link is an EDGAR company index or an IR landing page, as load errors. */
export function landingLinks(sources: readonly Source[]): LoadError[] {
  const out: LoadError[] = [];
  sources.forEach((s, i) => {
    const kind = s.url ? landingKind(s.url) : null;
    if (kind && s.url)
      out.push(
        problem('sources.json', `sources[${i}].url`, 'source-landing', {
          id: s.id,
          what: WHAT[kind],
          url: s.url,
        }),
      );
  });
  return out;
}

export interface CheckResult {
  errors: LoadError[];
  /** One line per problem: `file › path: reason`. */
  lines: string[];
  /** How many files were checked. */
  files: number;
}

/**
 * @param files fixture files (`fixtures/*.json`) as raw text keyed by file name
 * @param dated dated series (`fixtures/fred/<id>.json`) as raw text keyed by series id
 */
export function checkFixtures(
  files: Readonly<Record<string, string>>,
  dated: Readonly<Record<string, string>>,
): CheckResult {
  const loaded = loadFixtures(files);
  // Links to the documents themselves: a company's filing list or an IR site's front page is not a source.
  const errors = [...loaded.errors, ...landingLinks(loaded.sources)];
  const sourceIds = new Set(loaded.sources.map((s) => s.id));
  for (const [id, text] of Object.entries(dated).sort(([a], [b]) => a.localeCompare(b))) {
    errors.push(...loadDatedSeries(datedFileName(id), text, sourceIds.size > 0 ? sourceIds : null).errors);
  }
  return {
    errors,
    lines: errors.map(formatLoadError),
    files: Object.keys(files).length + Object.keys(dated).length,
  };
}
