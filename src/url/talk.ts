/**
 * The talk link: a whole talk (title, and per slide its panel, view and caption) in one query
 * parameter, `talk=`. Pure, no React, no DOM.
 *
 * Format v1, written only with `A–Z a–z 0–9 . _ -` (characters no mail client or chat app escapes or
 * cuts a link at; it never ends with `.`):
 *
 *     talk = HEADER ("." SLIDE)*
 *     HEADER = VERSION COUNT TITLE CHECK      VERSION, COUNT: one base-62 digit each
 *     SLIDE  = VIEW "_" CAPTION CHECK          CHECK: two base-62 digits, a hash of the rest
 *
 * VIEW is the slide's panel (one digit) and only what differs from the defaults, one letter a
 * setting: `r` years (two digits, from 1997), `i` issuer, `y` gauge year (from 2025), `w` weight and
 * `s` scenario input (an index digit and a number: digits, `M` minus, `P` point), `b` a pinned
 * baseline with its `x` weights and `z` inputs where they differ, `n` imported series names.
 * Ids are indices into the v1 tables below, which only ever grow.
 *
 * Text (title, caption) keeps letters and digits as they are, a space is `_`, common punctuation is
 * `-` and one digit, `-Z` switches to runs of other characters (three digits each, e.g. Chinese) and
 * back, and `-Y` and four digits is any other character. Each part carries its own check, so a slide
 * that was changed or cut is refused on its own and the others still open.
 */
import { CAPTION_MAX, newId, type Talk, type TalkSlide, TITLE_MAX } from '../domain/talk';
import { cleanLine } from '../domain/talk-text';
import { type DecodeResult, decode, defaultUrlState, type UrlIssue, type UrlState } from './codec';
import { slideQuery, talkSlideCount } from './slide-query';

export { slideQuery, talkSlideCount };

/**
 * 2 since method v2 (URL v2): the weights table grew by method v2's parts, and a v1 talk's views are read
 * as URL v1 views (so a v1 `valuation` weight still carries to the NVIDIA drawdown; codec.ts MIGRATIONS).
 */
export const TALK_VERSION = 2;
/** Slides a link can hold (COUNT is one digit); longer talks go in a talk file. */
export const TALK_LINK_SLIDES = 61;

// ---- v1 tables: ids by index. Append only: a new id goes at the end, nothing moves. ----
export const V1_SLIDES = [
  'gauge',
  'capex',
  'dc-investment',
  'bonds',
  'spv',
  'ig-share',
  'valuation',
  'compute-mix',
  'depreciation',
  'credit',
  'pressure',
  'history',
] as const;
export const V1_ISSUERS = [
  'alphabet',
  'amazon',
  'meta',
  'microsoft',
  'oracle',
  'xai',
  'crusoe',
  'hyperion',
  'xai-gpu-spv',
  'vantage',
  'abilene',
] as const;
export const V1_COMPONENTS = [
  'capex-growth',
  'debt-financing',
  'off-balance-sheet',
  'valuation',
  'monetization-gap',
  'depreciation',
  'credit-concentration',
  // Talk v2 (method v2's parts; docs/METHOD.md §7).
  'run-up',
  'investment',
  'credit',
  'spread-compression',
  'spread-widening',
  'drawdown',
  'ai-drawdown',
  'capex-cut',
] as const;
export const V1_INPUTS = ['life', 'growth', 'debt', 'drawdown', 'inference', 'gdp'] as const;
const RANGE_BASE = 1997;
/** Ranges reaching back before 1997 (the history panel's years, from 1923): tag `R`, two base-62 digits each. */
const LONG_RANGE_BASE = 1923;
const YEAR_BASE = 2025;

const B62 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const digit = (n: number) => B62[n] ?? '';
const value62 = (c: string | undefined) => (c === undefined ? -1 : B62.indexOf(c));
function b62(n: number, width: number): string {
  let s = '';
  let x = n;
  for (let i = 0; i < width; i++) {
    s = digit(x % 62) + s;
    x = Math.floor(x / 62);
  }
  return s;
}
function read62(s: string): number {
  let n = 0;
  for (const c of s) {
    const v = value62(c);
    if (v < 0) return -1;
    n = n * 62 + v;
  }
  return n;
}

