import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArb, weightsArb } from '../../tests/arbitraries';
import { GAUGE_COMPONENT_IDS as COMPONENT_IDS } from '../domain/gauge-ids';
import { ISSUER_IDS, RANGE_MIN, SLIDE_IDS, type SlideId, YEAR_MAX } from '../domain/ids';
import { SCENARIO_KEYS } from '../domain/scenario';
import { CAPTION_MAX, TITLE_MAX } from '../domain/talk';
import { cleanLine } from '../domain/talk-text';
import { decode, defaultUrlState, GAUGE_YEARS, type UrlState } from './codec';
import { check, decodeText, encodeText } from './link-text';
import { applyTalkLink, decodeTalk, encodeTalk, slideQuery, TALK_LINK_SLIDES, talkSlideCount } from './talk';
import {
  encodeView,
  readView,
  slideState,
  V1_COMPONENTS,
  V1_INPUTS,
  V1_ISSUERS,
  V1_SLIDES,
} from './talk-view';

const SAFE = /^[A-Za-z0-9._-]*$/;

/** Encode, or fail the test. */
function code(talk: Parameters<typeof encodeTalk>[0]): string {
  const r = encodeTalk(talk);
  if (!r.ok) throw new Error('did not encode');
  return r.code;
}

const view = (query: string) => slideQuery(decode(query).state);

// ---- Arbitraries ----

const yearArb = fc.integer({ min: RANGE_MIN, max: YEAR_MAX });
const rangeArb = fc.tuple(yearArb, yearArb).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
/** A slide's view: any valid setting of every part a slide carries. */
const stateArb: fc.Arbitrary<UrlState> = fc
  .record({
    range: rangeArb,
    issuer: fc.option(fc.constantFrom(...ISSUER_IDS), { nil: null }),
    weights: weightsArb,
    scenario: scenarioArb,
    year: fc.constantFrom(...GAUGE_YEARS),
    baseline: fc.option(fc.record({ weights: weightsArb, scenario: scenarioArb }), { nil: undefined }),
    imported: fc.option(
      fc
        .array(
          fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[,\s]/.test(s) && s === s.trim()),
          { minLength: 1, maxLength: 3 },
        )
        .map((a) => [...new Set(a)]),
      { nil: undefined },
    ),
  })
  .map((r) => ({ ...defaultUrlState(), ...r }));
/** Any text at all, lone surrogates and control characters included. */
const anyText = fc.string({ unit: 'binary', maxLength: 400 });
const slideArb = fc.record({
  panel: fc.constantFrom(...SLIDE_IDS),
  view: stateArb.map(slideQuery),
  caption: anyText,
});

/** The parts of a view a slide carries, for comparing two views. */
function carried(u: UrlState) {
  return {
    range: u.range,
    issuer: u.issuer,
    weights: u.weights,
    scenario: u.scenario,
    year: u.year,
    baseline: u.baseline ?? null,
    imported: u.imported ?? [],
  };
}

describe('the v1 tables', () => {
  it('hold every id the app knows (a new id must be appended to its table)', () => {
    expect([...V1_SLIDES].sort()).toEqual([...SLIDE_IDS].sort());
    expect([...V1_ISSUERS].sort()).toEqual([...ISSUER_IDS].sort());
    expect([...V1_COMPONENTS].sort()).toEqual([...COMPONENT_IDS].sort());
    expect([...V1_INPUTS].sort()).toEqual([...SCENARIO_KEYS].sort());
  });
});

describe('text', () => {
  it('round-trips any text without lone surrogates, in URL-safe characters', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('_' as const, 'escaped' as const), (raw, space) => {
        const text = raw.replace(
          /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
          '\ufffd',
        );
        const c = encodeText(text, space);
        expect(c).toMatch(/^[A-Za-z0-9_-]*$/);
        if (space === 'escaped') expect(c).not.toContain('_');
        expect(decodeText(c, space)).toBe(text);
      }),
    );
  });

  it('keeps letters and digits as they are, writes a space as one character', () => {
    expect(encodeText('Capex 2024 to 2027')).toBe('Capex_2024_to_2027');
    expect(encodeText('a, b.')).toBe('a-b_b-d');
    expect(decodeText('Capex_2024_to_2027')).toBe('Capex 2024 to 2027');
  });

  it('writes Chinese in three characters each, punctuation in two', () => {
    const zh = '資本支出,2024–2027。';
    const c = encodeText(cleanLine(zh, 280));
    expect(decodeText(c)).toBe(cleanLine(zh, 280));
    // 4 Chinese characters (3 each) + 2 switches + 2024 + en dash + 2027 + 2 marks.
    expect(c.length).toBeLessThanOrEqual(4 * 3 + 2 * 2 + 4 + 2 + 4 + 2 * 2 + 2);
  });

  it('rejects what does not follow the grammar, never throws', () => {
    for (const bad of ['-', 'ab-', '-Y12', '-Zab', '-Z00a0_', 'a.b', 'a%20', '-Yzzzz'])
      expect(decodeText(bad), bad).toBeNull();
    fc.assert(fc.property(fc.string(), (s) => void decodeText(s)));
  });
});

