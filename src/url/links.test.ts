/**
 * Characterisation of the URL format: a corpus of varied links (valid, lenient spellings, invalid values,
 * unknown and foreign parameters, baselines, imported names, bad escapes) with what the codec made of
 * each BEFORE the parameters became one table (src/url/links.expected.json, written once by the old
 * `decode`/`encode` and the old store mapping). Every existing link must keep opening the same view and
 * the app must keep writing the same addresses.
 *
 * Regenerate only for a deliberate change of the format: `WRITE_URL_LINKS=1 npx vitest run src/url/links.test.ts`.
 *
 * Two allowances, so that adding a parameter (which old links do not carry) needs no edit here:
 * a state field the fixture does not know must hold its default, and a full (share) encoding may carry
 * extra parameters at their defaults. Issues are compared per parameter (their order across different
 * parameters is the notice's list order, not part of the view).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppStore, selectUrlState } from '../store/store';
import { decode, defaultUrlState, encode, type ReaderDefaults, type UrlIssue, type UrlState } from './codec';

// Vitest runs from the repository root (jsdom's import.meta.url is not a file URL).
const FIXTURE = join(process.cwd(), 'src/url/links.expected.json');
const long = (n: number, c = 'x') => c.repeat(n);

/** The corpus. Each entry is a query string as it may arrive in `location.search`. */
const LINKS: readonly string[] = [
  '',
  '?',
  'v=1',
  '?v=1',
  'v=2',
  'v=99&lang=zh-TW',
  'v=0&theme=dark',
  'v=abc',
  'v=-1',
  'v=1.5',
  'v=01',
  // Valid links, minimal and full.
  '?v=1&range=2022-2026&panels=gauge,bonds,spv&focus=spv&issuer=meta&w.valuation=2.5&s.life=3.5&lang=zh-TW&theme=dark&mode=present&slide=3&year=2028',
  '?v=1&mode=dashboard&slide=1&range=2020-2030&panels=gauge,capex,dc-investment,bonds,spv,ig-share,valuation,compute-mix,depreciation,credit,pressure,history&focus=&issuer=&year=2026&lang=en&theme=light&w.capex-growth=1&w.debt-financing=1&w.off-balance-sheet=1&w.valuation=1&w.monetization-gap=1&w.depreciation=1&w.credit-concentration=1&s.life=4&s.growth=22&s.debt=25&s.drawdown=0&s.inference=2029&s.gdp=5',
  '?panels=capex,bonds,spv&range=2024-2030&issuer=meta',
  '?mode=present&panels=gauge,capex,spv',
  '?mode=present&panels=gauge,capex,spv&slide=3',
  '?mode=embed&panels=capex',
  '?mode=embed&panels=capex,bonds&theme=dark',
  '?s.life=3&base=1&base.s.life=4',
  'focus=bonds&panels=capex,bonds,spv',
  'range=1997-2030',
  'range=2000-2008&panels=history',
  'range=2025',
  'year=2025',
  'year=2030',
  'issuer=abilene',
  'issuer=xai-gpu-spv',
  'issuer=hyperion&focus=spv',
  // Lenient spellings.
  'lang=zh-tw&issuer=Meta&range=2024\u20132030&theme=Dark&focus=Capex&panels=Capex,BONDS',
  'lang=zh_TW',
  'lang=zh-Hant',
  'lang=zh-HK',
  'lang=zh-MO',
  'lang=ZH-TW',
  'lang=zh-Hant-TW',
  'lang=en-GB',
  'lang=EN',
  'lang=%20zh-TW%20',
  'range=2024 \u2014 2030',
  'range=2024\u22122030',
  'range=2024+-+2030',
  'range=%202024-2030%20',
  'theme=%20DARK',
  'mode=Present',
  'mode=EMBED&panels=bonds',
  'issuer=%20META%20',
  'focus=%20Bonds',
  'panels=bonds,%20capex%20,nope,,x',
  // Invalid values.
  'lang=zh-CN',
  'lang=zh',
  'lang=fr&theme=dark',
  'lang=',
  'theme=blue&range=2021-2029',
  'theme=',
  'mode=kiosk&range=2021-2029',
  'mode=',
  'year=2024&range=2021-2029',
  'year=2031',
  'year=abc',
  'year=2026.0',
  'year=',
  'issuer=enron&range=2021-2029',
  'issuer=Metaverse',
  'issuer=',
  'focus=nope',
  'focus=gauge',
  'focus=',
  'focus=&issuer=',
  'focus=bonds&panels=capex',
  'focus=BONDS&panels=capex,bonds',
  'slide=0&range=2021-2029',
  'slide=abc',
  'slide=-1',
  'slide=',
  'slide=50&mode=present',
  'panels=capex,bonds&slide=3',
  'panels=capex,bonds&slide=2',
  'panels=capex,bonds&slide=0',
  'range=2030-2024&lang=zh-TW',
  'range=1990-2030&theme=dark',
  'range=1996-2030',
  'range=1923-1950',
  'range=1922-2030',
  'range=2020-2031',
  'range=garbage',
  'range=20-30',
  'range=2020~2030',
  'range=',
  'panels=capex,nope',
  'panels=nope&mode=present',
  'panels=nope,also-nope',
  'panels=',
  'panels=capex,bonds,capex',
  'panels=gauge',
  'panels=,,,',
  // Weights.
  'w.valuation=2.5',
  'w.valuation=-1&w.depreciation=3&lang=zh-TW',
  'w.valuation=abc',
  'w.valuation=1e3',
  'w.valuation=101',
  'w.valuation=100',
  'w.valuation=Infinity',
  'w.valuation=NaN',
  'w.valuation=0x1',
  'w.valuation=',
  'w.valuation=%201',
  'w.valuation=0',
  'w.valuation=0.000001',
  'w.valuation=1234567',
  'w.nope=1&w.valuation=2',
  'w.=1',
  'w.VALUATION=2',
  'w.capex-growth=0&w.debt-financing=2&w.off-balance-sheet=3&w.valuation=4&w.monetization-gap=5&w.depreciation=6&w.credit-concentration=7',
  // Scenario inputs.
  's.life=99&s.growth=40',
  's.life=3.3',
  's.life=abc',
  's.nope=1',
  's.debt=0&s.drawdown=95&s.gdp=-5&s.inference=2035',
  's.inference=2030.5',
  's.growth=-50',
  's.growth=100.25',
  's.gdp=12.01',
  's.life=',
  // Too long.
  `lang=${long(5000)}&theme=dark`,
  `w.${long(5000, 'y')}=1`,
  `panels=${long(201)}`,
  `panels=${'capex,'.repeat(40)}`,
  `imported=${'a'.repeat(250)}`,
  `${long(80, 'k')}=${long(80, 'v')}`,
  // Repeated parameters.
  'lang=en&lang=zh-TW',
  'theme=dark&theme=bogus',
  'w.valuation=2&w.valuation=3',
  'base.s.life=3&base.s.life=5',
  // Unknown and foreign parameters.
  'rnage=2024-2030&panels=capex&zzz=1',
  'mod=present',
  'tehme=dark',
  'them=dark',
  'yaer=2027',
  'slid=2',
  'panel=capex',
  'lnag=zh-TW',
  'importd=a',
  'bas=1',
  'Range=2024-2030',
  'w=1&s=2',
  'qqq=off',
  'utm_source=x&fbclid=y&lang=zh-TW',
  'utm_source=x&fbclid=y&gclid=z',
  'UTM_Campaign=spring&msclkid=1&mc_cid=2&mc_eid=3&ref=hn',
  'utm=1',
  'referrer=x',
  // Baselines.
  'base=1',
  'base=0',
  'base=',
  'base=1&w.valuation=2',
  's.life=3&base.s.life=99&base.w.valuation=2',
  'base.w.valuation=2',
  'base.s.life=4&s.life=4',
  'base.w.nope=1',
  'base.s.nope=1',
  'base.lang=zh-TW',
  'base.x=1',
  'base.v=3',
  'base.w.valuation=abc&base.s.growth=40',
  'base.rnage=1',
  'base.=1',
  // Imported series names.
  'imported=a,b',
  'imported=',
  'imported=ig-share%2Fai-share,my-capex',
  'imported=%20a%20,,b',
  'imported=a&imported=b',
  'imported=%E2%9C%93,%3Cscript%3E',
  // Odd query strings.
  '%E0%A4%A',
  '%zz=1',
  'a=%',
  '&&&',
  '=',
  '=1',
  'lang',
  'lang&theme=dark',
  'lang=zh-TW#x',
  'theme=dark;mode=present',
  'lang=zh-TW&&theme=dark&',
  '?lang=zh-TW?theme=dark',
  'panels=capex%2Cbonds',
  'panels=capex%252Cbonds',
  'range=2024%E2%80%932030',
];