// ---- Text ----

/**
 * Characters written as `-` and one digit (the digit's place in this list): ASCII punctuation, the
 * space (inside names), typographic punctuation and the CJK punctuation of zh-TW captions.
 */
const ESCAPED = [
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ ',
  ...'–—‘’“”…·×€£→≈',
  // ， 。 、 : ; ! ? 「 」 ( ) 《 》 and the ideographic space, all full-width
  ...'\uff0c\u3002\u3001\uff1a\uff1b\uff01\uff1f\u300c\u300d\uff08\uff09\u300a\u300b\u3000',
];
const ESCAPE_OF = new Map(ESCAPED.map((c, i) => [c, digit(i)]));
/** `-Y` + four digits: any character. `-Z`: switch between letters and runs of three-digit characters. */
const ANY = 'Y';
const WIDE = 'Z';
const WIDE_MAX = 62 ** 3;
const ALNUM = /^[A-Za-z0-9]$/;

/** Text → link characters. `space`: `_` (captions, titles) or escaped (names, inside a view). */
export function encodeText(text: string, space: '_' | 'escaped' = '_'): string {
  let out = '';
  let wide = false;
  for (const ch of text) {
    if (ch === ' ' && space === '_') {
      out += '_';
      continue;
    }
    const e = ESCAPE_OF.get(ch);
    if (e !== undefined) {
      out += `-${e}`;
      continue;
    }
    if (ALNUM.test(ch)) {
      if (wide) out += `-${WIDE}`;
      wide = false;
      out += ch;
      continue;
    }
    const cp = ch.codePointAt(0) ?? 0xfffd;
    if (cp < WIDE_MAX) {
      if (!wide) out += `-${WIDE}`;
      wide = true;
      out += b62(cp, 3);
    } else out += `-${ANY}${b62(cp, 4)}`;
  }
  return out;
}

const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;

/** Link characters → text, or null when they do not follow the grammar. */
export function decodeText(code: string, space: '_' | 'escaped' = '_'): string | null {
  let out = '';
  let wide = false;
  let i = 0;
  while (i < code.length) {
    const c = code[i] as string;
    if (c === '_' && space === '_') {
      out += ' ';
      i += 1;
    } else if (c === '-') {
      const e = code[i + 1];
      if (e === WIDE) {
        wide = !wide;
        i += 2;
      } else if (e === ANY) {
        const cp = read62(code.slice(i + 2, i + 6));
        if (code.length < i + 6 || cp < 0 || cp > 0x10ffff || isSurrogate(cp)) return null;
        out += String.fromCodePoint(cp);
        i += 6;
      } else {
        const ch = ESCAPED[value62(e)];
        if (ch === undefined) return null;
        out += ch;
        i += 2;
      }
    } else if (ALNUM.test(c)) {
      if (wide) {
        const three = code.slice(i, i + 3);
        if (!/^[A-Za-z0-9]{3}$/.test(three)) return null;
        const cp = read62(three);
        if (isSurrogate(cp)) return null;
        out += String.fromCodePoint(cp);
        i += 3;
      } else {
        out += c;
        i += 1;
      }
    } else return null;
  }
  return out;
}

/** Two base-62 digits of an FNV-1a hash: changes and cuts are caught (all but 1 in 3,844). */
export function check(body: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    h ^= body.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return b62(h % 3844, 2);
}

// ---- A slide's view ----

/** A number as the view writes it: at most six decimals, `M` for minus and `P` for the point. */
function num(x: number): string {
  const s = String(Number(x.toFixed(6)));
  return s.replace('-', 'M').replace('.', 'P');
}
const NUM = /^M?\d{1,9}(P\d{1,9})?/;

/** A slide's view as a full URL state (language and theme: the viewer's, given in `reader`). */
export function slideState(
  view: string,
  reader: { lang?: UrlState['lang']; theme?: UrlState['theme'] } = {},
) {
  return decode(view, undefined, reader).state;
}

