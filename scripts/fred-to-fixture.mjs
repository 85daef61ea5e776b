#!/usr/bin/env node
/**
 * Converts the FRED CSV copies in `shared/data/` into the app's dated-series fixtures
 * (`fixtures/fred/<SERIES_ID>.json`) and upserts one source per series in `fixtures/sources.json`.
 *
 *   node scripts/fred-to-fixture.mjs [path/to/shared/data]     (default: ../shared/data)
 *
 * The CSVs are inputs only: the fixtures are committed, and neither the app nor CI reads shared/.
 * Every input is checked against the SHA-256 recorded in shared/data/README.md before it is read, so a
 * changed copy is noticed rather than silently converted. Values are not edited, filled or resampled:
 * a blank cell or FRED's `.` becomes `null` (a missing day), never 0. The only transformation is the
 * unit of the two Z.1 levels, which FRED publishes in millions of dollars and the fixtures store in
 * billions (÷ 1,000, exact in decimal), since money in the fixtures is always USD billions.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialiseDated as serialise } from './lib/fred-json.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INPUT = resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'data'));
const OUT_DIR = join(ROOT, 'fixtures', 'fred');
const SOURCES = join(ROOT, 'fixtures', 'sources.json');

const FRED = 'FRED, Federal Reserve Bank of St. Louis';
const COPIES = 'shared/data/README.md (project data notes: copy, checks, vintage)';

/** FRED's series notes for every ICE BofA series carry this owner's notice (2023 wording). */
const ICE_LICENCE = {
  owner: 'ICE Data Indices, LLC',
  notice:
    'Copyright, 2023, ICE Data Indices. Reproduction of this data in any form is prohibited except with the prior written permission of ICE Data Indices. The end of day Index values, Index returns, and Index statistics ("Top Level Data") are being provided for your internal use only and you are not authorized or permitted to publish, distribute or otherwise furnish Top Level Data to any third-party without prior written approval of ICE Data.',
  noticeSource: "FRED series notes for the ICE BofA option-adjusted spread series (the owner's notice)",
  redistribution:
    "The raw daily series may not be redistributed outside this project without ICE Data Indices' prior written permission.",
};

/** FRED's series notes for Moody's corporate bond yields carry this owner's notice (2017 wording). */
const MOODYS_LICENCE = {
  owner:
    "Moody's Corporation, Moody's Investors Service, Inc., Moody's Analytics, Inc. and/or their licensors and affiliates",
  notice:
    '© 2017, Moody’s Corporation, Moody’s Investors Service, Inc., Moody’s Analytics, Inc. and/or their licensors and affiliates (collectively, “Moody’s”). All rights reserved. Moody’s ratings and other information (“Moody’s Information”) are proprietary to Moody’s and/or its licensors and are protected by copyright and other intellectual property laws. Moody’s Information is licensed to Client by Moody’s. MOODY’S INFORMATION MAY NOT BE COPIED OR OTHERWISE REPRODUCED, REPACKAGED, FURTHER TRANSMITTED, TRANSFERRED, DISSEMINATED, REDISTRIBUTED OR RESOLD, OR STORED FOR SUBSEQUENT USE FOR ANY SUCH PURPOSE, IN WHOLE OR IN PART, IN ANY FORM OR MANNER OR BY ANY MEANS WHATSOEVER, BY ANY PERSON WITHOUT MOODY’S PRIOR WRITTEN CONSENT.',
  noticeSource:
    "FRED series notes for Moody's Seasoned Aaa and Baa Corporate Bond Yields (the owner's notice)",
  redistribution:
    "The raw series may not be redistributed outside this project without Moody's prior written consent.",
};

const MOODYS_COPY =
  'GitHub andrewsrh2006-droid/transformer-signal-tool @ e7007544df682517c43270f1933cadd87803c1a2 (2026-07-14), data/raw/';