/** Readers whose browser defaults differ from the built-in ones. */
const READERS: readonly ReaderDefaults[] = [
  {},
  { lang: 'zh-TW', theme: 'dark' },
  { lang: 'en', theme: 'dark' },
];

interface Outcome {
  link: string;
  /** Per reader (READERS order): the decoded state (only what differs from `defaults`), issues, version. */
  decoded: Array<{ state: Partial<UrlState>; issues: UrlIssue[]; version: number }>;
  /** What the address bar shows for that reader (minimal encoding). */
  address: string[];
  /** The share link's query (full encoding, reader-independent). */
  share: string;
  /** The share link of a store that applied the decoded state (the store mapping both ways), if not `share`. */
  storeShare?: string;
}

interface Fixture {
  /** The state a link without parameters opens, per reader. */
  defaults: UrlState[];
  links: Outcome[];
}

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The fields of `state` whose value differs from `base` (as JSON). */
function diff(state: UrlState, base: UrlState): Partial<UrlState> {
  const b = base as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(plain(state)).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(b[k])),
  ) as Partial<UrlState>;
}

function outcome(link: string, defaults: readonly UrlState[]): Outcome {
  const decoded = READERS.map((reader, r) => {
    const d = decode(link, undefined, reader);
    return {
      state: diff(d.state, defaults[r] ?? defaultUrlState()),
      issues: plain(d.issues),
      version: d.version,
    };
  });
  const address = READERS.map((reader) => encode(decode(link, undefined, reader).state, { reader }));
  const { state } = decode(link);
  const store = createAppStore({ url: state });
  const share = encode(state, { full: true });
  const storeShare = encode(selectUrlState(store.getState()), { full: true });
  return { link, decoded, address, share, ...(storeShare !== share ? { storeShare } : {}) };
}