/** The VIEW part of a slide: the panel and only what differs from the defaults. */
export function encodeView(panel: string, u: UrlState): string {
  const d = defaultUrlState();
  let s = digit(Math.max(0, (V1_SLIDES as readonly string[]).indexOf(panel)));
  if (u.range[0] !== d.range[0] || u.range[1] !== d.range[1])
    s +=
      u.range[0] < RANGE_BASE
        ? `R${b62(u.range[0] - LONG_RANGE_BASE, 2)}${b62(u.range[1] - LONG_RANGE_BASE, 2)}`
        : `r${digit(u.range[0] - RANGE_BASE)}${digit(u.range[1] - RANGE_BASE)}`;
  const issuer = u.issuer ? (V1_ISSUERS as readonly string[]).indexOf(u.issuer) : -1;
  if (issuer >= 0) s += `i${digit(issuer)}`;
  if (u.year !== d.year) s += `y${digit(u.year - YEAR_BASE)}`;
  V1_COMPONENTS.forEach((id, i) => {
    if (u.weights[id] !== d.weights[id]) s += `w${digit(i)}${num(u.weights[id])}`;
  });
  V1_INPUTS.forEach((k, i) => {
    if (u.scenario[k] !== d.scenario[k]) s += `s${digit(i)}${num(u.scenario[k])}`;
  });
  const b = u.baseline;
  if (b) {
    s += 'b';
    V1_COMPONENTS.forEach((id, i) => {
      if (b.weights[id] !== u.weights[id]) s += `x${digit(i)}${num(b.weights[id])}`;
    });
    V1_INPUTS.forEach((k, i) => {
      if (b.scenario[k] !== u.scenario[k]) s += `z${digit(i)}${num(b.scenario[k])}`;
    });
  }
  if (u.imported && u.imported.length > 0) {
    const names = encodeText(u.imported.join(','), 'escaped');
    if (names.length < 62 * 62) s += `n${b62(names.length, 2)}${names}`;
  }
  return s;
}

type ViewRead =
  | { ok: true; panel: string; query: string }
  | { ok: false; reason: 'talk-slide-panel' | 'talk-slide-view' };

/**
 * VIEW → the slide's panel and a query string for the URL codec, which then checks every value as it
 * checks a link (an unknown index becomes `#<n>`, which the codec reports as unknown).
 */
export function readView(view: string, talkVersion: number = TALK_VERSION): ViewRead {
  const panel = V1_SLIDES[value62(view[0])];
  if (panel === undefined)
    return { ok: false, reason: view.length === 0 ? 'talk-slide-view' : 'talk-slide-panel' };
  const p = new URLSearchParams();
  // A talk v1 view was written under URL v1 (method v1's weights): the codec migrates it.
  if (talkVersion < 2) p.set('v', '1');
  let i = 1;
  const idx = () => {
    const v = value62(view[i]);
    i += 1;
    return v;
  };
  const number = (): string | null => {
    const m = NUM.exec(view.slice(i));
    if (!m) return null;
    i += m[0].length;
    return m[0].replace('M', '-').replace('P', '.');
  };
  const id = (table: readonly string[], n: number) => (n < 0 ? null : (table[n] ?? `#${n}`));
  while (i < view.length) {
    const tag = view[i];
    i += 1;
    if (tag === 'r') {
      const a = idx();
      const b = idx();
      if (a < 0 || b < 0) return { ok: false, reason: 'talk-slide-view' };
      p.set('range', `${RANGE_BASE + a}-${RANGE_BASE + b}`);
    } else if (tag === 'R') {
      const [a1, a2, b1, b2] = [idx(), idx(), idx(), idx()];
      if (a1 < 0 || a2 < 0 || b1 < 0 || b2 < 0) return { ok: false, reason: 'talk-slide-view' };
      p.set('range', `${LONG_RANGE_BASE + a1 * 62 + a2}-${LONG_RANGE_BASE + b1 * 62 + b2}`);
    } else if (tag === 'i') {
      const v = id(V1_ISSUERS, idx());
      if (v === null) return { ok: false, reason: 'talk-slide-view' };
      p.set('issuer', v);
    } else if (tag === 'y') {
      const a = idx();
      if (a < 0) return { ok: false, reason: 'talk-slide-view' };
      p.set('year', String(YEAR_BASE + a));
    } else if (tag === 'w' || tag === 's' || tag === 'x' || tag === 'z') {
      const table = tag === 'w' || tag === 'x' ? V1_COMPONENTS : V1_INPUTS;
      const key = id(table, idx());
      const n = number();
      if (key === null || n === null) return { ok: false, reason: 'talk-slide-view' };
      const prefix = tag === 'w' ? 'w.' : tag === 's' ? 's.' : tag === 'x' ? 'base.w.' : 'base.s.';
      p.set(`${prefix}${key}`, n);
    } else if (tag === 'b') {
      p.set('base', '1');
    } else if (tag === 'n') {
      const len = read62(view.slice(i, i + 2));
      const names = len < 0 ? null : decodeText(view.slice(i + 2, i + 2 + len), 'escaped');
      if (names === null || view.length < i + 2 + len) return { ok: false, reason: 'talk-slide-view' };
      p.set('imported', names);
      i += 2 + len;
    } else return { ok: false, reason: 'talk-slide-view' };
  }
  return { ok: true, panel, query: p.toString().replace(/%2C/g, ',') };
}