/** Method v2's long history (docs/METHOD.md): Moody's yields, BIS private credit, NBER recessions. */
// biome-ignore format: one row per series, read like a table
const LONG_HISTORY_SERIES = [
  { id: 'BAA', title: "Moody's Seasoned Baa Corporate Bond Yield", labelZh: '穆迪 Baa 級公司債殖利率', unit: 'pct', fredUnits: 'Percent, not seasonally adjusted; monthly average', frequency: 'monthly', sha256: '0d124aa6605c24717ed5c350f5595409fad9f4ef2f2f77d0dbbc9de078f3c772', copiedFrom: `${MOODYS_COPY}BAA.csv`, originalSource: "Moody's", note: 'Monthly average, dated the first of the month. The yield data are Moody’s copyrighted data.', licence: MOODYS_LICENCE },
  { id: 'AAA', title: "Moody's Seasoned Aaa Corporate Bond Yield", labelZh: '穆迪 Aaa 級公司債殖利率', unit: 'pct', fredUnits: 'Percent, not seasonally adjusted; monthly average', frequency: 'monthly', sha256: '8a59e8452968ad99d34ca079e9f22211b4d0ec01b743aa053f630eb93c1a9ae0', copiedFrom: `${MOODYS_COPY}AAA.csv`, originalSource: "Moody's", note: 'Monthly average, dated the first of the month. The yield data are Moody’s copyrighted data.', licence: MOODYS_LICENCE },
  { id: 'QUSPAM770A', title: 'Total Credit to Private Non-Financial Sector, Adjusted for Breaks, for United States', labelZh: '美國民間非金融部門信用總額占 GDP 比率（BIS）', unit: 'pct', fredUnits: 'Percentage of GDP, not seasonally adjusted', frequency: 'quarterly', sha256: '2dbbc0b7fe5b3189a4b9c1a52ee4785da69b13f9609f4422590b2bb3ee2de2cf', copiedFrom: 'GitHub andrescls1/market-storm-watch @ e77bf077e2045732ea60b14dfb3f31c4c1629224, data/fred/QUSPAM770A.csv', originalSource: 'Bank for International Settlements', note: "Re-saved copy (date,value), FRED's one-decimal values. The BIS publishes about two quarters after the quarter. Later vintage than the 2024 copy: lower by 0.1–0.7 points from 2003-Q4 (a BIS revision)." },
  { id: 'USREC', title: 'NBER based Recession Indicators for the United States from the Period following the Peak through the Trough', labelZh: 'NBER 美國經濟衰退指標', unit: 'index', fredUnits: '+1 or 0 (1 = recession month), not seasonally adjusted; monthly', frequency: 'monthly', sha256: '453e192fca1c11f8f6897d53c29e1f8f074bfe7e724853424c73f150a6ba5498', copiedFrom: 'GitHub alexisvarjo/adv_econometrics_finance @ bba4ce4fe9b199581e19cef40bcd4a290c9d0ac0 (2026-02-06), data/USREC.csv', originalSource: 'National Bureau of Economic Research, Business Cycle Dating Committee', note: 'The peak month is 0; the months after the peak through the trough are 1.' },
];

/**
 * What each file is, from shared/data/README.md. `scale` converts FRED's unit to the fixture's
 * (Z.1 levels: millions → billions).
 */
