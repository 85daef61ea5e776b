import { describe, expect, it } from 'vitest';
import { realDatedFiles, realFiles } from '../../tests/fixture-files';
import { checkFixtures, landingKind } from './check';

describe('checkFixtures (npm run check-data)', () => {
  it('finds no problem in the committed fixtures, dated series included', () => {
    const r = checkFixtures(realFiles(), realDatedFiles());
    expect(r.lines).toEqual([]);
    expect(r.files).toBe(Object.keys(realFiles()).length + Object.keys(realDatedFiles()).length);
  });

  it('prints each problem as file › path: reason, in a plain fixture and a dated series', () => {
    const files = realFiles();
    const bonds = JSON.parse(files['bonds.json'] ?? '{}');
    bonds.series[0].observations[0].value = '18';
    files['bonds.json'] = JSON.stringify(bonds);
    const dated = realDatedFiles();
    const gdp = JSON.parse(dated.GDP ?? '{}');
    gdp.observations[1][0] = gdp.observations[0][0];
    dated.GDP = JSON.stringify(gdp);
    const r = checkFixtures(files, dated);
    expect(r.lines).toEqual([
      'bonds.json › series[0].observations[0].value: expected number, got string',
      `fred/GDP.json › observations[1][0]: dates must increase: ${gdp.observations[0][0]} comes after ${gdp.observations[0][0]}`,
    ]);
  });
});

describe('links to the documents themselves', () => {
  it('tells an EDGAR company index and an IR landing page from a document', () => {
    expect(
      landingKind('https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001652044&type=10-K'),
    ).toBe('edgar-index');
    expect(landingKind('https://www.sec.gov/edgar/browse/?CIK=1652044')).toBe('edgar-index');
    expect(landingKind('https://abc.xyz/investor/')).toBe('ir-landing');
    expect(landingKind('https://ir.aboutamazon.com/quarterly-results/default.aspx')).toBe('ir-landing');
    expect(landingKind('https://investor.atmeta.com/')).toBe('ir-landing');
    // Documents: a filing, a release, a quarter's press-release page, an article.
    expect(
      landingKind('https://www.sec.gov/Archives/edgar/data/1652044/000165204425000014/goog-20241231.htm'),
    ).toBeNull();
    expect(
      landingKind('https://www.microsoft.com/en-us/investor/earnings/fy-2026-q1/press-release-webcast'),
    ).toBeNull();
    expect(
      landingKind('https://ir.aboutamazon.com/news-release/news-release-details/2025/x/default.aspx'),
    ).toBeNull();
    expect(landingKind('https://www.livemint.com/technology/big-tech-11770859895234.html')).toBeNull();
    expect(landingKind('not a url')).toBeNull();
  });

  it('fails check-data on a source that links an EDGAR company index or an IR landing page', () => {
    const files = realFiles();
    const sources = JSON.parse(files['sources.json'] ?? '{}') as {
      sources: Array<{ id: string; url?: string }>;
    };
    const i = sources.sources.findIndex((s) => s.id === 'alphabet-10-k-2024');
    const j = sources.sources.findIndex((s) => s.id === 'meta-2025-10-29');
    const edgar = 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001652044&type=10-K';
    (sources.sources[i] as { url?: string }).url = edgar;
    (sources.sources[j] as { url?: string }).url = 'https://investor.atmeta.com/';
    files['sources.json'] = JSON.stringify(sources);
    const r = checkFixtures(files, realDatedFiles());
    expect(r.lines).toEqual([
      `sources.json › sources[${i}].url: source "alphabet-10-k-2024" links an EDGAR company index (${edgar}), not the document itself: link the filing document or the release`,
      `sources.json › sources[${j}].url: source "meta-2025-10-29" links an investor-relations landing page (https://investor.atmeta.com/), not the document itself: link the filing document or the release`,
    ]);
  });
});