// ---- The talk ----

/** What a link carries of a talk: the title and, per slide, panel, view and caption (never the notes). */
export interface TalkContent {
  title: string;
  slides: readonly Pick<TalkSlide, 'panel' | 'view' | 'caption'>[];
}

export type TalkEncode = { ok: true; code: string } | { ok: false; reason: 'too-many'; max: number };

/** One slide as link characters (without the separator). */
export function encodeSlide(slide: Pick<TalkSlide, 'panel' | 'view' | 'caption'>): string {
  const body = `${encodeView(slide.panel, slideState(slide.view))}_${encodeText(cleanLine(slide.caption, CAPTION_MAX))}`;
  return `${body}${check(body)}`;
}

/** A talk as the value of `talk=`: only URL-safe characters, each slide only what differs from the defaults. */
export function encodeTalk(talk: TalkContent): TalkEncode {
  if (talk.slides.length > TALK_LINK_SLIDES) return { ok: false, reason: 'too-many', max: TALK_LINK_SLIDES };
  const head = `${digit(TALK_VERSION)}${digit(talk.slides.length)}${encodeText(cleanLine(talk.title, TITLE_MAX))}`;
  return { ok: true, code: [`${head}${check(head)}`, ...talk.slides.map(encodeSlide)].join('.') };
}

export interface TalkRead {
  /** The format version the link says it was written in (0 when unreadable). */
  version: number;
  title: string;
  /** The slides that could be read, in order; `at` is each one's place in the link (1-based). */
  slides: (TalkSlide & { at: number })[];
  issues: UrlIssue[];
}

const excerpt = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Read a `talk=` value: every slide on its own. A slide that was changed or cut, shows an unknown
 * panel or cannot be read is left out with an issue naming it (`talk.<n>`) and why; a setting of a
 * slide's view the codec rejects is reported as `talk.<n>.<param>` and falls back to its default.
 * Never throws.
 */