const SERIES = [
  {
    id: 'BAMLC0A4CBBB',
    title: 'ICE BofA BBB US Corporate Index Option-Adjusted Spread',
    labelZh: 'ICE BofA BBB 級美國公司債指數選擇權調整利差',
    unit: 'pct',
    fredUnits: 'Percent, not seasonally adjusted (1.09 = 109 bp)',
    frequency: 'daily',
    sha256: '910a5be28f74b7932070cf9e32bbebd7bfe520187cd12c4028524f9859318f2c',
    copiedFrom:
      'GitHub SimoneFarinelli10/hierarchical-copula-aggregation @ 0d7c6a4c2f42d2fa2feacbee4a832aa86fffcf37, BAMLC0A4CBBB.csv',
    originalSource: 'ICE Data Indices, LLC',
    note: 'Daily close; business days plus weekend month-ends. 94 blank days (holidays, no index print) are kept as missing.',
    licence: ICE_LICENCE,
  },
  {
    id: 'BAMLH0A0HYM2',
    title: 'ICE BofA US High Yield Index Option-Adjusted Spread',
    labelZh: 'ICE BofA 美國高收益債指數選擇權調整利差',
    unit: 'pct',
    fredUnits: 'Percent, not seasonally adjusted (5.16 = 516 bp)',
    frequency: 'daily',
    sha256: 'b835528d0f3886089dbe3a4c4202bf45e91b73c86fad466d1469099b9d8ce549',
    copiedFrom:
      'GitHub Vishnutejas-2005/DA_Project @ ccbb340734de94a6a15029f9bbbacc4ae3566a55 (2026-03-14), BAMLH0A0HYM2.csv',
    originalSource: 'ICE Data Indices, LLC',
    note: "FRED's older layout ('.' for a missing day); 94 missing days kept as missing, on the same dates as the BBB series.",
    licence: ICE_LICENCE,
  },
  {
    id: 'BAMLC0A0CM',
    title: 'ICE BofA US Corporate Index Option-Adjusted Spread',
    labelZh: 'ICE BofA 美國公司債指數選擇權調整利差',
    unit: 'pct',
    fredUnits: 'Percent, not seasonally adjusted (0.60 = 60 bp)',
    frequency: 'daily',
    sha256: 'e0376b3fd1cafe881180140ba0b9be221ec3c00ea131161e79e6550dad5e0f86',
    copiedFrom:
      'GitHub sivamsapingali/Codex_Macro-Monitor @ 8d636dd589646aa850fbf7f75bcafa51542aab4f (2026-01-02), data/BAMLC0A0CM.csv',
    originalSource: 'ICE Data Indices, LLC',
    note: "Re-saved copy (trailing zeros dropped, values FRED's). Investment grade, all ratings. 94 missing days kept as missing.",
    licence: ICE_LICENCE,
  },
  {
    id: 'NASDAQCOM',
    title: 'NASDAQ Composite Index',
    labelZh: '那斯達克綜合指數',
    unit: 'index',
    fredUnits: 'Index, 5 February 1971 = 100, not seasonally adjusted',
    frequency: 'daily',
    sha256: '1e73e103d2e0f531670f08468c6a14a276485576af3583048d5b54585d1a0ad7',
    copiedFrom:
      'GitHub anabellatrias/CAP_3764_2025_Fall_Team_5 @ a38c6fa29db36f8e92155c6177f49e2cf8235f7e (2025-10-28), data/raw/NASDAQCOM.csv',
    originalSource: 'Nasdaq, Inc.',
    note: "Daily close, trading days. 478 weekday market holidays kept as missing. FRED's October 2025 vintage (2003–2004 revised). The index values are Nasdaq's copyrighted data.",
  },
  {
    id: 'NCBEILQ027S',
    title: 'Nonfinancial Corporate Business; Corporate Equities; Liability, Level',
    labelZh: '非金融企業：公司股權負債水準',
    unit: 'usd-bn',
    scale: 1000,
    fredUnits: 'Millions of dollars, not seasonally adjusted (stored here ÷ 1,000 as USD billions)',
    frequency: 'quarterly',
    sha256: 'b2301cd795aa63fb439c60378cc7c3d3e43fb49d750fe07ebf8109ea0c880d6e',
    copiedFrom:
      'GitHub Akiravince/vigilance-pre-krach @ 1b281b2030cfa043781c77226b1cd0f3340c0a82, data/cache/NCBEILQ027S.csv',
    originalSource:
      'Board of Governors of the Federal Reserve System, Financial Accounts of the United States (Z.1)',
    note: 'End-of-quarter market value, dated the first day of the quarter. Annual observations (dated Q4) to 1951. Vintage after a Z.1 revision; contains 2026-Q2.',
    vintage: {
      date: '2026-09',
      basis: 'inferred',
      note: 'The newest figure (2026-Q2, an end-of-quarter level) first appears in the Federal Reserve Z.1 release for that quarter, published about ten weeks after the quarter ends (2026-Q1 came on 2026-06-11); the release day of this copy is not recorded.',
    },
  },
  {
    id: 'NCBDBIQ027S',
    title: 'Nonfinancial Corporate Business; Debt Securities; Liability, Level',
    labelZh: '非金融企業：債務證券負債水準',
    unit: 'usd-bn',
    scale: 1000,
    fredUnits: 'Millions of dollars, not seasonally adjusted (stored here ÷ 1,000 as USD billions)',
    frequency: 'quarterly',
    sha256: 'c440c87f90924f894ee89937280b9452355d5b1b418bebd8f03a68d7f7171f9f',
    copiedFrom:
      'GitHub Akiravince/vigilance-pre-krach @ 1b281b2030cfa043781c77226b1cd0f3340c0a82, data/cache/NCBDBIQ027S.csv',
    originalSource:
      'Board of Governors of the Federal Reserve System, Financial Accounts of the United States (Z.1)',
    note: 'Level at the end of the quarter, dated the first day of the quarter. Annual observations (dated Q4) to 1951.',
    vintage: {
      date: '2026-09',
      basis: 'inferred',
      note: 'The newest figure (2026-Q2) first appears in the Federal Reserve Z.1 release for that quarter, about ten weeks after the quarter ends; the release day of this copy is not recorded.',
    },
  },
  {
    id: 'A679RC1Q027SBEA',
    title: 'Private fixed investment in information processing equipment and software',
    labelZh: '資訊處理設備與軟體之民間固定投資',
    unit: 'usd-bn',
    fredUnits: 'Billions of dollars, seasonally adjusted annual rate',
    frequency: 'quarterly',
    sha256: 'aad88ad4f85e2ccef56007713769d8147a5d2851fc445576d6d552f5132e9682',
    copiedFrom:
      'GitHub aesco03/gdp-data-analysis @ c0a817e4fb866c5995092ed5749dee94d538e4d3 (2025-04-27), data/raw/fred/A679RC1Q027SBEA.csv',
    originalSource: 'U.S. Bureau of Economic Analysis',
    note: "Vintage of April 2025 (ends 2024-Q4), before BEA's 2025 and 2026 annual updates; the GDP fixture is a later vintage.",
    vintage: {
      date: '2025-01',
      basis: 'inferred',
      note: "The newest figure (2024-Q4) was first published with BEA's advance GDP estimate, about a month after the quarter (January 2025); the copy itself was committed in April 2025, after the quarter's third estimate.",
    },
  },
  {
    id: 'GDP',
    title: 'Gross Domestic Product',
    labelZh: '國內生產毛額（名目）',
    unit: 'usd-bn',
    fredUnits: 'Billions of dollars, seasonally adjusted annual rate',
    frequency: 'quarterly',
    sha256: '5d2a8770ac8661e0989113aad8be4b2ea4a0f5fa4549dc7f372ce6279a95c818',
    copiedFrom:
      'GitHub hdcapital/sovereign-debt-model @ c55fad8b15ae908062e80f95aeb2696acd591906, data/raw/fred/GDP.csv',
    originalSource: 'U.S. Bureau of Economic Analysis',
    note: "Nominal. Vintage after BEA's 2026 annual update (inferred; contains 2026-Q2); values to 2020-Q4 agree with older copies.",
    vintage: {
      date: '2026-07',
      basis: 'inferred',
      note: "The newest figure (2026-Q2) was first published with BEA's advance GDP estimate, about a month after the quarter (BEA releases the second-quarter estimate in July); the release day of this copy is not recorded.",
    },
  },
  ...LONG_HISTORY_SERIES,
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^\d+(\.\d+)?$/;

/** Parses one FRED CSV: `date,value` rows; blank or `.` is a missing day (null). Throws on anything else. */
export function parseFredCsv(text, file, scale = 1) {
  const lines = text.split('\n').filter((l) => l.length > 0);
  const header = lines[0]?.split(',') ?? [];
  if (header.length !== 2 || !/^(observation_date|DATE|date)$/.test(header[0] ?? '')) {
    throw new Error(`${file}: unexpected header "${lines[0]}"`);
  }
  const rows = [];
  let prev = '';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    const [date, raw, ...rest] = line.split(',');
    if (rest.length > 0 || !DATE.test(date ?? '')) throw new Error(`${file}:${i + 1}: bad row "${line}"`);
    if (date <= prev) throw new Error(`${file}:${i + 1}: dates not increasing (${prev} then ${date})`);
    prev = date;
    if (raw === '' || raw === '.') rows.push([date, null]);
    else if (NUMBER.test(raw ?? '')) rows.push([date, scale === 1 ? Number(raw) : Number(raw) / scale]);
    else throw new Error(`${file}:${i + 1}: bad value "${raw}"`);
  }
  return rows;
}