const byParam = (issues: readonly UrlIssue[]) =>
  [...issues].sort((a, b) => (a.param < b.param ? -1 : a.param > b.param ? 1 : 0));

/** The query without the parameters `extra` names; those must hold their default values. */
function withoutNewDefaults(query: string, known: ReadonlySet<string>): string {
  const defaults = new URLSearchParams(encode(defaultUrlState(), { full: true }));
  const kept = new URLSearchParams();
  for (const [k, v] of new URLSearchParams(query)) {
    if (known.has(k) || k.startsWith('base.') || k === 'imported') kept.append(k, v);
    else expect(v, `new parameter ${k} at its default`).toBe(defaults.get(k));
  }
  return kept.toString().replace(/%2C/g, ',');
}

describe('existing links (characterisation)', () => {
  if (process.env.WRITE_URL_LINKS === '1') {
    it('writes the expected outcomes', () => {
      const defaults = READERS.map((reader) => plain(decode('', undefined, reader).state));
      const links = LINKS.map((link) => JSON.stringify(outcome(link, defaults)));
      writeFileSync(
        FIXTURE,
        `{"defaults": ${JSON.stringify(defaults)},\n"links": [\n${links.join(',\n')}\n]}\n`,
      );
    });
    return;
  }
  it('has its fixture', () => {
    expect(existsSync(FIXTURE)).toBe(true);
  });
  const fixture: Fixture = existsSync(FIXTURE)
    ? (JSON.parse(readFileSync(FIXTURE, 'utf8')) as Fixture)
    : { defaults: [], links: [] };
  const expected = fixture.links;

  it('covers the same corpus', () => {
    expect(expected.map((o) => o.link)).toEqual([...LINKS]);
  });

  it.each(expected.map((o, i) => [i, o.link, o] as const))(
    'link %i (%s) opens the same view',
    (_i, link, want) => {
      const got = outcome(link, fixture.defaults);
      const knownKeys = new Set(new URLSearchParams(want.share).keys());
      got.decoded.forEach((d, r) => {
        const w = want.decoded[r];
        const reader = READERS[r];
        if (!w || !reader) throw new Error('fixture has fewer readers');
        const wanted = { ...fixture.defaults[r], ...w.state } as Record<string, unknown>;
        const state = plain(decode(link, undefined, reader).state) as unknown as Record<string, unknown>;
        const defaults = plain(defaultUrlState(reader)) as unknown as Record<string, unknown>;
        const old: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(state)) {
          if (k in wanted || k === 'baseline' || k === 'imported') old[k] = v;
          else expect(v, `new field ${k} at its default`).toEqual(defaults[k]);
        }
        expect(old).toEqual(wanted);
        expect(byParam(d.issues)).toEqual(byParam(w.issues));
        expect(d.version).toBe(w.version);
      });
      expect(got.address).toEqual(want.address);
      expect(withoutNewDefaults(got.share, knownKeys)).toBe(want.share);
      expect(withoutNewDefaults(got.storeShare ?? got.share, knownKeys)).toBe(want.storeShare ?? want.share);
    },
  );
});

