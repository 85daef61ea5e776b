import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scalarRows, validUrlStateArb } from '../../tests/url-arbitraries';
import {
  GAUGE_COMPONENT_IDS as COMPONENT_IDS,
  defaultGaugeWeights as defaultWeights,
} from '../domain/gauge-ids';
import {
  DEFAULT_PANELS,
  FULL_RANGE,
  ISSUER_IDS,
  isPanelId,
  RANGE_MIN,
  SLIDE_IDS,
  YEAR_MAX,
  YEAR_MIN,
} from '../domain/ids';
import { MAX_WEIGHT } from '../domain/pressure';
import { SCENARIO_KEYS, SCENARIO_SPECS } from '../domain/scenario';
import { LANGS } from '../i18n/lang';
import {
  DEFAULT_GAUGE_YEAR,
  decode,
  defaultUrlState,
  encode,
  GAUGE_YEARS,
  MAX_VALUE_LENGTH,
  type Migration,
  MODES,
  THEMES,
  URL_VERSION,
  type UrlState,
} from './codec';
import { FAMILIES, PARAMS } from './params';

const scalars = scalarRows;
const fields = (s: UrlState) => s as unknown as Record<string, unknown>;

// ---- Validity of a decoded state. ----

const inRange = (x: number, lo: number, hi: number) => Number.isFinite(x) && x >= lo && x <= hi;
const sameKeys = (o: object, keys: readonly string[]) =>
  Object.keys(o).sort().join() === [...keys].sort().join();

/** Every way `s` breaks the UrlState contract; empty when it is valid. */
function stateProblems(s: UrlState): string[] {
  const p: string[] = [];
  const [from, to] = s.range;
  if (!Number.isInteger(from) || !Number.isInteger(to)) p.push('range: not integers');
  if (!inRange(from, RANGE_MIN, YEAR_MAX) || !inRange(to, RANGE_MIN, YEAR_MAX)) p.push('range: out of span');
  if (from > to) p.push('range: reversed');
  if (s.panels.length === 0) p.push('panels: empty');
  if (!s.panels.every((x) => (SLIDE_IDS as readonly string[]).includes(x))) p.push('panels: unknown id');
  if (new Set(s.panels).size !== s.panels.length) p.push('panels: duplicates');
  if (!sameKeys(s.weights, COMPONENT_IDS)) p.push('weights: wrong keys');
  for (const id of COMPONENT_IDS) {
    if (!inRange(s.weights[id], 0, MAX_WEIGHT)) p.push(`weights.${id}: ${s.weights[id]}`);
  }
  if (!sameKeys(s.scenario, SCENARIO_KEYS)) p.push('scenario: wrong keys');
  for (const k of SCENARIO_KEYS) {
    const { min, max } = SCENARIO_SPECS[k];
    if (!inRange(s.scenario[k], min, max)) p.push(`scenario.${k}: ${s.scenario[k]}`);
  }
  if (!(LANGS as readonly string[]).includes(s.lang)) p.push(`lang: ${s.lang}`);
  if (!(THEMES as readonly string[]).includes(s.theme)) p.push(`theme: ${s.theme}`);
  if (!(MODES as readonly string[]).includes(s.mode)) p.push(`mode: ${s.mode}`);
  // A talk counts its own slides (url/talk.ts keeps `slide` within the talk).
  if (!Number.isInteger(s.slide) || s.slide < 1 || (s.slide > s.panels.length && !s.talk))
    p.push(`slide: ${s.slide}`);
  if (s.focus !== null && (!isPanelId(s.focus) || !s.panels.includes(s.focus))) p.push(`focus: ${s.focus}`);
  if (s.issuer !== null && !(ISSUER_IDS as readonly string[]).includes(s.issuer))
    p.push(`issuer: ${s.issuer}`);
  if (!(GAUGE_YEARS as readonly number[]).includes(s.year)) p.push(`year: ${s.year}`);
  // Whatever the parameter: its value is one its own parser reads back.
  for (const row of scalars) {
    const v = fields(s)[row.field];
    if (row.parse(row.write(v)).status !== 'valid') p.push(`${row.key}: unreadable ${String(v)}`);
  }
  return p;
}

function expectValidState(s: UrlState): void {
  expect(stateProblems(s)).toEqual([]);
}