function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  const sourcesFile = JSON.parse(readFileSync(SOURCES, 'utf8'));
  // Sources already in the registry stay where they are, with their (hand-checked) dates and notes.
  const sources = [...sourcesFile.sources];
  for (const s of SERIES) {
    const file = `fred-${s.id}.csv`;
    const buf = readFileSync(join(INPUT, file));
    const sha = createHash('sha256').update(buf).digest('hex');
    if (sha !== s.sha256) throw new Error(`${file}: SHA-256 ${sha} is not the one in shared/data/README.md`);
    const observations = parseFredCsv(buf.toString('utf8'), file, s.scale ?? 1);
    const values = observations.filter((o) => o[1] !== null);
    const sourceId = `fred-${s.id.toLowerCase()}`;
    const url = `https://fred.stlouisfed.org/series/${s.id}`;
    const fixture = {
      id: s.id,
      title: s.title,
      labels: { 'zh-TW': s.labelZh },
      unit: s.unit,
      frequency: s.frequency,
      kind: 'reported',
      sourceId,
      asOf: observations[observations.length - 1][0],
      // When the newest figure was published (a quarterly series is dated by the quarter's first day) and
      // the divisor that turns FRED's values into the fixture's unit: both optional.
      ...(s.vintage ? { vintage: s.vintage } : {}),
      ...(s.scale ? { scale: s.scale } : {}),
      provenance: {
        publisher: FRED,
        url,
        originalSource: s.originalSource,
        fredUnits: s.fredUnits,
        copiedFrom: s.copiedFrom,
        inputFile: file,
        sha256: sha,
        checks: COPIES,
        note: `${s.note} ${observations.length} rows: ${values.length} values, ${observations.length - values.length} missing.`,
      },
      ...(s.licence ? { licence: s.licence } : {}),
      observations,
    };
    writeFileSync(join(OUT_DIR, `${s.id}.json`), serialise(fixture));
    if (!sources.some((x) => x.id === sourceId))
      sources.push({
        id: sourceId,
        publisher: FRED,
        title: `${s.title} [${s.id}]`,
        date: fixture.asOf,
        url,
        note: `Original source: ${s.originalSource}. ${s.fredUnits}. Copy: ${s.copiedFrom} (checked as described in ${COPIES}).${s.licence ? ` ${s.licence.notice}` : ''}`,
      });
    console.log(
      `${s.id}: ${observations.length} rows (${values.length} values), ${observations[0][0]} … ${fixture.asOf}`,
    );
  }
  writeFileSync(SOURCES, `${JSON.stringify({ ...sourcesFile, sources }, null, 2)}\n`);
}

main();