export function decodeTalk(raw: string, makeId: () => string = () => newId()): TalkRead {
  const issues: UrlIssue[] = [];
  // Mail clients may wrap a long link: white space is never part of a talk.
  const parts = raw.replace(/\s+/g, '').split('.');
  const head = parts[0] ?? '';
  const version = value62(head[0]);
  let title = '';
  let count: number | null = null;
  if (version < 1) {
    issues.push({ param: 'talk', value: excerpt(head), reason: 'talk-format', usedDefault: false });
  } else {
    if (version > TALK_VERSION)
      issues.push({
        param: 'talk',
        value: `v${version}`,
        reason: 'talk-version-newer',
        detail: { version, current: TALK_VERSION },
        usedDefault: false,
      });
    const body = head.slice(0, -2);
    const t = body.length >= 2 && check(body) === head.slice(-2) ? decodeText(body.slice(2)) : null;
    if (t === null)
      issues.push({ param: 'talk', value: excerpt(head), reason: 'talk-title', usedDefault: false });
    else {
      title = cleanLine(t, TITLE_MAX);
      count = value62(body[1]);
    }
  }
  const slides: TalkRead['slides'] = [];
  for (let n = 1; n < parts.length; n++) {
    const part = parts[n] ?? '';
    const refuse = (reason: UrlIssue['reason']) =>
      issues.push({ param: `talk.${n}`, value: excerpt(part), reason, detail: { n }, usedDefault: false });
    const body = part.slice(0, -2);
    if (part.length < 4 || check(body) !== part.slice(-2)) {
      refuse('talk-slide-damaged');
      continue;
    }
    const cut = body.indexOf('_');
    if (cut < 0) {
      refuse('talk-slide-view');
      continue;
    }
    const view = readView(body.slice(0, cut), version);
    if (!view.ok) {
      refuse(view.reason);
      continue;
    }
    const text = decodeText(body.slice(cut + 1));
    if (text === null) {
      refuse('talk-slide-text');
      continue;
    }
    const caption = cleanLine(text, CAPTION_MAX);
    if (cleanLine(text, Number.MAX_SAFE_INTEGER).length > CAPTION_MAX)
      issues.push({
        param: `talk.${n}`,
        value: excerpt(caption),
        reason: 'talk-caption-long',
        detail: { n, max: CAPTION_MAX },
        usedDefault: false,
      });
    const read = decode(view.query);
    for (const i of read.issues) {
      if (i.param === 'v') continue;
      issues.push({ ...i, param: `talk.${n}.${i.param}` });
    }
    slides.push({
      id: makeId(),
      at: n,
      panel: view.panel as TalkSlide['panel'],
      view: slideQuery(read.state),
      caption,
      notes: '',
    });
  }
  const got = parts.length - 1;
  if (count !== null && count !== got)
    issues.push({
      param: 'talk',
      value: excerpt(head),
      reason: 'talk-count',
      detail: { expected: count, got },
      usedDefault: false,
    });
  if (slides.length === 0 && version >= 1)
    issues.push({ param: 'talk', value: excerpt(raw), reason: 'talk-empty', usedDefault: false });
  return { version: Math.max(0, version), title, slides, issues };
}

/** A talk read from a link, as the app keeps talks. */
export function talkFromRead(read: TalkRead, id = 'link'): Talk {
  return {
    id,
    title: read.title,
    slides: read.slides.map(({ at: _at, ...s }) => s),
    updatedAt: '',
  };
}

/**
 * After a link was decoded: read its talk, add the talk's issues, write the talk back in its canonical
 * form (only the slides that could be read), start it in present mode unless the link names a mode,
 * and keep `slide` within the talk. A talk with no readable slide is dropped.
 */
export function applyTalkLink(
  result: DecodeResult,
  search: string,
): DecodeResult & {
  /** Imported series the talk's slides use (the link names them, never their data). */ talkImported: string[];
} {
  const raw = result.state.talk;
  if (!raw) return { ...result, talkImported: [] };
  const read = decodeTalk(raw);
  const issues = [...result.issues, ...read.issues];
  const state: UrlState = { ...result.state };
  const named = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).has('mode');
  if (read.slides.length === 0) {
    state.talk = undefined;
    return { ...result, state, issues, talkImported: [] };
  }
  // More slides than a link can count (a tampered link): the first ones.
  const talk = talkFromRead(read);
  talk.slides = talk.slides.slice(0, TALK_LINK_SLIDES);
  const enc = encodeTalk(talk);
  state.talk = enc.ok ? enc.code : undefined;
  const count = talk.slides.length;
  if (!named) state.mode = 'present';
  if (state.slide > count) {
    issues.push({
      param: 'slide',
      value: String(state.slide),
      reason: 'slide-past',
      detail: { count },
      usedDefault: false,
    });
    state.slide = count;
  }
  const talkImported = [...new Set(talk.slides.flatMap((x) => slideState(x.view).imported ?? []))];
  return { ...result, state, issues, talkImported };
}