/** Every key of the table: the scalars, one known and one unknown key of each family, the baseline's. */
const KEYS: readonly string[] = PARAMS.flatMap((p) => {
  switch (p.kind) {
    case 'family':
      return [`${p.prefix}${p.ids[0]}`, `${p.prefix}bogus`];
    case 'pin':
      return [p.key, ...FAMILIES.map((f) => `${p.key}.${f.prefix}${f.ids[0]}`)];
    default:
      return [p.key];
  }
});

/** Values that are sometimes valid, so the properties also exercise the accepting branches. */
const plausibleValue = fc.constantFrom(
  ...scalars.flatMap((row) => row.examples.map((v) => row.write(v))),
  '',
  '1',
  '2',
  '3',
  '12',
  '-1',
  '0.5',
  '2.5',
  '10',
  '11',
  '1e3',
  'abc',
  '2022-2025',
  '2030-2024',
  '2021',
  'gauge,capex,bonds',
  'capex',
  'bonds',
  'nope',
  '2027',
  '2040',
  'NaN',
  'Infinity',
);
const valueArb = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 300 }), plausibleValue);
const queryArb = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), valueArb), { maxLength: 12 })
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));

// ---- Arbitrary valid states. ----

const validStateArb = validUrlStateArb();

function issueParams(search: string, migrations?: readonly Migration[]): string[] {
  return decode(search, migrations).issues.map((i) => i.param);
}