describe('a slide view', () => {
  it('carries only what differs from the defaults', () => {
    expect(readView('1')).toEqual({ ok: true, panel: 'capex', query: '' });
    const r = readView('1r7ei2s03');
    expect(r).toEqual({ ok: true, panel: 'capex', query: 'range=2004-2011&issuer=meta&s.life=3' });
  });
  it('a talk v1 view is read as a URL v1 view: its valuation weight carries to the NVIDIA drawdown part', () => {
    // Slide 0 (gauge), weight index 3 (valuation) = 2, as a talk v1 link wrote it.
    const v1 = readView('0w32', 1);
    expect(v1).toEqual({ ok: true, panel: 'gauge', query: 'v=1&w.valuation=2' });
    if (!v1.ok) return;
    const w1 = decode(v1.query).state.weights;
    expect([w1.valuation, w1['ai-drawdown'], w1.drawdown]).toEqual([2, 2, 1]);
    // The same characters in a talk v2 link mean method v2's valuation part alone.
    const v2 = readView('0w32');
    if (!v2.ok) throw new Error('unread');
    const w2 = decode(v2.query).state.weights;
    expect([w2.valuation, w2['ai-drawdown']]).toEqual([2, 1]);
    // Method v2's new parts have their own indices (appended: w7 = run-up).
    const v3 = readView('0w70P5');
    expect(v3.ok && decode(v3.query).state.weights['run-up']).toBe(0.5);
  });
  it('writes a range reaching back before 1997 (the history panel’s years) with its own tag; r keeps its meaning', () => {
    const c = encodeView('capex', decode('range=1929-1933').state);
    expect(c).toBe('1R060a');
    expect(readView(c)).toEqual({ ok: true, panel: 'capex', query: 'range=1929-1933' });
    expect(readView(encodeView('capex', decode('range=1923-2030').state))).toEqual({
      ok: true,
      panel: 'capex',
      query: 'range=1923-2030',
    });
    expect(encodeView('capex', decode('range=2004-2011').state)).toBe('1r7e');
    expect(readView('1R06')).toEqual({ ok: false, reason: 'talk-slide-view' });
  });
  it('an unknown index goes to the codec, which names it', () => {
    const r = readView('1iZ');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(decode(r.query).issues.map((i) => [i.param, i.reason])).toEqual([['issuer', 'issuer-unknown']]);
  });
  it('an unknown panel or tag is refused', () => {
    expect(readView('Z')).toEqual({ ok: false, reason: 'talk-slide-panel' });
    expect(readView('1q')).toEqual({ ok: false, reason: 'talk-slide-view' });
    expect(readView('1w0')).toEqual({ ok: false, reason: 'talk-slide-view' });
  });
});