/**
 * Links the v1 app wrote (URL format v1, method v1's seven weights): every share link and address of the
 * corpus as `links-v1.expected.json` recorded them, read by today's codec. They open without a word and
 * mean what they meant: each v1 weight weighs the same parts, the NVIDIA drawdown and the capex cut (moved
 * to stress parts of their own by method v2) included; what a link did not say takes today's default.
 */
describe('links written by the v1 app keep their meaning (URL migration v1 → v2)', () => {
  const V1 = join(process.cwd(), 'src/url/links-v1.expected.json');
  const v1 = JSON.parse(readFileSync(V1, 'utf8')) as Fixture;
  type V1Weights = Record<string, number>;
  /** The v2 view a v1 view means: v1 weights kept, the split parts take their v1 component's weight. */
  const migrated = (state: UrlState): UrlState => {
    const d = defaultUrlState();
    const weights = (w: V1Weights) => ({
      ...d.weights,
      ...w,
      'ai-drawdown': w.valuation ?? 1,
      'capex-cut': w['capex-growth'] ?? 1,
    });
    return {
      ...state,
      weights: weights(state.weights as unknown as V1Weights),
      ...(state.baseline
        ? {
            baseline: {
              ...state.baseline,
              weights: weights(state.baseline.weights as unknown as V1Weights),
            },
          }
        : {}),
    };
  };
  /** A v1 query's own say on the scenario: only what it spells out (the rest takes today's defaults). */
  const said = (query: string, state: UrlState): UrlState => {
    const p = new URLSearchParams(query);
    const d = defaultUrlState();
    const scen = (prefix: string, s: UrlState['scenario'], unsaid: UrlState['scenario']) =>
      Object.fromEntries(
        Object.entries(s).map(([k, v]) => [k, p.has(`${prefix}${k}`) ? v : unsaid[k as keyof typeof s]]),
      ) as UrlState['scenario'];
    const scenario = scen('s.', state.scenario, d.scenario);
    // A baseline input the link does not spell out is the view's (as in v1). A link without `panels=`
    // shows today's panels (a panel added since then included), not the list of its day.
    return {
      ...state,
      ...(p.has('panels') ? {} : { panels: d.panels }),
      scenario,
      ...(state.baseline
        ? { baseline: { ...state.baseline, scenario: scen('base.s.', state.baseline.scenario, scenario) } }
        : {}),
    };
  };
  const written = v1.links.flatMap((o) => [
    { query: o.share, state: { ...v1.defaults[0], ...o.decoded[0]?.state } as UrlState },
    ...o.address.map((query, r) => ({
      query,
      reader: READERS[r] ?? {},
      state: { ...v1.defaults[r], ...o.decoded[r]?.state } as UrlState,
    })),
  ]);
  const unique = [...new Map(written.map((w) => [`${w.query}|${JSON.stringify(w)}`, w])).values()];

  it('covers the share links and addresses of the whole v1 corpus', () => {
    expect(v1.links.length).toBe(LINKS.length);
    expect(unique.every((w) => w.query.startsWith('v=1'))).toBe(true);
  });

  it.each(unique.map((w, i) => [i, w.query, w] as const))('v1 link %i (%s)', (_i, query, w) => {
    const reader = 'reader' in w ? w.reader : {};
    const got = decode(query, undefined, reader);
    expect(got.issues).toEqual([]);
    expect(got.version).toBe(1);
    const want = said(query, migrated(w.state));
    const state = plain(got.state) as unknown as Record<string, unknown>;
    const defaults = plain(defaultUrlState(reader)) as unknown as Record<string, unknown>;
    const wanted = plain(want) as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(state)) {
      if (k in wanted) expect(v, k).toEqual(wanted[k]);
      else expect(v, `new field ${k} at its default`).toEqual(defaults[k]);
    }
  });

  it('a v1 link weighing valuation and capex growth weighs their split parts the same', () => {
    const { state } = decode('v=1&w.valuation=2&w.capex-growth=0&base=1&base.w.valuation=3');
    expect([state.weights.valuation, state.weights['ai-drawdown']]).toEqual([2, 2]);
    expect([state.weights['capex-growth'], state.weights['capex-cut']]).toEqual([0, 0]);
    expect(state.weights['run-up']).toBe(1);
    expect(state.baseline?.weights['ai-drawdown']).toBe(3);
    // The same keys in a v2 link (or one without `v`) mean the v2 parts alone.
    const v2 = decode('v=2&w.valuation=2').state.weights;
    expect([v2.valuation, v2['ai-drawdown']]).toEqual([2, 1]);
  });
});