describe('decode', () => {
  it('never throws and always yields a valid state, for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        (s) => {
          const r = decode(s);
          expectValidState(r.state);
          expect(Number.isInteger(r.version)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws and always yields a valid state, for any mix of known keys and values', () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const r = decode(q);
        expectValidState(r.state);
        const r2 = decode(`?${q}`);
        expect(r2.state).toEqual(r.state);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for a dictionary of arbitrary keys and values', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), valueArb), (dict) => {
        const q = new URLSearchParams(Object.entries(dict)).toString();
        expectValidState(decode(q).state);
      }),
    );
  });

  it('decodes the empty string to the defaults without issues', () => {
    expect(decode('')).toEqual({ state: defaultUrlState(), issues: [], version: URL_VERSION });
    expect(decode('?').state).toEqual(defaultUrlState());
  });

  it('ignores parameters that are not its own', () => {
    const r = decode('utm_source=x&fbclid=y&lang=zh-TW');
    expect(r.issues).toEqual([]);
    expect(r.state.lang).toBe('zh-TW');
  });

  it('reads a valid link', () => {
    const r = decode(
      '?v=1&range=2022-2026&panels=gauge,bonds,spv&focus=spv&issuer=meta&w.valuation=2.5&s.life=3.5&lang=zh-TW&theme=dark&mode=present&slide=3&year=2028',
    );
    expect(r.issues).toEqual([]);
    expect(r.state).toEqual({
      ...defaultUrlState(),
      range: [2022, 2026],
      panels: ['gauge', 'bonds', 'spv'],
      focus: 'spv',
      issuer: 'meta',
      // A v1 link: v1's valuation weighed the NVIDIA drawdown too, which method v2 moved to ai-drawdown.
      weights: { ...defaultWeights(), valuation: 2.5, 'ai-drawdown': 2.5 },
      scenario: { ...defaultUrlState().scenario, life: 3.5 },
      lang: 'zh-TW',
      theme: 'dark',
      mode: 'present',
      slide: 3,
      year: 2028,
    });
  });

  it('uses the last value of a repeated parameter', () => {
    expect(decode('lang=en&lang=zh-TW').state.lang).toBe('zh-TW');
  });

  // ---- Hostile links: reported with the right param, default used, other params still applied. ----

  it('rejects a reversed range and keeps the other parameters', () => {
    const r = decode('range=2030-2024&lang=zh-TW');
    expect(r.issues.map((i) => i.param)).toEqual(['range']);
    expect(r.issues[0]?.value).toBe('2030-2024');
    expect(r.state.range).toEqual(FULL_RANGE);
    expect(r.state.lang).toBe('zh-TW');
  });

  it('rejects a range outside the year span', () => {
    const r = decode('range=1900-2030&theme=dark');
    expect(issueParams('range=1900-2030')).toEqual(['range']);
    expect(r.state.range).toEqual(FULL_RANGE);
    expect(r.state.theme).toBe('dark');
    expect(issueParams('range=2020-2031')).toEqual(['range']);
    expect(issueParams('range=garbage')).toEqual(['range']);
  });

  it('keeps known panels and reports unknown ones', () => {
    const r = decode('panels=capex,nope');
    expect(r.state.panels).toEqual(['capex']);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ param: 'panels', value: 'nope' });
  });

  it('falls back to the default panels when none is known', () => {
    const r = decode('panels=nope&mode=present');
    expect(r.state.panels).toEqual(DEFAULT_PANELS);
    expect(r.issues.map((i) => i.param)).toEqual(['panels']);
    expect(r.state.mode).toBe('present');
  });

  it('drops duplicate panels', () => {
    const r = decode('panels=capex,bonds,capex');
    expect(r.state.panels).toEqual(['capex', 'bonds']);
  });

  it.each(['-1', 'abc', '1e3', String(MAX_WEIGHT + 1), 'Infinity', 'NaN', '0x1', ''])(
    'rejects w.valuation=%s',
    (value) => {
      const r = decode(`w.valuation=${encodeURIComponent(value)}&w.depreciation=3&lang=zh-TW`);
      expect(r.issues.map((i) => i.param)).toEqual(['w.valuation']);
      expect(r.state.weights.valuation).toBe(defaultWeights().valuation);
      expect(r.state.weights.depreciation).toBe(3);
      expect(r.state.lang).toBe('zh-TW');
    },
  );

  it('reports an unknown weight component', () => {
    const r = decode('w.nope=1&w.valuation=2');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ param: 'w.nope', value: '1' });
    expect(r.state.weights).toEqual({ ...defaultWeights(), valuation: 2 });
  });

  it('rejects an out-of-range scenario value', () => {
    const r = decode('s.life=99&s.growth=40');
    expect(r.issues.map((i) => i.param)).toEqual(['s.life']);
    expect(r.state.scenario.life).toBe(SCENARIO_SPECS.life.default);
    expect(r.state.scenario.growth).toBe(40);
    expect(issueParams('s.nope=1')).toEqual(['s.nope']);
    expect(issueParams('s.life=abc')).toEqual(['s.life']);
  });

  it('snaps an in-range scenario value to its step', () => {
    const r = decode('s.life=3.3');
    expect(r.issues).toEqual([]);
    expect(r.state.scenario.life).toBe(3.5);
  });

  it('reads a link from a newer version as the current one', () => {
    const r = decode('v=99&lang=zh-TW');
    expect(r.issues.map((i) => i.param)).toEqual(['v']);
    expect(r.version).toBe(URL_VERSION);
    expect(r.state.lang).toBe('zh-TW');
  });

  it.each(['abc', '0', '-1', '1.5'])('reports an unreadable version v=%s', (v) => {
    const r = decode(`v=${v}&theme=dark`);
    expect(r.issues.map((i) => i.param)).toEqual(['v']);
    expect(r.version).toBe(URL_VERSION);
    expect(r.state.theme).toBe('dark');
  });

  it.each([
    ['lang', 'fr'],
    ['theme', 'blue'],
    ['mode', 'kiosk'],
    ['year', '2024'],
    ['year', '2031'],
    ['issuer', 'enron'],
    ['focus', 'nope'],
    ['slide', '0'],
    ['slide', 'abc'],
  ])('rejects %s=%s and uses the default', (param, value) => {
    const r = decode(`${param}=${value}&range=2021-2029`);
    expect(r.issues.map((i) => i.param)).toEqual([param]);
    expect(r.state[param as keyof UrlState]).toEqual(defaultUrlState()[param as keyof UrlState]);
    expect(r.state.range).toEqual([2021, 2029]);
  });

  it('rejects a value that is too long without echoing it whole', () => {
    const long = 'x'.repeat(5000);
    const r = decode(`lang=${long}&theme=dark`);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.param).toBe('lang');
    expect(r.issues[0]?.value.length).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
    expect(r.state.lang).toBe('en');
    expect(r.state.theme).toBe('dark');
    const longKey = decode(`w.${'y'.repeat(5000)}=1`);
    expect(longKey.issues[0]?.param.length).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
  });

  it('moves a slide beyond the number of panels to the last one, with a notice', () => {
    const r = decode('slide=50&mode=present');
    expect(r.issues.map((i) => i.param)).toEqual(['slide']);
    expect(r.issues[0]?.usedDefault).toBe(false);
    expect(r.state.slide).toBe(DEFAULT_PANELS.length);
    expect(r.state.mode).toBe('present');
    expect(decode('panels=capex,bonds&slide=3').state.slide).toBe(2);
    expect(decode('panels=capex,bonds&slide=2').state.slide).toBe(2);
    const zero = decode('panels=capex,bonds&slide=0');
    expect(zero.state.slide).toBe(1);
    expect(zero.issues.map((i) => i.param)).toEqual(['slide']);
  });

  it('drops a focus that is not among the listed panels', () => {
    const r = decode('focus=bonds&panels=capex');
    expect(r.issues.map((i) => i.param)).toEqual(['focus']);
    expect(r.state.focus).toBeNull();
    expect(r.state.panels).toEqual(['capex']);
  });

  it('does not accept gauge as a focus', () => {
    expect(issueParams('focus=gauge')).toEqual(['focus']);
  });

  it('reads an empty focus or issuer as none', () => {
    const r = decode('focus=&issuer=');
    expect(r.issues).toEqual([]);
    expect(r.state.focus).toBeNull();
    expect(r.state.issuer).toBeNull();
  });
});