describe('a talk link', () => {
  it('round-trips title, panels, views and captions (cleaned), in URL-safe characters', () => {
    fc.assert(
      fc.property(anyText, fc.array(slideArb, { minLength: 0, maxLength: 12 }), (title, slides) => {
        const c = code({ title, slides });
        expect(c).toMatch(SAFE);
        expect(c.endsWith('.')).toBe(false);
        expect(talkSlideCount(c)).toBe(slides.length);
        const back = decodeTalk(c);
        // A talk of no slides is written, but opening it says there is nothing to show.
        expect(back.issues.map((i) => i.reason)).toEqual(slides.length === 0 ? ['talk-empty'] : []);
        expect(back.title).toBe(cleanLine(title, TITLE_MAX));
        expect(back.slides.map((s) => s.panel)).toEqual(slides.map((s) => s.panel));
        expect(back.slides.map((s) => s.caption)).toEqual(
          slides.map((s) => cleanLine(s.caption, CAPTION_MAX)),
        );
        back.slides.forEach((s, i) => {
          expect(carried(slideState(s.view))).toEqual(carried(slideState(slides[i]?.view ?? '')));
        });
        // Reading and writing again changes nothing: the link is canonical.
        expect(code({ title: back.title, slides: back.slides })).toBe(c);
      }),
      { numRuns: 150 },
    );
  });

  it('hostile captions stay text: markup, quotes, escapes, controls and overrides', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      '%3Cb%3E &amp; \\u0000 $' + '{x} {{y}}',
      'line\nbreak\r\ttab\u0000nul\u202eevil\u2066',
      '\ud800 lone \udfff',
      '👩‍💻 🇹🇼 e\u0301',
      'x'.repeat(5000),
    ];
    const c = code({
      title: hostile[0] ?? '',
      slides: hostile.map((caption) => ({ panel: 'capex', view: '', caption })),
    });
    expect(c).toMatch(SAFE);
    const back = decodeTalk(c);
    expect(back.title).toBe('<script>alert(1)</script>');
    expect(back.slides[0]?.caption).toBe('<script>alert(1)</script>');
    expect(back.slides[3]?.caption).toBe('line break tabnulevil');
    expect(back.slides[4]?.caption).toBe('\ufffd lone \ufffd');
    expect(back.slides[5]?.caption).toBe('👩‍💻 🇹🇼 é');
    expect(back.slides[6]?.caption).toHaveLength(CAPTION_MAX);
  });

  it('a ten-slide talk with captions stays under 2,000 characters as a whole link', () => {
    const captions = [
      'AI capex of the big four, 2024 to 2027: Meta doubles its spending in two years while revenue lags behind.',
      'Data-centre investment to 2030 keeps climbing even in the cautious case; the band is the range of estimates.',
      'Bond deals: hyperscalers borrowed more in 2025 than in the five years before, Oracle and Meta the largest.',
      'Private credit and SPVs carry a growing share of the build-out, off the sponsors\u2019 balance sheets.',
      'AI issuers are now a larger share of investment-grade debt than the banks were in 2007.',
      'Valuation: the market prices AI revenue years ahead of what the data centres earn today.',
      'Inference overtakes training in 2027 in this scenario, two years earlier than the article assumes.',
      'With a three-year server life, depreciation eats the margin the capex was meant to earn.',
      'The BBB spread since 1997: tight spreads preceded both 2000 and 2007; today it is near its lows.',
      'The gauge in 2027 if servers last three years and growth slows to ten percent: elevated, not extreme.',
    ];
    const views = [
      'range=2024-2027&issuer=meta',
      'range=2024-2030',
      'issuer=oracle',
      'issuer=hyperion',
      'range=2022-2030',
      '',
      's.inference=2027',
      's.life=3&range=2024-2030',
      'range=1997-2026',
      's.life=3&s.growth=10&year=2027',
    ];
    const panels: SlideId[] = [
      'capex',
      'dc-investment',
      'bonds',
      'spv',
      'ig-share',
      'valuation',
      'compute-mix',
      'depreciation',
      'credit',
      'gauge',
    ];
    const c = code({
      title: 'Is the AI boom a bubble? Five charts and a gauge',
      slides: panels.map((panel, i) => ({ panel, view: view(views[i] ?? ''), caption: captions[i] ?? '' })),
    });
    const link = `https://analysts.example.com/bubble-pressure/?v=1&talk=${c}`;
    expect(link.length).toBeLessThan(2000);
    expect(encodeURI(link)).toBe(link);
  });

  it('what a slide costs: its caption plus 5 characters, and 2–6 per changed setting', () => {
    const base = code({ title: '', slides: [] }).length;
    const one = (caption: string, q = '') =>
      code({ title: '', slides: [{ panel: 'capex', view: view(q), caption }] }).length - base;
    expect(one('Meta doubles its spending')).toBe(25 + 5);
    expect(one('x', 'range=2024-2027')).toBe(1 + 5 + 3);
    expect(one('x', 'issuer=meta')).toBe(1 + 5 + 2);
    expect(one('x', 'year=2027')).toBe(1 + 5 + 2);
    expect(one('x', 's.life=3')).toBe(1 + 5 + 3);
    expect(one('x', 's.gdp=-2.5')).toBe(1 + 5 + 6);
  });

  it('a changed slide is refused on its own; the others open', () => {
    const slides = ['one', 'two', 'three'].map((caption) => ({ panel: 'capex' as const, view: '', caption }));
    const c = code({ title: 'T', slides });
    const parts = c.split('.');
    parts[2] = (parts[2] ?? '').replace('two', 'tw0');
    const back = decodeTalk(parts.join('.'));
    expect(back.slides.map((s) => s.caption)).toEqual(['one', 'three']);
    expect(back.slides.map((s) => s.at)).toEqual([1, 3]);
    expect(back.issues.map((i) => [i.param, i.reason, i.detail?.n])).toEqual([
      ['talk.2', 'talk-slide-damaged', 2],
    ]);
  });

  it('a cut link opens the slides before the cut and says it was cut', () => {
    const slides = ['one', 'two', 'three'].map((caption) => ({ panel: 'bonds' as const, view: '', caption }));
    const c = code({ title: 'T', slides });
    const back = decodeTalk(c.slice(0, -4));
    expect(back.slides.map((s) => s.caption)).toEqual(['one', 'two']);
    expect(back.issues.map((i) => i.reason)).toEqual(['talk-slide-damaged']);
    const shorter = decodeTalk(c.split('.').slice(0, 3).join('.'));
    expect(shorter.issues.map((i) => [i.reason, i.detail])).toEqual([
      ['talk-count', { expected: 3, got: 2 }],
    ]);
  });

  it('a setting the codec rejects falls back to its default and is named by slide', () => {
    // Years 2040–2045 (indices 43, 48) are outside the range the app shows.
    const body = '1rHM_x';
    const head = '11';
    const back = decodeTalk(`${head}${check(head)}.${body}${check(body)}`);
    expect(back.slides).toHaveLength(1);
    expect(back.issues.map((i) => [i.param, i.reason])).toEqual([['talk.1.range', 'range-span']]);
    expect(slideState(back.slides[0]?.view ?? '').range).toEqual(defaultUrlState().range);
  });

  it('a link from a newer version says so and reads what it can', () => {
    const c = code({ title: 'T', slides: [{ panel: 'gauge', view: '', caption: 'hi' }] });
    const head = `3${c.slice(1, c.indexOf('.') - 2)}`;
    const newer = `${head}${check(head)}${c.slice(c.indexOf('.'))}`;
    const back = decodeTalk(newer);
    expect(back.version).toBe(3);
    expect(back.slides.map((s) => s.caption)).toEqual(['hi']);
    expect(back.issues.map((i) => [i.reason, i.detail])).toEqual([
      ['talk-version-newer', { version: 3, current: 2 }],
    ]);
  });

  it('never throws on any input, and says something when it reads nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const r = decodeTalk(s);
        if (r.slides.length === 0) expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('applyTalkLink', () => {
  const talk = code({
    title: 'T',
    slides: [
      { panel: 'capex', view: view('range=2024-2027&issuer=meta'), caption: 'a' },
      { panel: 'gauge', view: view('s.life=3'), caption: 'b' },
    ],
  });
  const open = (search: string) => applyTalkLink(decode(search), search);

  it('starts the talk in present mode on slide 1 unless the link names a mode', () => {
    const r = open(`?talk=${talk}`);
    expect(r.issues).toEqual([]);
    expect(r.state.mode).toBe('present');
    expect(r.state.slide).toBe(1);
    expect(r.state.talk).toBe(talk);
    expect(open(`?mode=dashboard&talk=${talk}`).state.mode).toBe('dashboard');
  });

  it('keeps `slide` within the talk, with the notice', () => {
    const r = open(`?talk=${talk}&slide=9`);
    expect(r.state.slide).toBe(2);
    expect(r.issues.map((i) => i.reason)).toEqual(['slide-past']);
    // The codec alone does not clamp a talk's slide to the panels.
    expect(decode(`?talk=${talk}&slide=14`).state.slide).toBe(14);
  });

  it('writes back only the slides that could be read; drops a talk with none', () => {
    const broken = talk.replace('_a', '_A');
    const r = open(`?talk=${broken}`);
    expect(talkSlideCount(r.state.talk ?? '')).toBe(1);
    expect(r.issues.map((i) => i.param)).toEqual(['talk.1']);
    const none = open('?talk=zzz');
    expect(none.state.talk).toBeUndefined();
    expect(none.state.mode).toBe('dashboard');
    expect(none.issues.length).toBeGreaterThan(0);
  });

  it('names the imported series its slides use (for the missing-imports notice)', () => {
    const c = code({
      title: '',
      slides: [{ panel: 'capex', view: view('imported=my series,capex/big-four'), caption: '' }],
    });
    expect(open(`?talk=${c}`).talkImported).toEqual(['my series', 'capex/big-four']);
    expect(open('?range=2024-2027').talkImported).toEqual([]);
  });

  it('holds at most what a link can count', () => {
    const many = code({
      title: '',
      slides: Array.from({ length: TALK_LINK_SLIDES }, () => ({ panel: 'capex', view: '', caption: '' })),
    });
    expect(talkSlideCount(many)).toBe(TALK_LINK_SLIDES);
    expect(
      encodeTalk({
        title: '',
        slides: Array.from({ length: TALK_LINK_SLIDES + 1 }, () => ({
          panel: 'capex',
          view: '',
          caption: '',
        })),
      }),
    ).toEqual({
      ok: false,
      reason: 'too-many',
      max: TALK_LINK_SLIDES,
    });
  });
});