describe('encode', () => {
  it('round-trips any valid state through the full encoding', () => {
    fc.assert(
      fc.property(validStateArb, (state) => {
        const r = decode(encode(state, { full: true }));
        expect(r.issues).toEqual([]);
        expect(r.state).toEqual(state);
      }),
    );
  });

  it('round-trips any valid state through the minimal encoding', () => {
    fc.assert(
      fc.property(validStateArb, (state) => {
        const r = decode(encode(state));
        expect(r.issues).toEqual([]);
        expect(r.state).toEqual(state);
      }),
    );
  });

  it('writes only the version for the default state', () => {
    expect(encode(defaultUrlState())).toBe(`v=${URL_VERSION}`);
  });

  it('writes every parameter in full mode', () => {
    const p = new URLSearchParams(encode(defaultUrlState(), { full: true }));
    for (const key of ['v', 'mode', 'slide', 'range', 'panels', 'focus', 'issuer', 'year', 'lang', 'theme']) {
      expect(p.has(key)).toBe(true);
    }
    for (const row of scalars) expect(p.has(row.key)).toBe(row.initial !== undefined);
    for (const id of COMPONENT_IDS) expect(p.get(`w.${id}`)).toBe('1');
    for (const k of SCENARIO_KEYS) expect(p.has(`s.${k}`)).toBe(true);
    expect(p.get('range')).toBe(`${YEAR_MIN}-${YEAR_MAX}`);
    expect(p.get('year')).toBe(String(DEFAULT_GAUGE_YEAR));
  });

  it('keeps panel lists readable (no %2C)', () => {
    const s = encode({ ...defaultUrlState(), panels: ['capex', 'bonds'] });
    expect(s).toContain('panels=capex,bonds');
    expect(s).not.toContain('%2C');
  });
});

describe('lenient values and unknown parameters', () => {
  it('reads unambiguous spellings', () => {
    const r = decode('lang=zh-tw&issuer=Meta&range=2024\u20132030&theme=Dark&focus=Capex&panels=Capex,BONDS');
    expect(r.issues).toEqual([]);
    expect(r.state.lang).toBe('zh-TW');
    expect(r.state.issuer).toBe('meta');
    expect(r.state.range).toEqual([2024, 2030]);
    expect(r.state.theme).toBe('dark');
    expect(r.state.focus).toBe('capex');
    expect(r.state.panels).toEqual(['capex', 'bonds']);
    for (const lang of ['zh_TW', 'zh-Hant', 'zh-HK', 'ZH-TW'])
      expect(decode(`lang=${lang}`).state.lang).toBe('zh-TW');
    expect(decode('lang=en-GB').state.lang).toBe('en');
    expect(decode('range=2024 \u2014 2030').state.range).toEqual([2024, 2030]);
  });
  it('still rejects what is ambiguous', () => {
    expect(decode('lang=zh-CN').issues.map((i) => i.reason)).toEqual(['enum']);
    expect(decode('lang=zh').issues.map((i) => i.reason)).toEqual(['enum']);
    expect(decode('issuer=Metaverse').issues.map((i) => i.reason)).toEqual(['issuer-unknown']);
  });
  it('reports an unknown parameter like an invalid one, suggesting the nearest name', () => {
    const r = decode('rnage=2024-2030&panels=capex&zzz=1');
    expect(r.issues).toEqual([
      {
        param: 'rnage',
        value: '2024-2030',
        reason: 'param-like',
        detail: { like: 'range' },
        usedDefault: false,
      },
      { param: 'zzz', value: '1', reason: 'param-unknown', usedDefault: false },
    ]);
    expect(r.state.panels).toEqual(['capex']);
  });
  it("ignores other sites' tracking parameters quietly", () => {
    expect(decode('utm_source=x&fbclid=y&gclid=z').issues).toEqual([]);
  });
});
